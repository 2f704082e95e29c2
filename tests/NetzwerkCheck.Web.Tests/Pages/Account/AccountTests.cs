using System.Net;
using NetzwerkCheck.Web.Tests.Infrastructure;

namespace NetzwerkCheck.Web.Tests.Pages.Account;

public sealed class AccountTests(NetzwerkCheckFactory factory) : IClassFixture<NetzwerkCheckFactory>
{
    [Fact]
    public async Task RegisteringLeadsToSignInAndThenToTheEmptyNetworkList()
    {
        var user = await WebUser.RegisterAsync(factory);

        var list = await user.GetDocumentAsync("/Networks");

        Assert.Equal("Meine Netzwerke", list.Text("main h1"));
        Assert.Equal("Noch keine Netzwerke", list.Text(".empty h2"));
    }

    [Fact]
    public async Task AnonymousVisitorsAreSentToTheLoginPage()
    {
        var client = factory.CreateBrowserClient();

        var response = await client.GetAsync("/Networks", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/Login", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("kurz", "kurz", "Das Passwort muss zwischen 10 und 128 Zeichen lang sein.")]
    [InlineData("lange-genug-123", "etwas-anderes-1", "Die beiden Passwörter stimmen nicht überein.")]
    [InlineData("aaaaaaaaaaaa", "aaaaaaaaaaaa", "Das Passwort muss mindestens 4 verschiedene Zeichen enthalten.")]
    public async Task RejectsWeakOrMismatchedPasswordsInGerman(string password, string confirmation, string message)
    {
        var visitor = new WebUser(factory.CreateBrowserClient());

        var response = await visitor.SubmitAsync("/Account/Register", [
            ("Input.Email", "schwach@example.org"), ("Input.Password", password), ("Input.ConfirmPassword", confirmation)]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var form = await WebUser.ParseAsync(response);
        form.AssertError(message);
        Assert.Equal("schwach@example.org", form.QuerySelector("input[name='Input.Email']")!.GetAttribute("value"));
    }

    [Fact]
    public async Task RegisteringAnExistingEmailLooksExactlyLikeANewRegistration()
    {
        var existing = await WebUser.RegisterAsync(factory);

        async Task<(HttpResponseMessage Response, string LoginPage)> RegisterAsync(string email)
        {
            var visitor = new WebUser(factory.CreateBrowserClient());
            var response = await visitor.SubmitAsync("/Account/Register", [
                ("Input.Email", email), ("Input.Password", "ein-anderes-Passwort"), ("Input.ConfirmPassword", "ein-anderes-Passwort")]);
            var loginPage = await visitor.Client.GetStringAsync(response.Headers.Location, TestContext.Current.CancellationToken);
            return (response, loginPage.Replace(email, "ADDRESS", StringComparison.Ordinal));
        }
        var taken = await RegisterAsync(existing.Email);
        var fresh = await RegisterAsync($"neu-{Guid.NewGuid():N}@example.org");

        Assert.Equal(HttpStatusCode.Redirect, taken.Response.StatusCode);
        Assert.Equal(fresh.Response.StatusCode, taken.Response.StatusCode);
        Assert.Equal(fresh.Response.Headers.Location, taken.Response.Headers.Location);
        Assert.Contains("Fast geschafft", taken.LoginPage);
        Assert.Equal("ADDRESS", Html.Parse(taken.LoginPage).QuerySelector("input[name='Input.Email']")!.GetAttribute("value"));
        Assert.Equal(VisibleText(fresh.LoginPage), VisibleText(taken.LoginPage));

        // The existing account keeps its password; the other one does not get in.
        var intruder = new WebUser(factory.CreateBrowserClient());
        var signIn = await intruder.SubmitAsync("/Account/Login", [("Input.Email", existing.Email), ("Input.Password", "ein-anderes-Passwort")]);
        Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
    }

    private static string VisibleText(string html) =>
        new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html).Body!.TextContent;

    [Fact]
    public async Task FiveWrongPasswordsLockTheAccount()
    {
        var owner = await WebUser.RegisterAsync(factory);
        var attacker = await FailFiveTimesAsync(owner.Email);

        // Even the right password does not get in now: the form is shown again, no sign-in cookie.
        var response = await attacker.SubmitAsync("/Account/Login", [("Input.Email", owner.Email), ("Input.Password", WebUser.Password)]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain(response.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies : [], c => c.Contains("nc-auth=", StringComparison.Ordinal) && !c.Contains("expires=Thu, 01 Jan 1970", StringComparison.OrdinalIgnoreCase));
    }

    private async Task<WebUser> FailFiveTimesAsync(string email)
    {
        var attacker = new WebUser(factory.CreateBrowserClient());
        for (var attempt = 0; attempt < 5; attempt++)
        {
            await attacker.SubmitAsync("/Account/Login", [("Input.Email", email), ("Input.Password", "falsch-falsch-falsch")]);
        }
        return attacker;
    }

    [Fact]
    public async Task LockedAccountAndUnknownAddressGetTheSameAnswer()
    {
        var owner = await WebUser.RegisterAsync(factory);
        var attacker = await FailFiveTimesAsync(owner.Email);

        async Task<string> SignInAsync(string email)
        {
            var response = await attacker.SubmitAsync("/Account/Login", [("Input.Email", email), ("Input.Password", "falsch-falsch-falsch")]);
            return VisibleText(await response.TextAsync()).Replace(email, "ADDRESS", StringComparison.Ordinal);
        }

        Assert.Equal(await SignInAsync($"niemand-{Guid.NewGuid():N}@example.org"), await SignInAsync(owner.Email));
    }

    [Fact]
    public async Task SignsInWithTheRightPassword()
    {
        var owner = await WebUser.RegisterAsync(factory);
        var sameUserElsewhere = new WebUser(factory.CreateBrowserClient());

        var response = await sameUserElsewhere.SubmitAsync("/Account/Login", [("Input.Email", owner.Email), ("Input.Password", WebUser.Password)]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Networks", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task LoginIgnoresForeignReturnUrls()
    {
        var owner = await WebUser.RegisterAsync(factory);
        var visitor = new WebUser(factory.CreateBrowserClient());

        var response = await visitor.SubmitAsync("/Account/Login?ReturnUrl=https%3A%2F%2Fevil.example", [
            ("Input.Email", owner.Email), ("Input.Password", WebUser.Password)]);

        Assert.Equal("/Networks", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task ChangesThePasswordAfterCheckingTheCurrentOne()
    {
        var user = await WebUser.RegisterAsync(factory);

        var wrong = await user.SubmitAsync("/Account/Manage", [
            ("Input.CurrentPassword", "nicht-das-richtige"), ("Input.NewPassword", "neues-passwort-42"), ("Input.ConfirmPassword", "neues-passwort-42")]);
        (await WebUser.ParseAsync(wrong)).AssertError("Das Passwort stimmt nicht. Nach mehreren Fehlversuchen wird das Konto für 15 Minuten gesperrt.");

        var right = await user.SubmitAsync("/Account/Manage", [
            ("Input.CurrentPassword", WebUser.Password), ("Input.NewPassword", "neues-passwort-42"), ("Input.ConfirmPassword", "neues-passwort-42")]);
        Assert.Contains("Ihr Passwort wurde geändert.", System.Net.WebUtility.HtmlDecode(await user.FollowAsync(right)));

        var relogin = new WebUser(factory.CreateBrowserClient());
        var login = await relogin.SubmitAsync("/Account/Login", [("Input.Email", user.Email), ("Input.Password", "neues-passwort-42")]);
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
    }

    [Fact]
    public async Task SigningOutEndsTheSession()
    {
        var user = await WebUser.RegisterAsync(factory);

        var logout = await user.SubmitAsync("/Networks", [], "form[action='/Account/Logout']");
        Assert.Equal(HttpStatusCode.Redirect, logout.StatusCode);

        var after = await user.Client.GetAsync("/Networks", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
    }

    [Fact]
    public async Task AuthCookieIsHostPrefixedSecureHttpOnly()
    {
        var visitor = new WebUser(factory.CreateBrowserClient());
        var email = $"cookie-{Guid.NewGuid():N}@example.org";
        var registered = await visitor.SubmitAsync("/Account/Register", [
            ("Input.Email", email), ("Input.Password", WebUser.Password), ("Input.ConfirmPassword", WebUser.Password)]);
        var signedIn = await visitor.SubmitAsync("/Account/Login", [("Input.Email", email), ("Input.Password", WebUser.Password)]);

        var auth = Assert.Single(signedIn.Headers.GetValues("Set-Cookie"), c => c.StartsWith("__Host-nc-auth=", StringComparison.Ordinal));
        var note = Assert.Single(registered.Headers.GetValues("Set-Cookie"), c => c.StartsWith("__Host-nc-note=", StringComparison.Ordinal));
        foreach (var cookie in new[] { auth, note })
        {
            Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
        }
    }
}
