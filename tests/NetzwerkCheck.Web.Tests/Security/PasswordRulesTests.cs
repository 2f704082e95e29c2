using System.Net;
using NetzwerkCheck.Web.Infrastructure.Passwords;
using NetzwerkCheck.Web.Tests.Infrastructure;

namespace NetzwerkCheck.Web.Tests.Security;

/// <summary>Common and breached passwords are refused with the reason, in German and in English; the length rule stays.</summary>
public sealed class PasswordRulesTests(NetzwerkCheckFactory factory) : IClassFixture<NetzwerkCheckFactory>
{
    private const string Reason = "Dieses Passwort gehört zu den meistbenutzten Passwörtern und wird bei Angriffen als eines der ersten ausprobiert. Bitte wählen Sie ein anderes.";

    [Fact]
    public void TheShippedListHoldsTheMostCommonPasswords()
    {
        Assert.True(CommonPasswordValidator.Count > 40_000, $"Only {CommonPasswordValidator.Count} passwords in the list.");
        Assert.True(CommonPasswordValidator.IsCommon("1234567890"));
        Assert.True(CommonPasswordValidator.IsCommon(" QwertyUIOP "));
        Assert.True(CommonPasswordValidator.IsCommon("password123"));
        Assert.False(CommonPasswordValidator.IsCommon(WebUser.Password));
    }

    [Theory]
    [InlineData("1234567890")]
    [InlineData("qwertyuiop")]
    [InlineData("Password123")]
    public async Task RegistrationRefusesACommonPasswordAndSaysWhy(string password)
    {
        var visitor = new WebUser(factory.CreateBrowserClient());

        var response = await visitor.SubmitAsync("/Account/Register", [
            ("Input.Email", $"neu-{Guid.NewGuid():N}@example.org"), ("Input.Password", password), ("Input.ConfirmPassword", password)]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        (await WebUser.ParseAsync(response)).AssertError(Reason);
    }

    [Theory]
    [InlineData("Netzwerkcheck2026!")]
    [InlineData("mein-netzwerkcheck-konto")]
    [InlineData("Brunhilde.Meier-2026")]
    public async Task RegistrationRefusesThePagesNameAndPartsOfTheOwnAddress(string password)
    {
        var visitor = new WebUser(factory.CreateBrowserClient());

        var response = await visitor.SubmitAsync("/Account/Register", [
            ("Input.Email", $"brunhilde.meier-{Guid.NewGuid():N}@example.org"), ("Input.Password", password), ("Input.ConfirmPassword", password)]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        (await WebUser.ParseAsync(response)).AssertError("Das Passwort enthält den Namen dieser Seite oder einen Teil Ihrer E-Mail-Adresse – beides wird bei Angriffen zuerst ausprobiert. Bitte wählen Sie ein anderes.");
    }

    [Fact]
    public async Task AnAddressPartInsideAnUnrelatedPasswordIsNoProblemWhenShort()
    {
        var visitor = new WebUser(factory.CreateBrowserClient());

        // "al" is part of the address, but too short to count.
        var response = await visitor.SubmitAsync("/Account/Register", [
            ("Input.Email", $"al-{Guid.NewGuid():N}@example.org"), ("Input.Password", "Kaltes Wasser im Glas"), ("Input.ConfirmPassword", "Kaltes Wasser im Glas")]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    [Fact]
    public async Task TheReasonIsEnglishWhenEnglishIsChosen()
    {
        var visitor = new WebUser(factory.CreateBrowserClient());
        await visitor.SwitchLanguageAsync("en-GB", "/Account/Register");

        var response = await visitor.SubmitAsync("/Account/Register", [
            ("Input.Email", $"neu-{Guid.NewGuid():N}@example.org"), ("Input.Password", "1234567890"), ("Input.ConfirmPassword", "1234567890")]);

        (await WebUser.ParseAsync(response)).AssertError("This password is one of the most widely used and among the first that attackers try. Please choose another one.");
    }

    [Fact]
    public async Task ChangingToACommonPasswordIsRefusedAndTheOldOneStays()
    {
        var user = await WebUser.RegisterAsync(factory);

        var response = await user.SubmitAsync("/Account/Manage", [
            ("Input.CurrentPassword", WebUser.Password), ("Input.NewPassword", "1234567890"), ("Input.ConfirmPassword", "1234567890")]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        (await WebUser.ParseAsync(response)).AssertError(Reason);
        var signIn = await new WebUser(factory.CreateBrowserClient()).SubmitAsync("/Account/Login", [("Input.Email", user.Email), ("Input.Password", WebUser.Password)]);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
    }

    [Fact]
    public async Task TheLengthRuleStays()
    {
        var visitor = new WebUser(factory.CreateBrowserClient());

        var response = await visitor.SubmitAsync("/Account/Register", [
            ("Input.Email", $"neu-{Guid.NewGuid():N}@example.org"), ("Input.Password", "kurz-x7"), ("Input.ConfirmPassword", "kurz-x7")]);

        (await WebUser.ParseAsync(response)).AssertError("Das Passwort muss zwischen 10 und 128 Zeichen lang sein.");
    }
}
