using Microsoft.Playwright;
using NetzwerkCheck.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;
using static NetzwerkCheck.BrowserTests.Infrastructure.Visits;

namespace NetzwerkCheck.BrowserTests;

/// <summary>The pages a returning user works with: history, trial journal, comparison and own data.</summary>
public sealed class FollowUpPagesTests(AppServer app)
{
    [Fact]
    public async Task HistoryTrialComparisonAndOwnDataWorkAndAreAccessible()
    {
        await using var chromium = await Chromium.LaunchAsync();
        var page = await chromium.NewPageAsync(app.BaseAddress);
        var watch = PageWatch.Attach(page);
        var email = await Flows.RegisterAsync(page);
        var club = await Flows.CreateNetworkAsync(page, "Wirtschaftsclub Mitte");
        var forum = await Flows.CreateNetworkAsync(page, "Gründerforum Online", "Mitglied");
        await Flows.QuickCheckAsync(page, club, 2);
        await Flows.QuickCheckAsync(page, club, 4);
        await Flows.QuickCheckAsync(page, forum, 3);

        await page.GotoAsync($"/Networks/Details/{club}");
        await Expect(page.GetByText("gestiegen")).ToBeVisibleAsync();
        await VisitedAsync(page, "40-details-history", "Netzwerk mit Verlauf");

        await page.Locator("#trial-open").ClickAsync();
        var today = DateOnly.FromDateTime(DateTime.Today);
        await page.GetByLabel("Beginn").FillAsync(today.AddDays(-20).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await page.GetByLabel("Geplantes Ende").FillAsync(today.AddDays(5).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await page.Locator("#trial-save").ClickAsync();
        await VisitedAsync(page, "41-trial", "Probezeit");
        await page.Locator("#journal-open").ClickAsync();
        await page.GetByLabel("Kontakt geknüpft").CheckAsync();
        await page.GetByLabel("Notiz").FillAsync("Mit der Steuerberaterin vom Stammtisch gesprochen.");
        await page.Locator("#entry-save").ClickAsync();
        await Expect(page.GetByText("Mit der Steuerberaterin vom Stammtisch gesprochen.")).ToBeVisibleAsync();
        await VisitedAsync(page, "41b-journal", "Tagebuch");

        await page.GotoAsync("/Networks");
        await Expect(page.Locator(".trial-notices")).ToContainTextAsync("Wirtschaftsclub Mitte");
        await page.GetByRole(AriaRole.Checkbox, new() { Name = "Wirtschaftsclub Mitte" }).CheckAsync();
        await page.GetByRole(AriaRole.Checkbox, new() { Name = "Gründerforum Online" }).CheckAsync();
        await VisitedAsync(page, "42-networks-with-notices", "Meine Netzwerke mit Hinweisen");
        await page.Locator("#compare-submit").ClickAsync();
        await Expect(page.GetByRole(AriaRole.Columnheader, new() { Name = "Gründerforum Online" })).ToBeVisibleAsync();
        await VisitedAsync(page, "43-compare", "Vergleich");

        await page.GotoAsync("/Account/Data");
        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("#export-json").ClickAsync());
        Assert.EndsWith(".json", download.SuggestedFilename, StringComparison.Ordinal);
        await VisitedAsync(page, "44-own-data", "Ihre Daten");

        await page.GotoAsync("/Account/Manage");
        await Expect(page.Locator("#email-badge")).ToHaveTextAsync("Noch nicht bestätigt");
        await VisitedAsync(page, "45-account", "Konto");
        var confirmation = await Mails.ToAsync(app.MailFolder, email, m => m.Subject == "Bitte bestätigen Sie Ihre E-Mail-Adresse für NetzwerkCheck");
        var link = System.Text.RegularExpressions.Regex.Match(confirmation.TextBody ?? "", @"https?://\S+/Account/ConfirmEmail\?\S+").Value;
        await page.GotoAsync(new Uri(link).PathAndQuery);
        await VisitedAsync(page, "46-confirm-email", "Adresse bestätigen");
        await page.Locator("#confirm-submit").ClickAsync();
        await Expect(page.Locator("#confirm-done")).ToHaveTextAsync("Danke – Ihre E-Mail-Adresse ist bestätigt.");
        await VisitedAsync(page, "47-confirm-done", "Adresse bestätigt");
        await page.GotoAsync("/Account/Manage");
        await Expect(page.Locator("#email-badge")).ToHaveTextAsync("Bestätigt");
        await page.GotoAsync("/Email/RemindersOff?token=abgeschnitten");
        await Expect(page.Locator("#reminders-off-invalid")).ToBeVisibleAsync();
        await VisitedAsync(page, "48-reminders-off-invalid", "Erinnerungen abbestellen, ungültiger Link");

        watch.AssertNoServerErrors();
        watch.AssertNoConsoleErrors(expected: e => e.Contains("400", StringComparison.Ordinal) && e.Contains("/Email/RemindersOff?token=abgeschnitten", StringComparison.Ordinal));
    }
}
