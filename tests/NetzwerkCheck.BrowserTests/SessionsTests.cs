using Microsoft.Playwright;
using NetzwerkCheck.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;
using static NetzwerkCheck.BrowserTests.Infrastructure.Visits;

namespace NetzwerkCheck.BrowserTests;

/// <summary>"Angemeldete Geräte" in a real browser: the other browser is listed, signed out from here, and its cookie is dead.</summary>
public sealed class SessionsTests(AppServer app)
{
    [Fact]
    public async Task AnotherBrowserIsSignedOutFromTheDevicesPage()
    {
        await using var chromium = await Chromium.LaunchAsync();
        var other = await chromium.NewPageAsync(app.BaseAddress);
        var email = await Flows.RegisterAsync(other);
        var page = await chromium.NewPageAsync(app.BaseAddress);
        var watch = PageWatch.Attach(page);
        await page.GotoAsync("/Account/Login");
        await page.GetByLabel("E-Mail-Adresse").FillAsync(email);
        await page.GetByLabel("Passwort", new() { Exact = true }).FillAsync(Flows.Password);
        await page.GetByLabel("Angemeldet bleiben").CheckAsync();
        await page.Locator("#login-submit").ClickAsync();
        await page.ArriveAtAsync("**/Networks");

        await page.GotoAsync("/Account/Manage");
        await page.GetByRole(AriaRole.Link, new() { Name = "Angemeldete Geräte ansehen und abmelden" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Angemeldete Geräte");
        var rows = page.Locator("#sessions tbody tr");
        await Expect(rows).ToHaveCountAsync(2);
        await Expect(rows.First.Locator("th")).ToContainTextAsync("dieses Gerät");
        await VisitedAsync(page, "97-sessions", "Angemeldete Geräte");

        await rows.Nth(1).GetByRole(AriaRole.Button).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Das Gerät ist abgemeldet.");
        await Expect(rows).ToHaveCountAsync(1);
        await VisitedAsync(page, "98-sessions-ended", "Angemeldete Geräte nach dem Abmelden");

        var stale = await other.Context.APIRequest.GetAsync(new Uri(app.BaseAddress, "/Networks").ToString(), new() { MaxRedirects = 0 });
        Assert.Equal(302, stale.Status);
        watch.AssertNoServerErrors();
        watch.AssertNoConsoleErrors();
    }
}
