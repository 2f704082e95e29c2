using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NetzwerkCheck.Web.Tests.Infrastructure;

namespace NetzwerkCheck.Web.Tests.Pages.Account;

public sealed class TwoFactorTests(NetzwerkCheckFactory factory) : IClassFixture<NetzwerkCheckFactory>
{
    [Fact]
    public async Task TheAppIsSetUpWithTheKeyFromThePageAndAskedForAfterThePassword()
    {
        var user = await WebUser.RegisterAsync(factory);
        Assert.StartsWith("Ausgeschaltet:", (await user.GetDocumentAsync("/Account/Manage")).Text("#two-factor-summary"));

        var (key, codes) = await EnableAsync(user);

        Assert.Equal(10, codes.Length);
        Assert.All(codes, c => Assert.Matches("^[A-Z0-9]{5}-[A-Z0-9]{5}$", c));
        Assert.StartsWith("Eingeschaltet:", (await user.GetDocumentAsync("/Account/Manage")).Text("#two-factor-summary"));
        Assert.Equal("Noch unbenutzte Wiederherstellungscodes: 10.", (await user.GetDocumentAsync("/Account/TwoFactor")).Text("#codes-left"));

        var other = new WebUser(factory.CreateBrowserClient());
        var password = await other.SubmitAsync("/Account/Login", [("Input.Email", user.Email), ("Input.Password", WebUser.Password)]);
        Assert.Equal(HttpStatusCode.Redirect, password.StatusCode);
        Assert.StartsWith("/Account/LoginTwoFactor", password.Headers.Location!.OriginalString, StringComparison.Ordinal);
        // The password alone does not open anything yet.
        var early = await other.Client.GetAsync("/Networks", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, early.StatusCode);
        Assert.StartsWith("/Account/Login", early.Headers.Location!.AbsolutePath, StringComparison.Ordinal);

        var signedIn = await other.SubmitAsync(password.Headers.Location.OriginalString, [("Input.Code", Totp.Next(key))]);

        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal("/Networks", signedIn.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await other.Client.GetAsync("/Networks", TestContext.Current.CancellationToken)).StatusCode);
    }

    [Fact]
    public async Task AWrongCodeIsExplainedAndFiveLockTheAccount()
    {
        var user = await WebUser.RegisterAsync(factory);
        var (key, _) = await EnableAsync(user);
        var other = new WebUser(factory.CreateBrowserClient());
        var step = (await other.SubmitAsync("/Account/Login", [("Input.Email", user.Email), ("Input.Password", WebUser.Password)])).Headers.Location!.OriginalString;
        var wrongCode = Totp.Next(key) == "000000" ? "111111" : "000000";

        var first = await other.SubmitAsync(step, [("Input.Code", wrongCode)]);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(["Der Code stimmt nicht. Prüfen Sie, ob die Uhr Ihres Telefons richtig geht, oder nehmen Sie einen Wiederherstellungscode."], (await WebUser.ParseAsync(first)).Errors());
        for (var guess = 0; guess < 4; guess++)
        {
            await other.SubmitAsync(step, [("Input.Code", wrongCode)]);
        }

        var right = await other.SubmitAsync(step, [("Input.Code", Totp.Next(key))]);
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Equal(["Nach mehreren falschen Codes ist die Anmeldung für 15 Minuten gesperrt."], (await WebUser.ParseAsync(right)).Errors());
    }

    [Fact]
    public async Task ACodeFromTheAppCountsOnlyOnce()
    {
        var user = await WebUser.RegisterAsync(factory);
        var (key, _) = await EnableAsync(user);
        var code = Totp.Next(key);

        var first = await SignInWithCodeAsync(user.Email, code);
        var replay = await SignInWithCodeAsync(user.Email, code);

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, replay.StatusCode);
        Assert.StartsWith("Der Code stimmt nicht.", (await WebUser.ParseAsync(replay)).Text("#Input_Code-error"));
    }

    [Fact]
    public async Task ARecoveryCodeWorksOnceAsTypedByAHumanAndIsStoredOnlyAsAHash()
    {
        var user = await WebUser.RegisterAsync(factory);
        var (_, codes) = await EnableAsync(user);
        var stored = await factory.WithDbAsync(db => db.UserTokens.Where(t => t.Name == "RecoveryCodes" && db.Users.Any(u => u.Id == t.UserId && u.Email == user.Email)).Select(t => t.Value).SingleAsync(TestContext.Current.CancellationToken));
        Assert.All(codes, c => Assert.DoesNotContain(c[..5], stored!, StringComparison.OrdinalIgnoreCase));
        // Each a salted PBKDF2 hash: rounds, a salt of its own, the derived key.
        var entries = stored!.Split(';');
        Assert.Equal(10, entries.Length);
        Assert.All(entries, e => Assert.Equal(3, e.Split('.').Length));
        Assert.Equal(10, entries.Select(e => e.Split('.')[1]).Distinct().Count());

        var typed = codes[3].ToLowerInvariant().Replace("-", " ", StringComparison.Ordinal);
        var first = await SignInWithCodeAsync(user.Email, typed);
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal("/Networks", first.Headers.Location!.OriginalString);

        var again = await SignInWithCodeAsync(user.Email, codes[3]);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal("Noch unbenutzte Wiederherstellungscodes: 9.", (await user.GetDocumentAsync("/Account/TwoFactor")).Text("#codes-left"));
    }

    [Fact]
    public async Task NewRecoveryCodesReplaceTheOldOnesAfterThePassword()
    {
        var user = await WebUser.RegisterAsync(factory);
        var (_, old) = await EnableAsync(user);

        var wrong = await user.SubmitAsync("/Account/TwoFactor", [("RenewPassword", "nicht-das-passwort")], "form[action*='handler=RenewCodes']");
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        var wrongPage = await WebUser.ParseAsync(wrong);
        Assert.Empty(wrongPage.QuerySelectorAll("#recovery-codes li"));
        Assert.Equal("true", wrongPage.QuerySelector("#renew-password")!.GetAttribute("aria-invalid"));

        var renewed = await user.SubmitAsync("/Account/TwoFactor", [("RenewPassword", WebUser.Password)], "form[action*='handler=RenewCodes']");
        var codes = (await WebUser.ParseAsync(renewed)).Texts("#recovery-codes li");
        Assert.Equal(10, codes.Count);
        Assert.Empty(codes.Intersect(old));

        Assert.Equal(HttpStatusCode.OK, (await SignInWithCodeAsync(user.Email, old[0])).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await SignInWithCodeAsync(user.Email, codes[0])).StatusCode);
    }

    [Fact]
    public async Task AWrongCodeOrPasswordDoesNotTurnItOn()
    {
        var user = await WebUser.RegisterAsync(factory);
        await user.SubmitAsync("/Account/TwoFactor", [], "form[action*='handler=Start']");
        var key = (await user.GetDocumentAsync("/Account/TwoFactor")).Text("#authenticator-key").Replace(" ", "", StringComparison.Ordinal);

        var wrongCode = await user.SubmitAsync("/Account/TwoFactor", [("Code", Totp.Now(key) == "123456" ? "654321" : "123456"), ("EnablePassword", WebUser.Password)], "form[action*='handler=Enable']");
        var wrongPassword = await user.SubmitAsync("/Account/TwoFactor", [("Code", Totp.Now(key)), ("EnablePassword", "nicht-das-passwort")], "form[action*='handler=Enable']");
        var letters = await user.SubmitAsync("/Account/TwoFactor", [("Code", "abcdef"), ("EnablePassword", WebUser.Password)], "form[action*='handler=Enable']");

        Assert.StartsWith("Der Code stimmt nicht.", (await WebUser.ParseAsync(wrongCode)).Text("#Code-error"));
        Assert.StartsWith("Das Passwort stimmt nicht.", (await WebUser.ParseAsync(wrongPassword)).Text("#EnablePassword-error"));
        Assert.Equal("Bitte geben Sie den sechsstelligen Code aus der App ein.", (await WebUser.ParseAsync(letters)).Text("#Code-error"));
        Assert.False(await factory.WithDbAsync(db => db.Users.Where(u => u.Email == user.Email).Select(u => u.TwoFactorEnabled).SingleAsync(TestContext.Current.CancellationToken)));
    }

    [Fact]
    public async Task TurningItOffAsksForThePasswordAndForgetsTheKey()
    {
        var user = await WebUser.RegisterAsync(factory);
        var (key, _) = await EnableAsync(user);

        var off = await user.SubmitAsync("/Account/TwoFactor", [("DisablePassword", WebUser.Password)], "form[action*='handler=Disable']");

        var page = await user.FollowToDocumentAsync(off);
        Assert.StartsWith("Die Zwei-Faktor-Anmeldung ist ausgeschaltet.", page.Text("[role=status]"));
        Assert.Equal("Ausgeschaltet. Zur Anmeldung genügt Ihr Passwort.", page.Text("#two-factor-state"));
        var signIn = await new WebUser(factory.CreateBrowserClient()).SubmitAsync("/Account/Login", [("Input.Email", user.Email), ("Input.Password", WebUser.Password)]);
        Assert.Equal("/Networks", signIn.Headers.Location!.OriginalString);

        await user.SubmitAsync("/Account/TwoFactor", [], "form[action*='handler=Start']");
        Assert.NotEqual(key, (await user.GetDocumentAsync("/Account/TwoFactor")).Text("#authenticator-key").Replace(" ", "", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TheSecondStepWithoutThePasswordStepLeadsBackToSignIn()
    {
        var stranger = new WebUser(factory.CreateBrowserClient());

        var response = await stranger.Client.GetAsync("/Account/LoginTwoFactor", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var login = await stranger.FollowToDocumentAsync(response);
        Assert.Equal("Bitte melden Sie sich noch einmal mit E-Mail-Adresse und Passwort an.", login.Text("[role=status]"));
    }

    [Fact]
    public async Task TurningItOnEndsTheAccountsOtherSessions()
    {
        var user = await WebUser.RegisterAsync(factory);
        var laptop = new WebUser(factory.CreateBrowserClient());
        await laptop.SubmitAsync("/Account/Login", [("Input.Email", user.Email), ("Input.Password", WebUser.Password)]);
        Assert.Equal(HttpStatusCode.OK, (await laptop.Client.GetAsync("/Networks", TestContext.Current.CancellationToken)).StatusCode);

        await EnableAsync(user);

        Assert.Equal(HttpStatusCode.Redirect, (await laptop.Client.GetAsync("/Networks", TestContext.Current.CancellationToken)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await user.Client.GetAsync("/Networks", TestContext.Current.CancellationToken)).StatusCode);
    }

    [Fact]
    public async Task NewRecoveryCodesEndTheOtherSessions()
    {
        var user = await WebUser.RegisterAsync(factory);
        await EnableAsync(user);
        var laptop = new WebUser(factory.CreateBrowserClient());
        var step = await laptop.SubmitAsync("/Account/Login", [("Input.Email", user.Email), ("Input.Password", WebUser.Password)]);

        var renewed = await user.SubmitAsync("/Account/TwoFactor", [("RenewPassword", WebUser.Password)], "form[action*='handler=RenewCodes']");
        var fresh = (await WebUser.ParseAsync(renewed)).Texts("#recovery-codes li");
        Assert.Equal(HttpStatusCode.Redirect, (await laptop.SubmitAsync(step.Headers.Location!.OriginalString, [("Input.Code", fresh[0])])).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await laptop.Client.GetAsync("/Networks", TestContext.Current.CancellationToken)).StatusCode);

        // A further renewal signs the laptop out; this browser stays, and the devices page lists only it.
        await user.SubmitAsync("/Account/TwoFactor", [("RenewPassword", WebUser.Password)], "form[action*='handler=RenewCodes']");
        Assert.Equal(HttpStatusCode.Redirect, (await laptop.Client.GetAsync("/Networks", TestContext.Current.CancellationToken)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await user.Client.GetAsync("/Networks", TestContext.Current.CancellationToken)).StatusCode);
        Assert.Equal(1, await factory.WithDbAsync(db => db.UserSessions.CountAsync(s => db.Users.Any(u => u.Id == s.UserId && u.Email == user.Email), TestContext.Current.CancellationToken)));
    }

    [Fact]
    public async Task AResetPasswordStillAsksForTheSecondFactor()
    {
        var user = await WebUser.RegisterAsync(factory);
        var (key, _) = await EnableAsync(user);
        var newPassword = "ein-neues-langes-passwort-9";
        using (var scope = factory.Services.CreateScope())
        {
            // The reset itself (mail and link) is tested in PasswordResetTests; here only what follows it matters.
            var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<Microsoft.AspNetCore.Identity.IdentityUser>>();
            var account = await users.FindByEmailAsync(user.Email);
            var token = await users.GeneratePasswordResetTokenAsync(account!);
            Assert.True((await users.ResetPasswordAsync(account!, token, newPassword)).Succeeded);
        }

        var browser = new WebUser(factory.CreateBrowserClient());
        var signIn = await browser.SubmitAsync("/Account/Login", [("Input.Email", user.Email), ("Input.Password", newPassword)]);

        Assert.StartsWith("/Account/LoginTwoFactor", signIn.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.SubmitAsync(signIn.Headers.Location.OriginalString, [("Input.Code", Totp.Next(key))])).StatusCode);
    }

    public static async Task<(string Key, string[] RecoveryCodes)> EnableAsync(WebUser user)
    {
        var started = await user.SubmitAsync("/Account/TwoFactor", [], "form[action*='handler=Start']");
        Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);
        var setup = await user.GetDocumentAsync("/Account/TwoFactor");
        Assert.NotNull(setup.QuerySelector("#setup svg.qr-code"));
        var key = setup.Text("#authenticator-key").Replace(" ", "", StringComparison.Ordinal);

        var enabled = await user.SubmitAsync("/Account/TwoFactor", [("Code", Totp.Now(key)), ("EnablePassword", WebUser.Password)], "form[action*='handler=Enable']");

        Assert.Equal(HttpStatusCode.OK, enabled.StatusCode);
        var page = await WebUser.ParseAsync(enabled);
        Assert.Equal("Eingeschaltet. Nach dem Passwort fragt NetzwerkCheck nach dem Code aus Ihrer Authenticator-App.", page.Text("#two-factor-state"));
        return (key, [.. page.Texts("#recovery-codes li")]);
    }

    private async Task<HttpResponseMessage> SignInWithCodeAsync(string email, string code)
    {
        var browser = new WebUser(factory.CreateBrowserClient());
        var step = await browser.SubmitAsync("/Account/Login", [("Input.Email", email), ("Input.Password", WebUser.Password)]);
        return await browser.SubmitAsync(step.Headers.Location!.OriginalString, [("Input.Code", code)]);
    }
}
