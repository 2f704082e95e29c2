using System.Globalization;
using Microsoft.Playwright;
using NetzwerkCheck.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;
using static NetzwerkCheck.BrowserTests.Infrastructure.Visits;

namespace NetzwerkCheck.BrowserTests;

/// <summary>
/// A member enters what two networks cost, journals on the phone what happened, and sees the figures on the network page,
/// the suggestion in the check and the portfolio's findings.
/// </summary>
public sealed class PortfolioJourneyTests(AppServer app)
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.Today);

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static async Task CostsAsync(IPage page, int networkId, DateOnly since, string? admission, string yearly, string? perEvent, string hours)
    {
        await page.GotoAsync($"/Networks/Costs/{networkId}");
        await page.GetByLabel("Dabei seit").FillAsync(Iso(since));
        if (admission is not null)
        {
            await page.GetByLabel("Aufnahmegebühr (€)").FillAsync(admission);
        }
        await page.GetByLabel("Jahresbeitrag (€)").FillAsync(yearly);
        if (perEvent is not null)
        {
            await page.GetByLabel("Kosten pro Veranstaltung (€)").FillAsync(perEvent);
        }
        await page.GetByLabel("Stunden pro Monat, mit Anfahrt").FillAsync(hours);
        await page.Locator("#costs-save").ClickAsync();
        await page.ArriveAtAsync($"**/Networks/Details/{networkId}**");
    }

    private static async Task JournalAsync(IPage page, string kind, DateOnly date, string? amount = null, string? note = null)
    {
        await page.GetByLabel(kind).CheckAsync();
        await page.GetByLabel("Datum").FillAsync(Iso(date));
        if (amount is not null)
        {
            await page.GetByLabel("Wert des Auftrags (€)").FillAsync(amount);
        }
        if (note is not null)
        {
            await page.GetByLabel("Notiz").FillAsync(note);
        }
        await page.Locator("#entry-save").ClickAsync();
        await Expect(page.Locator(".notice").First).ToBeVisibleAsync();
    }

    [Fact]
    public async Task CostsAndJournalBecomeFiguresEvidenceAndFindings()
    {
        await using var chromium = await Chromium.LaunchAsync();
        var page = await chromium.NewPageAsync(app.BaseAddress);
        var watch = PageWatch.Attach(page);
        await Flows.RegisterAsync(page);
        var breakfast = await Flows.CreateNetworkAsync(page, "Unternehmerfrühstück Nord", "Mitglied");
        var forum = await Flows.CreateNetworkAsync(page, "Online-Forum Webdesign", "Mitglied");

        await page.GotoAsync("/Portfolio");
        await page.GetByLabel("Ihr Stundensatz in Euro").FillAsync("-80");
        await page.Locator("#budget-save").ClickAsync();
        await Expect(page.Locator(".field-error").First).ToContainTextAsync("zwischen 0 und 10.000.000 €");
        await Expect(page.GetByLabel("Ihr Stundensatz in Euro")).ToHaveValueAsync("-80");
        await page.GetByLabel("Ihr Stundensatz in Euro").FillAsync("80");
        await page.GetByLabel("Stunden im Monat für alle Netzwerke zusammen").FillAsync("8");
        await page.Locator("#budget-save").ClickAsync();
        await Expect(page.Locator(".notice").First).ToContainTextAsync("Gespeichert");

        // Eight months in: 9 months begun, 1 yearly fee; the forum 8 months begun.
        await CostsAsync(page, breakfast, Today.AddMonths(-8), "150", "600", "15", "5");
        await CostsAsync(page, forum, Today.AddMonths(-7), null, "120", null, "4");

        await page.SetViewportSizeAsync(390, 844);
        await page.GotoAsync($"/Networks/Journal/{breakfast}");
        await JournalAsync(page, "Treffen besucht", Today.AddDays(-10));
        await JournalAsync(page, "Empfehlung erhalten", Today.AddDays(-20), note: "Frau Roth hat mich an die Bäckerei verwiesen.");
        await JournalAsync(page, "Auftrag erhalten", Today.AddDays(-5), amount: "2.400");
        await JournalAsync(page, "Beitrag geleistet", Today.AddDays(-3), note: "Kurzvortrag zur Website-Pflege");
        await VisitedAsync(page, "90-journal-phone", "Tagebuch auf dem Handy");
        await page.GotoAsync($"/Networks/Journal/{forum}");
        await JournalAsync(page, "Treffen besucht", Today.AddDays(-30));

        await page.GotoAsync($"/Networks/Details/{breakfast}");
        await Expect(page.Locator("#value")).ToContainTextAsync("2.400 €");
        await VisitedAsync(page, "91-network-value-phone", "Netzwerk mit Zahlen auf dem Handy");
        await page.SetViewportSizeAsync(1280, 800);
        await VisitedAsync(page, "92-network-value", "Netzwerk mit Zahlen");

        await page.Locator("#check-start").ClickAsync();
        await page.ArriveAtAsync("**/Checks/Goal/*");
        var check = page.Url.Split('/').Last();
        await page.GotoAsync($"/Checks/Contribution/{check}");
        await Expect(page.Locator("#balance-evidence")).ToContainTextAsync("Geben und Nehmen halten sich die Waage");
        await Expect(page.Locator("#hours-hint")).ToContainTextAsync("5 Stunden im Monat");
        await VisitedAsync(page, "93-check-contribution-balance", "Ihr Einsatz mit Tagebuch");
        await page.GotoAsync($"/Checks/Criteria/{check}");
        await Expect(page.Locator("#results-evidence")).ToContainTextAsync("gut die Hälfte Ihres Einsatzes");
        await Expect(page.Locator("#criterion-results input[value='3']")).ToBeCheckedAsync();
        await VisitedAsync(page, "94-check-results-evidence", "Ergebnisse mit Vorschlag");

        await page.GotoAsync("/Portfolio");
        var findings = page.Locator("#portfolio-findings");
        await Expect(findings).ToContainTextAsync("brauchen zusammen 9 Stunden im Monat; vorgenommen haben Sie sich 8 Stunden");
        await Expect(findings).ToContainTextAsync("Am wenigsten zurückgekommen ist bisher aus „Online-Forum Webdesign“");
        await Expect(findings).ToContainTextAsync("Online-Forum Webdesign: seit 8 Monaten ohne Ergebnis");
        await Expect(findings).ToContainTextAsync("Hier zuerst: Unternehmerfrühstück Nord");
        await Expect(page.Locator("#portfolio-table tbody tr")).ToHaveCountAsync(2);
        await VisitedAsync(page, "95-portfolio", "Portfolio");
        await page.SetViewportSizeAsync(390, 844);
        await VisitedAsync(page, "96-portfolio-phone", "Portfolio auf dem Handy");
        await page.Locator("#portfolio-table").FocusAsync();
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await Screenshots.SaveAsync(page, "97-portfolio-print");
        await page.EmulateMediaAsync(new() { Media = Media.Screen });

        watch.AssertNoServerErrors();
        watch.AssertNoConsoleErrors();
    }
}
