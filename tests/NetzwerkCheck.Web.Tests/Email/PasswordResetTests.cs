using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using MimeKit;
using NetzwerkCheck.Web.Tests.Infrastructure;

namespace NetzwerkCheck.Web.Tests.Email;

/// <summary>"Passwort vergessen?" end to end: the mail goes through a real SMTP server in the test process.</summary>
public sealed partial class PasswordResetTests(SmtpMailFactory factory) : IClassFixture<SmtpMailFactory>
{
    private const string NewPassword = "ein-ganz-neues-passwort";

    [GeneratedRegex(@"https://localhost/Account/ResetPassword\?\S+")]
    private static partial Regex ResetLink();

    [Fact]
    public async Task ResetLinkByMailSetsANewPasswordOnceAndEndsOtherSessions()
    {
        var owner = await WebUser.RegisterAsync(factory);
        var otherDevice = await SignInAsync(owner.Email, WebUser.Password);
        var login = await new WebUser(factory.CreateBrowserClient()).GetDocumentAsync("/Account/Login");
        Assert.Equal("/Account/ForgotPassword", login.QuerySelector("#forgot-password")!.GetAttribute("href"));

        var visitor = new WebUser(factory.CreateBrowserClient());
        var requested = await visitor.SubmitAsync("/Account/ForgotPassword", [("Input.Email", owner.Email.ToUpperInvariant())]);
        var answer = await visitor.FollowToDocumentAsync(requested);
        Assert.StartsWith("Wenn zu dieser Adresse ein Konto gehört, ist eine E-Mail", answer.Text("[role=status] p:first-child"), StringComparison.Ordinal);

        var mail = await ResetMailToAsync(owner.Email);
        Assert.Equal("Ihr Passwort für NetzwerkCheck zurücksetzen", mail.Subject);
        Assert.Equal("noreply@netzwerkcheck.test", mail.From.Mailboxes.Single().Address);
        var link = ResetLink().Match(mail.TextBody ?? "").Value;
        Assert.NotEmpty(link);
        Assert.Contains($"href=\"{link.Replace("&", "&amp;", StringComparison.Ordinal)}\"", mail.HtmlBody, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", mail.HtmlBody, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Der Link gilt 2 Stunden", mail.TextBody, StringComparison.Ordinal);
        await Eventually.ValueAsync(() => factory.WithDbAsync(db => db.Outbox.CountAsync()), count => count == 0, "The sent message stayed in the outbox");

        var resetPage = new Uri(link).PathAndQuery;
        var reset = await visitor.SubmitAsync(resetPage, [("Input.Password", NewPassword), ("Input.ConfirmPassword", NewPassword)]);
        Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);
        var signInPage = await visitor.FollowToDocumentAsync(reset);
        Assert.Equal("Ihr Passwort wurde geändert. Melden Sie sich jetzt mit dem neuen Passwort an.", signInPage.Text("[role=status]"));

        Assert.Equal(HttpStatusCode.OK, (await SignInResponseAsync(owner.Email, WebUser.Password)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await SignInResponseAsync(owner.Email, NewPassword)).StatusCode);
        foreach (var session in new[] { owner, otherDevice })
        {
            var page = await session.Client.GetAsync("/Networks", TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
            Assert.StartsWith("/Account/Login", page.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        }

        // The same link a second time: the security stamp changed, so the token is dead.
        var again = await visitor.SubmitAsync(resetPage, [("Input.Password", "noch-ein-passwort-99"), ("Input.ConfirmPassword", "noch-ein-passwort-99")]);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.StartsWith("Dieser Link ist ungültig oder abgelaufen.", Html.Parse(await again.TextAsync()).Text("#reset-link-invalid p:first-child"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await SignInResponseAsync(owner.Email, NewPassword)).StatusCode);
    }

    [Fact]
    public async Task AnUnknownAddressGetsTheSameAnswerAndNoMailIsSent()
    {
        var known = await WebUser.RegisterAsync(factory);
        var unknown = $"niemand-{Guid.NewGuid():N}@example.org";
        var visitor = new WebUser(factory.CreateBrowserClient());

        async Task<(string Location, string Page, int Requests)> RequestAsync(string email)
        {
            var before = await factory.WithDbAsync(db => db.PasswordResetRequests.CountAsync());
            var response = await visitor.SubmitAsync("/Account/ForgotPassword", [("Input.Email", email)]);
            var location = response.Headers.Location!.OriginalString;
            // The visible text: the forms differ only in their antiforgery tokens.
            var page = (await visitor.FollowToDocumentAsync(response)).Text("main");
            return (location, page, await factory.WithDbAsync(db => db.PasswordResetRequests.CountAsync()) - before);
        }

        var forUnknown = await RequestAsync(unknown);
        var forKnown = await RequestAsync(known.Email);

        Assert.Equal(forKnown, forUnknown);
        Assert.Equal(1, forUnknown.Requests);
        await ResetMailToAsync(known.Email);
        await Eventually.ValueAsync(() => factory.WithDbAsync(db => db.Outbox.CountAsync()), count => count == 0, "The outbox did not empty");
        Assert.DoesNotContain(factory.Smtp.Received, m => m.To.Mailboxes.Any(b => b.Address == unknown));
    }

    [Fact]
    public async Task AtMostThreeResetMailsAnHourGoToOneAddress()
    {
        var owner = await WebUser.RegisterAsync(factory);
        var visitor = new WebUser(factory.CreateBrowserClient());
        for (var i = 0; i < 5; i++)
        {
            var response = await visitor.SubmitAsync("/Account/ForgotPassword", [("Input.Email", owner.Email)]);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        }

        await Eventually.ValueAsync(
            () => Task.FromResult(factory.Smtp.MessagesTo(owner.Email).Count(IsReset)), n => n == 3, "Three mails did not arrive");
        await Eventually.ValueAsync(() => factory.WithDbAsync(db => db.Outbox.CountAsync()), count => count == 0, "The outbox did not empty");
        Assert.Equal(3, factory.Smtp.MessagesTo(owner.Email).Count(IsReset));
    }

    [Theory]
    [InlineData("keine-adresse", "Bitte geben Sie eine gültige E-Mail-Adresse ein.")]
    [InlineData("a@example.org\r\nBcc: opfer@example.org", "Bitte geben Sie eine gültige E-Mail-Adresse ein.")]
    [InlineData("", "Bitte geben Sie Ihre E-Mail-Adresse ein.")]
    public async Task BadAddressesGetAGermanMessageAndSendNothing(string email, string message)
    {
        var visitor = new WebUser(factory.CreateBrowserClient());
        var before = await factory.WithDbAsync(db => db.PasswordResetRequests.CountAsync());

        var response = await visitor.SubmitAsync("/Account/ForgotPassword", [("Input.Email", email)]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(message, Html.Parse(await response.TextAsync()).Text("#Input_Email-error"));
        Assert.Equal(before, await factory.WithDbAsync(db => db.PasswordResetRequests.CountAsync()));
    }

    [Fact]
    public async Task AnOverlongAddressGetsAGermanMessage()
    {
        var visitor = new WebUser(factory.CreateBrowserClient());
        var response = await visitor.SubmitAsync("/Account/ForgotPassword", [("Input.Email", new string('a', 250) + "@example.org")]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Die E-Mail-Adresse darf höchstens 254 Zeichen lang sein.", Html.Parse(await response.TextAsync()).Text("#Input_Email-error"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheNewPasswordFollowsTheRulesOfRegistrationAndAForgedLinkIsRefused()
    {
        var owner = await WebUser.RegisterAsync(factory);
        var visitor = new WebUser(factory.CreateBrowserClient());
        await visitor.SubmitAsync("/Account/ForgotPassword", [("Input.Email", owner.Email)]);
        var link = new Uri(ResetLink().Match((await ResetMailToAsync(owner.Email)).TextBody ?? "").Value).PathAndQuery;

        var tooShort = await visitor.SubmitAsync(link, [("Input.Password", "kurz"), ("Input.ConfirmPassword", "kurz")]);
        Assert.Equal("Das Passwort muss zwischen 10 und 128 Zeichen lang sein.", Html.Parse(await tooShort.TextAsync()).Text("#Input_Password-error"));
        var fewCharacters = await visitor.SubmitAsync(link, [("Input.Password", "aaaaaaaaaaaa"), ("Input.ConfirmPassword", "aaaaaaaaaaaa")]);
        Assert.Contains("Das Passwort muss mindestens 4 verschiedene Zeichen enthalten.", Html.Parse(await fewCharacters.TextAsync()).Text(".error-summary ul"), StringComparison.Ordinal);

        var forged = Regex.Replace(link, "token=[^&]+", "token=Zm9yZ2Vk");
        var refused = await visitor.SubmitAsync(forged, [("Input.Password", NewPassword), ("Input.ConfirmPassword", NewPassword)]);
        Assert.StartsWith("Dieser Link ist ungültig oder abgelaufen.", Html.Parse(await refused.TextAsync()).Text("#reset-link-invalid p:first-child"), StringComparison.Ordinal);

        // The rejected attempts did not use the link up.
        var done = await visitor.SubmitAsync(link, [("Input.Password", NewPassword), ("Input.ConfirmPassword", NewPassword)]);
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
    }

    [Fact]
    public async Task TheMailIsInTheLanguageOfThePersonWhoAskedForIt()
    {
        var owner = await WebUser.RegisterAsync(factory);
        var visitor = new WebUser(factory.CreateBrowserClient());
        await visitor.SwitchLanguageAsync("en-GB", "/Account/ForgotPassword");
        await visitor.SubmitAsync("/Account/ForgotPassword", [("Input.Email", owner.Email)]);

        var mail = await ResetMailToAsync(owner.Email);
        Assert.Equal("Reset your NetzwerkCheck password", mail.Subject);
        Assert.Contains("The link works for 2 hours and only once.", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"en\">", mail.HtmlBody, StringComparison.Ordinal);
    }

    // Registration sends a confirmation mail too; these tests read the reset mails.
    private static bool IsReset(MimeMessage mail) => ResetLink().IsMatch(mail.TextBody ?? "");

    private Task<MimeMessage> ResetMailToAsync(string address) => factory.Smtp.MessageToAsync(address, IsReset);

    private async Task<WebUser> SignInAsync(string email, string password)
    {
        var user = new WebUser(factory.CreateBrowserClient());
        var response = await user.SubmitAsync("/Account/Login", [("Input.Email", email), ("Input.Password", password)]);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return user;
    }

    private async Task<HttpResponseMessage> SignInResponseAsync(string email, string password) =>
        await new WebUser(factory.CreateBrowserClient()).SubmitAsync("/Account/Login", [("Input.Email", email), ("Input.Password", password)]);
}
