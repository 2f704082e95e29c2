using System.Net;
using Microsoft.EntityFrameworkCore;
using NetzwerkCheck.Domain.Workshops;
using NetzwerkCheck.Web.Tests.Infrastructure;
using NetzwerkCheck.Web.Tests.Pages.Workshops;

namespace NetzwerkCheck.Web.Tests.Security;

/// <summary>The known cases behind <see cref="MalformedInputEverywhereTests"/>: each answers with a message, none with 500.</summary>
public sealed class BadValueTests(NetzwerkCheckFactory factory) : IClassFixture<NetzwerkCheckFactory>
{
    [Fact]
    public async Task ACheckboxWithAnythingButTrueOrFalseGetsAGermanMessageAndNoStackTrace()
    {
        var user = await WebUser.RegisterAsync(factory);
        var visitor = new WebUser(factory.CreateBrowserClient());

        var login = await visitor.SubmitAsync("/Account/Login", [("Input.Email", user.Email), ("Input.Password", WebUser.Password), ("Input.RememberMe", "1")]);
        var deletion = await user.SubmitAsync("/Account/Data", [("Input.Password", WebUser.Password), ("Input.Confirm", "ja")]);

        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        (await WebUser.ParseAsync(login)).AssertError("Der Wert „1“ ist für „Angemeldet bleiben“ nicht gültig.");
        Assert.Equal(HttpStatusCode.OK, deletion.StatusCode);
        (await WebUser.ParseAsync(deletion)).AssertError("Der Wert „ja“ ist für „Ich verstehe, dass alle Netzwerke und Bewertungen endgültig gelöscht werden.“ nicht gültig.");
        Assert.Equal(HttpStatusCode.OK, (await user.Client.GetAsync("/Account/Data", TestContext.Current.CancellationToken)).StatusCode);

        var logs = await Eventually.ValueAsync(
            () => Task.FromResult(LogFiles.Read(factory)),
            text => text.Contains("HTTP POST /Account/Data responded 200", StringComparison.Ordinal),
            "The deletion attempt never reached the log.");
        Assert.DoesNotContain("Exception", logs);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task AnEmptyAnswerToTheOpenQuestionIsRefusedWithAMessage(string answer)
    {
        var facilitator = await WebUser.RegisterAsync(factory);
        var (id, code) = await WorkshopTests.OpenWorkshopAsync(facilitator);
        await factory.WithDbAsync(db => db.Workshops.Where(w => w.Id == id)
            .ExecuteUpdateAsync(s => s.SetProperty(w => w.CurrentQuestion, OwnerWorld.OpenTextIndex)));
        var participant = await WorkshopTests.JoinAsync(factory.CreateBrowserClient(), code);

        var response = await participant.SubmitAsync($"/w/{code}", [("Values", answer)]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        (await WebUser.ParseAsync(response)).AssertError("Bitte schreiben Sie eine Antwort mit höchstens 300 Zeichen.");
        Assert.Equal(0, await factory.WithDbAsync(db => db.WorkshopAnswers.CountAsync(a => a.WorkshopId == id)));
    }
}
