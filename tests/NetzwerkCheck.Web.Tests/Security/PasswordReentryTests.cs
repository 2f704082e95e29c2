using System.Net;
using NetzwerkCheck.Web.Tests.Infrastructure;

namespace NetzwerkCheck.Web.Tests.Security;

/// <summary>
/// Asking for the password again (change password, delete account) is no way around the sign-in's lock-out:
/// wrong guesses count toward it and the pages are rate-limited, so 60 guesses in a row are impossible.
/// </summary>
public sealed class PasswordReentryTests(ShippedPasswordReentryFactory factory) : IClassFixture<ShippedPasswordReentryFactory>
{
    private const string Locked = "Nach mehreren falschen Passwörtern ist das Konto für 15 Minuten gesperrt.";

    [Fact]
    public async Task SixtyGuessesAtTheCurrentPasswordAreNotPossible()
    {
        var user = await WebUser.RegisterAsync(factory);
        var token = (await user.GetDocumentAsync("/Account/Manage")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        var answers = new List<HttpStatusCode>();
        var messages = new List<string>();
        for (var guess = 0; guess < 60; guess++)
        {
            var response = await user.Client.PostAsync("/Account/Manage?handler=ChangePassword", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = token,
                ["Input.CurrentPassword"] = $"geraten-{guess:D4}-xyz",
                ["Input.NewPassword"] = "ganz-neues-passwort-7",
                ["Input.ConfirmPassword"] = "ganz-neues-passwort-7",
            }), TestContext.Current.CancellationToken);
            answers.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.OK)
            {
                messages.Add(string.Join(" | ", (await WebUser.ParseAsync(response)).Errors()));
            }
        }

        // Five wrong passwords lock the account; the budget of ten ends the rest with 429.
        Assert.Equal(10, answers.Count(a => a == HttpStatusCode.OK));
        Assert.Equal(50, answers.Count(a => a == HttpStatusCode.TooManyRequests));
        Assert.All(messages.Skip(4), m => Assert.Contains(Locked, m, StringComparison.Ordinal));

        // Locked: the right password does not get in anywhere now.
        var signIn = await new WebUser(factory.CreateBrowserClient()).SubmitAsync("/Account/Login", [("Input.Email", user.Email), ("Input.Password", WebUser.Password)]);
        Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
    }

    [Fact]
    public async Task WrongPasswordsOnAccountDeletionLockTheAccount()
    {
        var user = await WebUser.RegisterAsync(factory);
        for (var guess = 0; guess < 5; guess++)
        {
            var wrong = await user.SubmitAsync("/Account/Data", [("Input.Password", $"falsch-{guess}-passwort"), ("Input.Confirm", "true")]);
            Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        }

        var right = await user.SubmitAsync("/Account/Data", [("Input.Password", WebUser.Password), ("Input.Confirm", "true")]);

        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        (await WebUser.ParseAsync(right)).AssertError(Locked);
        Assert.Equal(HttpStatusCode.OK, (await user.Client.GetAsync("/Account/Data", TestContext.Current.CancellationToken)).StatusCode);
    }

    [Fact]
    public async Task ARightPasswordClearsTheCountAndShowingThePageCostsNothing()
    {
        var user = await WebUser.RegisterAsync(factory);
        for (var i = 0; i < 30; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await user.Client.GetAsync("/Account/Manage", TestContext.Current.CancellationToken)).StatusCode);
        }
        for (var guess = 0; guess < 4; guess++)
        {
            await user.SubmitAsync("/Account/Manage", [("Input.CurrentPassword", $"falsch-{guess}-passwort"), ("Input.NewPassword", "ganz-neues-passwort-7"), ("Input.ConfirmPassword", "ganz-neues-passwort-7")]);
        }

        var right = await user.SubmitAsync("/Account/Manage", [("Input.CurrentPassword", WebUser.Password), ("Input.NewPassword", "ganz-neues-passwort-7"), ("Input.ConfirmPassword", "ganz-neues-passwort-7")]);

        Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
    }
}
