using Microsoft.Playwright;
using NetzwerkCheck.BrowserTests.Infrastructure;
using NetzwerkCheck.Web.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;
using static NetzwerkCheck.BrowserTests.Infrastructure.Visits;

namespace NetzwerkCheck.BrowserTests;

/// <summary>A second factor and passkeys in a real browser; the passkey lives in Chromium's virtual authenticator (DevTools WebAuthn domain).</summary>
public sealed class SecondFactorTests(AppServer app)
{
    [Fact]
    public async Task AnAuthenticatorAppIsSetUpAndAskedForAtTheNextSignIn()
    {
        await using var chromium = await Chromium.LaunchAsync();
        var page = await chromium.NewPageAsync(app.BaseAddress);
        var watch = PageWatch.Attach(page);
        var email = await Flows.RegisterAsync(page);

        await page.GotoAsync("/Account/Manage");
        await page.Locator("#two-factor-link").ClickAsync();
        await VisitedAsync(page, "97-two-factor-off", "Zwei-Faktor-Anmeldung (aus)");
        await page.Locator("#start-two-factor").ClickAsync();
        await Expect(page.Locator("#setup svg.qr-code")).ToBeVisibleAsync();
        var key = (await page.Locator("#authenticator-key").InnerTextAsync()).Replace(" ", "", StringComparison.Ordinal);
        await page.GetByLabel("Sechsstelliger Code aus der App").FillAsync(Totp.Now(key));
        await page.GetByLabel("Ihr Passwort").FillAsync(Flows.Password);
        await VisitedAsync(page, "97-two-factor-setup", "Authenticator-App einrichten");
        await page.Locator("#enable-two-factor").ClickAsync();
        await Expect(page.Locator("#recovery-codes li")).ToHaveCountAsync(10);
        await VisitedAsync(page, "97-two-factor-codes", "Wiederherstellungscodes");

        await page.GetByRole(AriaRole.Button, new() { Name = "Abmelden" }).ClickAsync();
        await page.GotoAsync("/Account/Login");
        await page.GetByLabel("E-Mail-Adresse").FillAsync(email);
        await page.GetByLabel("Passwort", new() { Exact = true }).FillAsync(Flows.Password);
        await page.Locator("#login-submit").ClickAsync();
        await page.ArriveAtAsync("**/Account/LoginTwoFactor**");
        await VisitedAsync(page, "97-two-factor-login", "Zweiter Schritt der Anmeldung");
        await page.GetByLabel("Code aus der App oder Wiederherstellungscode").FillAsync(Totp.Next(key));
        await page.Locator("#two-factor-submit").ClickAsync();
        await page.ArriveAtAsync("**/Networks");
        watch.AssertNoServerErrors();
        watch.AssertNoConsoleErrors();
    }

    [Fact]
    public async Task APasskeyAddedUnderKontoSignsInWithoutAPassword()
    {
        await using var chromium = await Chromium.LaunchAsync();
        // A passkey belongs to a domain name: WebAuthn refuses an IP address such as 127.0.0.1.
        var page = await chromium.NewPageAsync(new UriBuilder(app.BaseAddress) { Host = "localhost" }.Uri);
        var cdp = await page.Context.NewCDPSessionAsync(page);
        await cdp.SendAsync("WebAuthn.enable");
        await cdp.SendAsync("WebAuthn.addVirtualAuthenticator", new Dictionary<string, object>
        {
            ["options"] = new Dictionary<string, object>
            {
                ["protocol"] = "ctap2",
                ["transport"] = "internal",
                ["hasResidentKey"] = true,
                ["hasUserVerification"] = true,
                ["isUserVerified"] = true,
                ["automaticPresenceSimulation"] = true,
            },
        });
        var watch = PageWatch.Attach(page);
        await Flows.RegisterAsync(page);

        await page.GotoAsync("/Account/Manage");
        await page.Locator("#passkeys-link").ClickAsync();
        await Expect(page.Locator("#add-passkey")).ToBeVisibleAsync();
        await page.GetByLabel("Name des Passkeys (optional)").FillAsync("Testlaptop");
        await page.GetByLabel("Ihr Passwort").FillAsync("nicht das Passwort");
        await page.Locator("#add-passkey-submit").ClickAsync();
        await Expect(page.Locator("#add-passkey [data-passkey-status]")).ToContainTextAsync("Das Passwort stimmt nicht.");
        await page.GetByLabel("Ihr Passwort").FillAsync(Flows.Password);
        await VisitedAsync(page, "98-passkeys-add", "Passkeys");
        await page.Locator("#add-passkey-submit").ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status).First).ToContainTextAsync("Der Passkey „Testlaptop“ ist gespeichert.");
        await Expect(page.Locator("#passkey-list tbody th")).ToHaveTextAsync("Testlaptop");
        await VisitedAsync(page, "98-passkeys-list", "Passkeys");

        await page.GetByRole(AriaRole.Button, new() { Name = "Abmelden" }).ClickAsync();
        await page.GotoAsync("/Account/Login");
        await VisitedAsync(page, "98-login-with-passkey", "Anmelden");
        await page.Locator("#passkey-login-submit").ClickAsync();
        await page.ArriveAtAsync("**/Networks");

        // Removed, the passkey signs in no more: the server says so in German.
        await page.GotoAsync("/Account/Passkeys");
        await page.GetByRole(AriaRole.Link, new() { Name = "Passkey Testlaptop entfernen" }).ClickAsync();
        await page.GetByLabel("Ihr Passwort").First.FillAsync(Flows.Password);
        await VisitedAsync(page, "98-passkeys-remove", "Passkey entfernen");
        await page.Locator("#remove-passkey-submit").ClickAsync();
        await Expect(page.Locator("#no-passkeys")).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Abmelden" }).ClickAsync();
        await page.GotoAsync("/Account/Login");
        await page.Locator("#passkey-login-submit").ClickAsync();
        await Expect(page.Locator(".error-summary")).ToContainTextAsync("Mit diesem Passkey war keine Anmeldung möglich.");
        watch.AssertNoServerErrors();
    }
}
