using System.Globalization;
using Microsoft.Playwright;
using NetzwerkCheck.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;
using static NetzwerkCheck.BrowserTests.Infrastructure.Visits;

namespace NetzwerkCheck.BrowserTests;

/// <summary>What a network costs and brings: costs and journal entered on a phone, the figures and chart on phone and desktop.</summary>
public sealed class MembershipValueTests(AppServer app)
{
    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Fact]
    public async Task CostsAndJournalOnAPhoneBecomeFiguresAndAChart()
    {
        await using var chromium = await Chromium.LaunchAsync();
        var page = await chromium.NewPageAsync(app.BaseAddress);
        var watch = PageWatch.Attach(page);
        await page.SetViewportSizeAsync(390, 844);
        await Flows.RegisterAsync(page);
        var id = await Flows.CreateNetworkAsync(page, "Unternehmerstammtisch Süd", "Mitglied");
        await Expect(page.Locator("#value-empty")).ToBeVisibleAsync();
        await VisitedAsync(page, "50-value-empty-phone", "Netzwerk ohne Zahlen (Handy)");

        var today = DateOnly.FromDateTime(DateTime.Today);
        var joined = new DateOnly(today.Year, today.Month, 1).AddMonths(-5);
        await page.Locator("#costs-open").ClickAsync();
        await page.GetByLabel("Dabei seit").FillAsync(Iso(joined));
        await page.GetByLabel("Aufnahmegebühr (€)").FillAsync("150");
        await page.GetByLabel("Jahresbeitrag (€)").FillAsync("-600");
        await page.GetByLabel("Kosten pro Veranstaltung (€)").FillAsync("20");
        await page.GetByLabel("Stunden pro Monat, mit Anfahrt").FillAsync("4,5");
        await page.Locator("#costs-save").ClickAsync();
        await Expect(page.Locator("[data-valmsg-for='Input.YearlyFee']")).ToHaveTextAsync("Bitte geben Sie einen Betrag zwischen 0 und 10.000.000 € an.");
        await Expect(page.GetByLabel("Stunden pro Monat, mit Anfahrt")).ToHaveValueAsync("4,5");
        await VisitedAsync(page, "51-costs-error-phone", "Kosten und Zeit mit Fehler (Handy)");
        await page.GetByLabel("Jahresbeitrag (€)").FillAsync("1.200");
        await page.Locator("#costs-save").ClickAsync();
        await page.ArriveAtAsync($"**/Networks/Details/{id}#value-heading");

        await page.Locator("#journal-open").ClickAsync();
        await VisitedAsync(page, "52-journal-empty-phone", "Tagebuch, leer (Handy)");
        foreach (var (kind, daysAgo) in new[] { ("Treffen besucht", 120), ("Treffen besucht", 60), ("Empfehlung erhalten", 50), ("Beitrag geleistet", 30), ("Treffen besucht", 3) })
        {
            await page.GetByRole(AriaRole.Radio, new() { Name = kind }).CheckAsync();
            await page.GetByLabel("Datum").FillAsync(Iso(today.AddDays(-daysAgo)));
            await page.Locator("#entry-save").ClickAsync();
            await Expect(page.Locator(".notice-success")).ToContainTextAsync(kind);
        }
        await page.GetByRole(AriaRole.Radio, new() { Name = "Auftrag erhalten" }).CheckAsync();
        await page.GetByLabel("Notiz").FillAsync("Neue Website für eine Bäckerei");
        await page.Locator("#entry-save").ClickAsync();
        await Expect(page.Locator("[data-valmsg-for='Entry.Amount']")).ToHaveTextAsync("Bitte geben Sie an, was der Auftrag wert ist (in Euro).");
        await VisitedAsync(page, "53-journal-order-error-phone", "Tagebuch, Auftrag ohne Wert (Handy)");
        await page.GetByLabel("Wert des Auftrags (€)").FillAsync("2.400");
        await page.Locator("#entry-save").ClickAsync();
        await Expect(page.Locator(".journal-amount-value")).ToHaveTextAsync("2.400 €");
        await VisitedAsync(page, "54-journal-phone", "Tagebuch mit Einträgen (Handy)");

        await page.GotoAsync($"/Networks/Details/{id}");
        await Expect(page.Locator("#value-table")).ToBeVisibleAsync();
        await Expect(page.Locator("svg.value-chart polyline")).ToHaveCountAsync(2);
        await Expect(page.Locator("#value-break-even")).ToContainTextAsync("die Kosten");
        await VisitedAsync(page, "55-value-phone", "Netzwerk mit Zahlen (Handy)");

        await page.SetViewportSizeAsync(1280, 900);
        await VisitedAsync(page, "56-value-desktop", "Netzwerk mit Zahlen");
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await Screenshots.SaveAsync(page, "57-value-print");
        await page.EmulateMediaAsync(new() { Media = Media.Screen });

        watch.AssertNoServerErrors();
        watch.AssertNoConsoleErrors();
    }
}
