using System.Text.RegularExpressions;
using Microsoft.Playwright;
using NetzwerkCheck.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;
using static NetzwerkCheck.BrowserTests.Infrastructure.Visits;

namespace NetzwerkCheck.BrowserTests;

/// <summary>Wrong input and wrong addresses get German explanations, never a server error.</summary>
public sealed class BadInputTests(AppServer app)
{
    private const string Password = "Ein ganz anderes Passwort";

    [Fact]
    public async Task ShowsGermanErrorsAndNoServerErrorOnBadInput()
    {
        await using var chromium = await Chromium.LaunchAsync();
        var page = await chromium.NewPageAsync(app.BaseAddress);
        var watch = PageWatch.Attach(page);

        await page.GotoAsync("/Account/Register");
        await page.GetByLabel("E-Mail-Adresse").FillAsync("keine-adresse");
        await page.GetByLabel("Passwort", new() { Exact = true }).FillAsync("zu kurz");
        await page.GetByLabel("Passwort wiederholen").FillAsync("etwas anderes");
        await page.Locator("#register-submit").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/Account/Register$"));
        await Expect(page.GetByText("Bitte geben Sie eine gültige E-Mail-Adresse ein.")).ToBeVisibleAsync();
        await Expect(page.GetByText("Das Passwort muss zwischen 10 und 128 Zeichen lang sein.")).ToBeVisibleAsync();
        await Expect(page.GetByText("Die beiden Passwörter stimmen nicht überein.")).ToBeVisibleAsync();
        await VisitedAsync(page, "90-register-errors", "Registrieren mit Fehlern");

        var email = $"bad-input-{Guid.NewGuid():N}@example.org";
        await page.GetByLabel("E-Mail-Adresse").FillAsync(email);
        await page.GetByLabel("Passwort", new() { Exact = true }).FillAsync(Password);
        await page.GetByLabel("Passwort wiederholen").FillAsync(Password);
        await page.Locator("#register-submit").ClickAsync();
        await Flows.SignInAfterRegistrationAsync(page, email, Password);

        await page.GotoAsync("/Networks/Create");
        await page.GetByLabel("Name des Netzwerks").FillAsync("Ohne Angaben");
        await page.GetByLabel("Ungefähre Mitgliederzahl").FillAsync("0");
        await page.Locator("#network-save").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/Networks/Create$"));
        await Expect(page.GetByText("Bitte wählen Sie die Organisationsform.")).ToBeVisibleAsync();
        await Expect(page.GetByText("Bitte wählen Sie Ihren Status.")).ToBeVisibleAsync();
        await Expect(page.GetByText(new Regex("^Die Mitgliederzahl muss zwischen 1 und "))).ToBeVisibleAsync();
        await Expect(page.GetByLabel("Name des Netzwerks")).ToHaveValueAsync("Ohne Angaben");
        await VisitedAsync(page, "91-create-errors", "Netzwerk anlegen ohne Pflichtangaben");

        var response = await page.GotoAsync("/Networks/Details/999999");
        Assert.NotNull(response);
        Assert.Equal(404, response.Status);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Seite nicht gefunden", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Zur Startseite" })).ToBeVisibleAsync();
        await VisitedAsync(page, "92-not-found", "Seite nicht gefunden");

        watch.AssertNoServerErrors();
        // The browser reports the intended 404 of the document itself; nothing else may fail.
        watch.AssertNoConsoleErrors(expected: e => e.Contains("404", StringComparison.Ordinal) && e.Contains("/Networks/Details/999999", StringComparison.Ordinal));
    }
}
