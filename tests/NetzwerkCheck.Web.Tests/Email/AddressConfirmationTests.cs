using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using MimeKit;
using NetzwerkCheck.Web.Tests.Infrastructure;

namespace NetzwerkCheck.Web.Tests.Email;

public static partial class ConfirmationMails
{
    [GeneratedRegex(@"https://localhost/Account/ConfirmEmail\?\S+")]
    public static partial Regex Link();

    public static bool IsConfirmation(MimeMessage mail) => Link().IsMatch(mail.TextBody ?? "");

    /// <summary>The path and query of the confirmation link in the newest confirmation mail to <paramref name="address"/>.</summary>
    public static async Task<string> LinkToAsync(TestSmtpServer smtp, string address, int nth = 1)
    {
        await Eventually.TrueAsync(() => smtp.MessagesTo(address).Count(IsConfirmation) >= nth, $"Confirmation mail {nth} to {address} did not arrive");
        var mail = smtp.MessagesTo(address).Where(IsConfirmation).ElementAt(nth - 1);
        return new Uri(Link().Match(mail.TextBody!).Value).PathAndQuery;
    }

    /// <summary>Opens the link (a page with a button, nothing confirmed yet) and presses the button.</summary>
    public static async Task<HttpResponseMessage> ConfirmAsync(WebUser visitor, string link) => await visitor.SubmitAsync(link, []);
}

/// <summary>Registration and a new address send a link; following it (and pressing the button) confirms.</summary>
public sealed class AddressConfirmationTests(SmtpMailFactory factory) : IClassFixture<SmtpMailFactory>
{
    [Fact]
    public async Task TheMailedLinkConfirmsTheAddressOnlyWhenTheButtonIsPressed()
    {
        var owner = await WebUser.RegisterAsync(factory);
        Assert.Equal("Noch nicht bestätigt", (await owner.GetDocumentAsync("/Account/Manage")).Text("#email-badge"));

        var mail = await factory.Smtp.MessageToAsync(owner.Email, ConfirmationMails.IsConfirmation);
        Assert.Equal("Bitte bestätigen Sie Ihre E-Mail-Adresse für NetzwerkCheck", mail.Subject);
        Assert.DoesNotContain("<img", mail.HtmlBody, StringComparison.OrdinalIgnoreCase);
        var link = await ConfirmationMails.LinkToAsync(factory.Smtp, owner.Email);

        // A mail scanner that fetches the link confirms nothing.
        var visitor = new WebUser(factory.CreateBrowserClient());
        var page = await visitor.GetDocumentAsync(link);
        Assert.NotNull(page.QuerySelector("#confirm-submit"));
        Assert.False(await factory.WithDbAsync(db => db.Users.Where(u => u.Email == owner.Email).Select(u => u.EmailConfirmed).SingleAsync()));

        var confirmed = await ConfirmationMails.ConfirmAsync(visitor, link);
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        Assert.Equal("Danke – Ihre E-Mail-Adresse ist bestätigt.", Html.Parse(await confirmed.TextAsync()).Text("#confirm-done"));
        Assert.True(await factory.WithDbAsync(db => db.Users.Where(u => u.Email == owner.Email).Select(u => u.EmailConfirmed).SingleAsync()));
        Assert.Equal("Bestätigt", (await owner.GetDocumentAsync("/Account/Manage")).Text("#email-badge"));
    }

    [Fact]
    public async Task ATamperedLinkIsRefusedWithAGermanMessage()
    {
        var owner = await WebUser.RegisterAsync(factory);
        var link = await ConfirmationMails.LinkToAsync(factory.Smtp, owner.Email);
        var forged = Regex.Replace(link, "token=[^&]+", "token=Zm9yZ2Vk");
        var visitor = new WebUser(factory.CreateBrowserClient());

        var shown = await visitor.Client.GetAsync(Regex.Replace(link, "token=[^&]+", "token="), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.BadRequest, shown.StatusCode);
        var refused = await visitor.SubmitAsync(forged, []);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.StartsWith("Dieser Link ist ungültig oder abgelaufen.", Html.Parse(await refused.TextAsync()).Text("#confirm-invalid"), StringComparison.Ordinal);
        Assert.False(await factory.WithDbAsync(db => db.Users.Where(u => u.Email == owner.Email).Select(u => u.EmailConfirmed).SingleAsync()));
    }

    [Fact]
    public async Task ANewAddressTakesEffectOnlyOnceItsLinkIsFollowed()
    {
        var owner = await WebUser.RegisterAsync(factory);
        var newAddress = $"neu-{Guid.NewGuid():N}@example.org";

        var wrongPassword = await owner.SubmitAsync("/Account/Manage", [("NewEmail.Email", newAddress), ("NewEmail.Password", "nicht-das-richtige")], "form[action*='handler=ChangeEmail']");
        Assert.Equal(HttpStatusCode.OK, wrongPassword.StatusCode);
        var changed = await owner.SubmitAsync("/Account/Manage", [("NewEmail.Email", newAddress), ("NewEmail.Password", WebUser.Password)], "form[action*='handler=ChangeEmail']");
        Assert.StartsWith($"Wir haben einen Bestätigungslink an {newAddress} geschickt.", (await owner.FollowToDocumentAsync(changed)).Text("[role=status]"), StringComparison.Ordinal);

        var link = await ConfirmationMails.LinkToAsync(factory.Smtp, newAddress);
        Assert.Equal(HttpStatusCode.OK, (await SignInAsync(newAddress)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await SignInAsync(owner.Email)).StatusCode);

        var confirmed = await ConfirmationMails.ConfirmAsync(new WebUser(factory.CreateBrowserClient()), link);
        Assert.Contains(newAddress, Html.Parse(await confirmed.TextAsync()).Text("#confirm-done"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await SignInAsync(newAddress)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await SignInAsync(owner.Email)).StatusCode);
        Assert.True(await factory.WithDbAsync(db => db.Users.Where(u => u.Email == newAddress).Select(u => u.EmailConfirmed).SingleAsync()));
    }

    [Fact]
    public async Task ResendingIsLimitedPerAccountAndHour()
    {
        var owner = await WebUser.RegisterAsync(factory);
        for (var i = 0; i < 4; i++)
        {
            var resent = await owner.SubmitAsync("/Account/Manage", [], "form[action*='handler=ResendConfirmation']");
            Assert.Equal(HttpStatusCode.Redirect, resent.StatusCode);
        }
        await ConfirmationMails.LinkToAsync(factory.Smtp, owner.Email, nth: 3);
        await Outbox.UntilEmptyAsync(factory);
        // One at registration and two resent: three an hour.
        Assert.Equal(3, factory.Smtp.MessagesTo(owner.Email).Count(ConfirmationMails.IsConfirmation));
    }

    private async Task<HttpResponseMessage> SignInAsync(string email) =>
        await new WebUser(factory.CreateBrowserClient()).SubmitAsync("/Account/Login", [("Input.Email", email), ("Input.Password", WebUser.Password)]);
}

/// <summary>With Email:RequireConfirmedAddress only a confirmed address signs in; only the right password learns why.</summary>
public sealed class RequiredConfirmationTests(RequiredConfirmationTests.RequiringFactory factory) : IClassFixture<RequiredConfirmationTests.RequiringFactory>
{
    private const string Unconfirmed = "Ihre E-Mail-Adresse ist noch nicht bestätigt. Bitte öffnen Sie den Link aus der E-Mail, die wir Ihnen geschickt haben – oder lassen Sie sich die Mail noch einmal schicken.";
    private const string Wrong = "E-Mail-Adresse oder Passwort stimmen nicht. Nach mehreren Fehlversuchen ist die Anmeldung für 15 Minuten gesperrt.";

    [Fact]
    public async Task AnUnconfirmedAddressCannotSignInUntilItsLinkIsFollowed()
    {
        var email = $"neu-{Guid.NewGuid():N}@example.org";
        var visitor = new WebUser(factory.CreateBrowserClient());
        var registered = await visitor.SubmitAsync("/Account/Register", [("Input.Email", email), ("Input.Password", WebUser.Password), ("Input.ConfirmPassword", WebUser.Password)]);
        Assert.Equal(HttpStatusCode.Redirect, registered.StatusCode);

        var wrongPassword = await visitor.SubmitAsync("/Account/Login", [("Input.Email", email), ("Input.Password", "nicht-das-richtige")]);
        var unknown = await visitor.SubmitAsync("/Account/Login", [("Input.Email", $"niemand-{Guid.NewGuid():N}@example.org"), ("Input.Password", WebUser.Password)]);
        foreach (var answer in new[] { wrongPassword, unknown })
        {
            var page = Html.Parse(await answer.TextAsync());
            page.AssertError(Wrong);
            Assert.Null(page.QuerySelector("#resend-confirmation"));
        }

        var right = await visitor.SubmitAsync("/Account/Login", [("Input.Email", email), ("Input.Password", WebUser.Password)]);
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        var refused = Html.Parse(await right.TextAsync());
        refused.AssertError(Unconfirmed);
        Assert.Equal(HttpStatusCode.Redirect, (await visitor.Client.GetAsync("/Networks", TestContext.Current.CancellationToken)).StatusCode);

        // The resend button on the refused page sends the link again (the form is posted as the page shows it).
        var form = (AngleSharp.Html.Dom.IHtmlFormElement)refused.QuerySelector("form[action*='handler=Resend']")!;
        var resent = await visitor.Client.PostAsync(form.GetAttribute("action"), new FormUrlEncodedContent(WebUser.FormValues(form)), TestContext.Current.CancellationToken);
        Assert.Equal("Eine neue Bestätigungsmail ist unterwegs. Bitte öffnen Sie den Link darin und melden Sie sich dann an.", (await visitor.FollowToDocumentAsync(resent)).Text("[role=status]"));
        var link = await ConfirmationMails.LinkToAsync(factory.Smtp, email, nth: 2);

        await ConfirmationMails.ConfirmAsync(visitor, link);
        var signedIn = await visitor.SubmitAsync("/Account/Login", [("Input.Email", email), ("Input.Password", WebUser.Password)]);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
    }

    public sealed class RequiringFactory : SmtpMailFactory
    {
        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Email:RequireConfirmedAddress", "true");
        }
    }
}
