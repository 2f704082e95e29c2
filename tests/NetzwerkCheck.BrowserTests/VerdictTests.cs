using System.Text.RegularExpressions;
using Microsoft.Playwright;
using NetzwerkCheck.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;
using static NetzwerkCheck.BrowserTests.Infrastructure.Visits;

namespace NetzwerkCheck.BrowserTests;

/// <summary>
/// The verdict that used to contradict itself: a Jäger who wants clients rates a clear knowledge network 5
/// everywhere. The result must say it is not for that goal, what it is good for and where to look instead –
/// on the screen, on a phone and on paper.
/// </summary>
public sealed class VerdictTests(AppServer app)
{
    private const string NetworkName = "Fachkreis Digitalisierung Leipzig";

    [Fact]
    public async Task APerfectNetworkForTheWrongGoalIsNotRecommendedForIt()
    {
        await using var chromium = await Chromium.LaunchAsync();
        var page = await chromium.NewPageAsync(app.BaseAddress);
        var watch = PageWatch.Attach(page);

        await Flows.RegisterAsync(page, "Urteil-Passwort 2026");
        var networkId = await Flows.CreateNetworkAsync(page, NetworkName, "Mitglied");
        await page.GotoAsync($"/Networks/Details/{networkId}");
        await page.Locator("#check-start").ClickAsync();

        await page.GetByLabel("Neue Kundschaft und Aufträge gewinnen").CheckAsync();
        await page.GetByLabel("Jäger").CheckAsync();
        await page.Locator("#step-next").ClickAsync();

        await page.GetByLabel("Vorerst nichts: Ich möchte erst sehen, was es mir bringt").CheckAsync();
        await page.GetByLabel("Andere weiterempfehlen").CheckAsync();
        await page.Locator("#step-next").ClickAsync();
        // "Nothing" together with a contribution is contradictory: a clear message, the choices kept.
        await Expect(page.Locator(".error-summary")).ToContainTextAsync("„Vorerst nichts“ passt nicht zu einem Beitrag");
        await Expect(page.GetByLabel("Andere weiterempfehlen")).ToBeCheckedAsync();
        await VisitedAsync(page, "40-contribution-error", "Ihr Einsatz mit Fehler");
        await page.GetByLabel("Vorerst nichts: Ich möchte erst sehen, was es mir bringt").UncheckAsync();
        await page.Locator("#step-next").ClickAsync();

        var statements = page.Locator("fieldset.likert");
        for (var i = 0; i < await statements.CountAsync(); i++)
        {
            await statements.Nth(i).GetByLabel(i < 2 ? "trifft voll zu" : "trifft nicht zu", new() { Exact = true }).CheckAsync();
        }
        await page.Locator("#step-next").ClickAsync();
        foreach (var criterion in new[] { "conduct", "size", "memberinterviews", "trialperiod", "results" })
        {
            await page.Locator($"#criterion-{criterion} input[type=radio][value='5']").CheckAsync();
        }
        await page.GetByLabel("Dauer Ihrer Probezeit in Wochen").FillAsync("16");
        await Expect(page.Locator("#size-hint")).ToHaveTextAsync(new Regex("^Die Mitgliederzahl ist nicht bekannt."));
        await page.Locator("#step-next").ClickAsync();
        await page.Locator("#step-next").ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex(@"/Checks/Result/\d+$"));
        await Expect(page.Locator("#verdict-heading")).ToHaveTextAsync("Nicht für Ihr Ziel");
        await Expect(page.Locator(".verdict-reason")).ToContainTextAsync("im Kern ist es ein Wissensnetzwerk");
        await Expect(page.Locator(".verdict-reason")).ToContainTextAsync("Für Ihr Ziel „Neue Kundschaft und Aufträge gewinnen“ ist es nicht gemacht.");
        await Expect(page.Locator(".fit strong")).ToHaveTextAsync("Passt kaum");
        var steps = page.Locator(".next-steps li");
        await Expect(steps.First).ToHaveTextAsync("Suchen Sie ein Empfehlungsnetzwerk: Das dient Ihrem Ziel „Neue Kundschaft und Aufträge gewinnen“ besser.");
        await Expect(page.Locator(".next-steps")).Not.ToContainTextAsync("Übernehmen Sie eine sichtbare Aufgabe");
        await Expect(page.Locator("main")).Not.ToContainTextAsync("Engagieren");
        await VisitedAsync(page, "41-verdict-not-for-goal", "Ergebnis: nicht für Ihr Ziel");

        await page.SetViewportSizeAsync(390, 844);
        await VisitedAsync(page, "42-verdict-phone", "Ergebnis auf dem Telefon");
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"),
            "Das Ergebnis ist auf 390 px breiter als der Bildschirm.");
        await page.SetViewportSizeAsync(1280, 800);

        await page.Locator("#report-open").ClickAsync();
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await Expect(page.Locator("#verdict-heading")).ToHaveTextAsync("Nicht für Ihr Ziel");
        await Expect(page.Locator("#form-heading")).ToHaveTextAsync("Was die Organisationsform für Sie bedeutet");
        await VisitedAsync(page, "43-verdict-report-print", "Bericht: nicht für Ihr Ziel");
        watch.AssertNoServerErrors();
        watch.AssertNoConsoleErrors();
    }
}
