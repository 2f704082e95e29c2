using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using NetzwerkCheck.Web.Tests.Infrastructure;

namespace NetzwerkCheck.Web.Tests.Pages.Account;

/// <summary>The server side of passkeys; the whole ceremony with an authenticator runs in the browser tests.</summary>
public sealed class PasskeyTests(NetzwerkCheckFactory factory) : IClassFixture<NetzwerkCheckFactory>
{
    [Fact]
    public async Task CreationOptionsComeOnlyAfterTheRightPassword()
    {
        var user = await WebUser.RegisterAsync(factory);

        var wrong = await PostFormAsync(user, "/Account/Passkeys", "/Account/Passkeys?handler=Options", [("Input.Password", "nicht-das-passwort")]);
        var right = await PostFormAsync(user, "/Account/Passkeys", "/Account/Passkeys?handler=Options", [("Input.Password", WebUser.Password)]);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, wrong.StatusCode);
        Assert.StartsWith("Das Passwort stimmt nicht.", Json(await wrong.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        var options = Json(await right.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal(user.Email, options.GetProperty("user").GetProperty("name").GetString());
        Assert.False(string.IsNullOrEmpty(options.GetProperty("challenge").GetString()));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task AForgedCredentialIsRefusedInGermanAndNothingIsStored(bool askedForOptions)
    {
        var user = await WebUser.RegisterAsync(factory);
        if (askedForOptions)
        {
            Assert.Equal(HttpStatusCode.OK, (await PostFormAsync(user, "/Account/Passkeys", "/Account/Passkeys?handler=Options", [("Input.Password", WebUser.Password)])).StatusCode);
        }

        var response = await PostFormAsync(user, "/Account/Passkeys", "/Account/Passkeys?handler=Add",
            [("Input.Password", WebUser.Password), ("CredentialJson", """{"id":"AAAA","type":"public-key","response":{}}""")]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await WebUser.ParseAsync(response);
        Assert.Equal(["Der Passkey konnte nicht geprüft werden. Bitte versuchen Sie es noch einmal."], page.Errors());
        Assert.NotNull(page.QuerySelector("#no-passkeys"));
    }

    [Theory]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("kein base64 !!")]
    [InlineData("")]
    public async Task RemovingAPasskeyThatIsNotTheAccountsOwnIsNotFound(string id)
    {
        var user = await WebUser.RegisterAsync(factory);

        var response = await PostFormAsync(user, "/Account/Passkeys", $"/Account/Passkeys?handler=Remove&id={Uri.EscapeDataString(id)}", []);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("kein base64 !!")]
    public async Task AskingToRemoveAPasskeyThatIsNotTheAccountsOwnIsNotFound(string id)
    {
        var user = await WebUser.RegisterAsync(factory);

        var response = await user.Client.GetAsync($"/Account/Passkeys?remove={Uri.EscapeDataString(id)}", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task RemovingAPasskeyAsksForThePassword()
    {
        var user = await WebUser.RegisterAsync(factory);
        var credentialId = System.Security.Cryptography.RandomNumberGenerator.GetBytes(16);
        using (var scope = factory.Services.CreateScope())
        {
            // Stored as the attestation would store it; the ceremony itself runs in the browser tests.
            var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
            var account = await users.FindByEmailAsync(user.Email);
            var passkey = new UserPasskeyInfo(credentialId, [1, 2, 3], DateTimeOffset.UtcNow, 0, ["internal"], true, false, false, [4], [5]) { Name = "Alter Laptop" };
            Assert.True((await users.AddOrUpdatePasskeyAsync(account!, passkey)).Succeeded);
        }
        var confirm = $"/Account/Passkeys?remove={Microsoft.AspNetCore.WebUtilities.WebEncoders.Base64UrlEncode(credentialId)}";
        Assert.Equal("Passkey „Alter Laptop“ entfernen", (await user.GetDocumentAsync(confirm)).Text("#remove h2"));

        var wrong = await user.SubmitAsync(confirm, [("RemovePassword", "nicht-das-passwort")], "form#remove");
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        Assert.StartsWith("Das Passwort stimmt nicht.", (await WebUser.ParseAsync(wrong)).Text("#RemovePassword-error"));
        Assert.Equal("Alter Laptop", (await user.GetDocumentAsync("/Account/Passkeys")).Text("#passkey-list tbody th"));

        var right = await user.SubmitAsync(confirm, [("RemovePassword", WebUser.Password)], "form#remove");
        Assert.StartsWith("Der Passkey „Alter Laptop“ ist entfernt.", (await user.FollowToDocumentAsync(right)).Text("[role=status]"));
        Assert.NotNull((await user.GetDocumentAsync("/Account/Passkeys")).QuerySelector("#no-passkeys"));
    }

    [Fact]
    public async Task AnAssertionWithoutOptionsIsRefusedInGerman()
    {
        var visitor = new WebUser(factory.CreateBrowserClient());

        var forged = await PostFormAsync(visitor, "/Account/Login", "/Account/Login?handler=Passkey", [("CredentialJson", """{"id":"AAAA","type":"public-key","response":{}}""")]);

        Assert.Equal(HttpStatusCode.OK, forged.StatusCode);
        Assert.Equal(["Mit diesem Passkey war keine Anmeldung möglich. Er ist vielleicht entfernt worden; melden Sie sich mit Ihrem Passwort an."], (await WebUser.ParseAsync(forged)).Errors());
    }

    [Fact]
    public async Task SignInOptionsNeedNoAddressAndAForgedAssertionIsRefusedInGerman()
    {
        var visitor = new WebUser(factory.CreateBrowserClient());

        var options = await PostFormAsync(visitor, "/Account/Login", "/Account/Login?handler=PasskeyOptions", []);
        var forged = await PostFormAsync(visitor, "/Account/Login", "/Account/Login?handler=Passkey", [("CredentialJson", """{"id":"AAAA","type":"public-key","response":{}}""")]);

        Assert.Equal(HttpStatusCode.OK, options.StatusCode);
        Assert.False(string.IsNullOrEmpty(Json(await options.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).GetProperty("challenge").GetString()));
        Assert.Equal(HttpStatusCode.OK, forged.StatusCode);
        Assert.Equal(["Mit diesem Passkey war keine Anmeldung möglich. Er ist vielleicht entfernt worden; melden Sie sich mit Ihrem Passwort an."], (await WebUser.ParseAsync(forged)).Errors());
        Assert.Equal(HttpStatusCode.Redirect, (await visitor.Client.GetAsync("/Networks", TestContext.Current.CancellationToken)).StatusCode);
    }

    private static JsonElement Json(string text) => JsonDocument.Parse(text).RootElement;

    /// <summary>Posts what passkeys.js posts: the page's antiforgery token and the given fields.</summary>
    private static async Task<HttpResponseMessage> PostFormAsync(WebUser user, string page, string action, IEnumerable<(string Name, string Value)> fields)
    {
        var token = (await user.GetDocumentAsync(page)).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var body = fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)).Append(new("__RequestVerificationToken", token));
        return await user.Client.PostAsync(action, new FormUrlEncodedContent(body), TestContext.Current.CancellationToken);
    }
}
