using System.Text.RegularExpressions;
using Microsoft.Playwright;
using MimeKit;
using NetzwerkCheck.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;
using static NetzwerkCheck.BrowserTests.Infrastructure.Visits;

namespace NetzwerkCheck.BrowserTests;

/// <summary>"Passwort vergessen?" in a real browser: the link from the .eml the app wrote sets a new password.</summary>
public sealed partial class PasswordResetTests(AppServer app)
{
    private const string NewPassword = "Ein neues Passwort 2027";

    [GeneratedRegex(@"https?://\S+/Account/ResetPassword\?\S+")]
    private static partial Regex ResetLink();

    [Fact]
    public async Task ALinkByMailSetsANewPasswordAndEndsTheOtherSession()
    {
        await using var chromium = await Chromium.LaunchAsync();
        var signedIn = await chromium.NewPageAsync(app.BaseAddress);
        var email = await Flows.RegisterAsync(signedIn);

        var page = await chromium.NewPageAsync(app.BaseAddress);
        var watch = PageWatch.Attach(page);
        await page.GotoAsync("/Account/Login");
        await page.GetByRole(AriaRole.Link, new() { Name = "Passwort vergessen?" }).ClickAsync();
        await page.GetByLabel("E-Mail-Adresse").FillAsync(email);
        await VisitedAsync(page, "95-forgot-password", "Passwort vergessen");
        await page.Locator("#forgot-submit").ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Wenn zu dieser Adresse ein Konto gehört");

        var mail = await MailToAsync(email);
        await page.GotoAsync(new Uri(ResetLink().Match(mail.TextBody ?? "").Value).PathAndQuery);
        await page.GetByLabel("Neues Passwort", new() { Exact = true }).FillAsync(NewPassword);
        await page.GetByLabel("Neues Passwort wiederholen").FillAsync(NewPassword);
        await VisitedAsync(page, "96-reset-password", "Neues Passwort wählen");
        await page.Locator("#reset-submit").ClickAsync();
        await page.ArriveAtAsync("**/Account/Login");
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Ihr Passwort wurde geändert. Melden Sie sich jetzt mit dem neuen Passwort an.");
        await page.GetByLabel("E-Mail-Adresse").FillAsync(email);
        await page.GetByLabel("Passwort", new() { Exact = true }).FillAsync(NewPassword);
        await page.Locator("#login-submit").ClickAsync();
        await page.ArriveAtAsync("**/Networks");

        // The first browser's session ended with the reset: its next request is sent to sign in.
        var stale = await signedIn.Context.APIRequest.GetAsync(new Uri(app.BaseAddress, "/Networks").ToString(), new() { MaxRedirects = 0 });
        Assert.Equal(302, stale.Status);
        Assert.Contains("/Account/Login", stale.Headers["location"], StringComparison.Ordinal);
        watch.AssertNoServerErrors();
        watch.AssertNoConsoleErrors();
    }

    // Registration wrote a confirmation mail to the same address first.
    private Task<MimeMessage> MailToAsync(string email) => Mails.ToAsync(app.MailFolder, email, m => ResetLink().IsMatch(m.TextBody ?? ""));
}
