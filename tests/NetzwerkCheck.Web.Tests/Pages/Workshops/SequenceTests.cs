using System.Net;
using Microsoft.EntityFrameworkCore;
using NetzwerkCheck.Web.Tests.Infrastructure;

namespace NetzwerkCheck.Web.Tests.Pages.Workshops;

/// <summary>Before the first answer the facilitator shapes the sequence: own questions, order, removal.</summary>
public sealed class SequenceTests(NetzwerkCheckFactory factory) : IClassFixture<NetzwerkCheckFactory>
{
    private static Task<HttpResponseMessage> AddAsync(WebUser facilitator, int id, string? kind, string? text, string? options = null) =>
        facilitator.SubmitAsync($"/Workshops/Questions/{id}", [("Input.Kind", kind), ("Input.Text", text), ("Input.Options", options)], "#question-add");

    private static Task<HttpResponseMessage> ActAsync(WebUser facilitator, int id, string key, string action) =>
        facilitator.SubmitAsync($"/Workshops/Questions/{id}", [], $"li[data-key='{key}'] form[data-action='{action}']");

    private Task<List<string>> KeysAsync(int id) =>
        factory.WithDbAsync(async db => (await db.Workshops.AsNoTracking().SingleAsync(w => w.Id == id)).Questions.Select(q => q.Key).ToList());

    [Fact]
    public async Task AnOwnSingleChoiceQuestionJoinsTheSequenceAndThePhonesAnswerIt()
    {
        var facilitator = await WebUser.RegisterAsync(factory);
        var (id, code) = await WorkshopTests.OpenWorkshopAsync(facilitator);

        var added = await AddAsync(facilitator, id, "SingleChoice", "Wie oft treffen Sie sich?", "monatlich\nwöchentlich\n\nseltener");
        var page = await facilitator.FollowToDocumentAsync(added);
        Assert.Equal("Ihre Frage steht jetzt an Stelle 10.", page.Text(".notice"));
        Assert.Equal("10 Fragen", page.Text("#sequence-heading"));
        Assert.Equal("Wie oft treffen Sie sich?", page.Text("li[data-key='own-1'] .sequence-question"));
        Assert.Equal("monatlich · wöchentlich · seltener", page.Text("li[data-key='own-1'] .sequence-options"));

        // Own question first: up nine times, then the first built-in goes.
        for (var i = 0; i < 9; i++)
        {
            Assert.Equal(HttpStatusCode.Redirect, (await ActAsync(facilitator, id, "own-1", "up")).StatusCode);
        }
        await ActAsync(facilitator, id, "style", "remove");
        await ActAsync(facilitator, id, "tip", "up");
        Assert.Equal(["own-1", "network-kinds", "conduct", "size", "member-interviews", "tip", "trial-period", "contributions", "debrief"], await KeysAsync(id));

        var phone = await WorkshopTests.JoinAsync(factory.CreateBrowserClient(), code);
        var room = await phone.GetDocumentAsync($"/w/{code}");
        Assert.Equal("Wie oft treffen Sie sich?", room.Text("h1.room-question"));
        Assert.Equal(["monatlich", "wöchentlich", "seltener"], room.Texts("label.choice span"));
        Assert.Equal(HttpStatusCode.Redirect, (await phone.SubmitAsync($"/w/{code}", [("Values", "wöchentlich")])).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await phone.SubmitAsync($"/w/{code}", [("Values", "täglich")])).StatusCode);

        await facilitator.SubmitAsync($"/Workshops/Present/{id}", [], "form[data-key=reveal]");
        var stage = Html.Parse(await facilitator.Client.GetStringAsync($"/Workshops/Present/{id}?handler=Stage", TestContext.Current.CancellationToken));
        Assert.Equal("Frage 1 von 9", stage.Text(".stage-progress"));
        Assert.Equal("monatlich: 0, wöchentlich: 1, seltener: 0", stage.QuerySelector(".stage-bars")!.GetAttribute("aria-label"));
    }

    [Theory]
    [InlineData(null, "Frage?", null, "Bitte wählen Sie, wie die Teilnehmenden antworten.")]
    [InlineData("MultipleChoice", "Frage?", "a\nb", "Bitte wählen Sie, wie die Teilnehmenden antworten.")]
    [InlineData("99", "Frage?", null, "Der Wert „99“ ist hier nicht gültig.")]
    [InlineData("OpenText", "  ", null, "Bitte schreiben Sie die Frage auf.")]
    [InlineData("SingleChoice", "Frage?", "nur eine", "Bitte geben Sie mindestens 2 Antworten zur Auswahl an, eine pro Zeile.")]
    [InlineData("SingleChoice", "Frage?", "Ja\nja", "Jede Antwort zur Auswahl darf nur einmal vorkommen.")]
    public async Task BadQuestionsGetAGermanMessageAndKeepWhatWasTyped(string? kind, string text, string? options, string message)
    {
        var facilitator = await WebUser.RegisterAsync(factory);
        var (id, _) = await WorkshopTests.OpenWorkshopAsync(facilitator);

        var response = await AddAsync(facilitator, id, kind, text, options);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await WebUser.ParseAsync(response);
        page.AssertError(message);
        Assert.Equal(text, page.QuerySelector("#Input_Text")!.GetAttribute("value") ?? "");
        Assert.Equal(9, (await KeysAsync(id)).Count);
    }

    [Fact]
    public async Task TooLongTextIsRefused()
    {
        var facilitator = await WebUser.RegisterAsync(factory);
        var (id, _) = await WorkshopTests.OpenWorkshopAsync(facilitator);

        var page = await WebUser.ParseAsync(await AddAsync(facilitator, id, "OpenText", new string('x', 161)));

        page.AssertError("Die Frage darf höchstens 160 Zeichen lang sein.");
    }

    [Fact]
    public async Task OnceTheFirstAnswerIsInTheSequenceStays()
    {
        var facilitator = await WebUser.RegisterAsync(factory);
        var (id, code) = await WorkshopTests.OpenWorkshopAsync(facilitator);
        var before = await facilitator.GetDocumentAsync($"/Workshops/Questions/{id}");
        var phone = await WorkshopTests.JoinAsync(factory.CreateBrowserClient(), code);
        await phone.SubmitAsync($"/w/{code}", [("Values", "hunter")]);

        var token = before.QuerySelector("#question-add input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var remove = await facilitator.Client.PostAsync(
            $"/Workshops/Questions/{id}?handler=Remove",
            new FormUrlEncodedContent([new("key", "style"), new("__RequestVerificationToken", token)]),
            TestContext.Current.CancellationToken);

        var page = await WebUser.ParseAsync(remove);
        page.AssertError("Der Workshop hat schon Antworten oder ist geschlossen: Der Ablauf lässt sich nicht mehr ändern.");
        Assert.Null(page.QuerySelector("#question-add"));
        Assert.Empty(page.QuerySelectorAll("form[data-action]"));
        Assert.Equal(9, (await KeysAsync(id)).Count);
    }

    [Fact]
    public async Task UnknownKeysTheLastItemAndStrangersAreRefused()
    {
        var facilitator = await WebUser.RegisterAsync(factory);
        var (id, _) = await WorkshopTests.OpenWorkshopAsync(facilitator);
        var token = (await facilitator.GetDocumentAsync($"/Workshops/Questions/{id}")).QuerySelector("#question-add input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        Task<HttpResponseMessage> PostAsync(WebUser user, string handler, string key) => user.Client.PostAsync(
            $"/Workshops/Questions/{id}?handler={handler}",
            new FormUrlEncodedContent([new("key", key), new("__RequestVerificationToken", token)]),
            TestContext.Current.CancellationToken);

        (await WebUser.ParseAsync(await PostAsync(facilitator, "Remove", "own-99"))).AssertError("Diese Frage gibt es im Ablauf nicht (mehr). Hier ist der aktuelle Stand.");
        (await WebUser.ParseAsync(await PostAsync(facilitator, "Up", "style"))).AssertError("Diese Frage steht schon am Rand des Ablaufs.");
        foreach (var key in new[] { "style", "network-kinds", "conduct", "size", "member-interviews", "trial-period", "contributions", "debrief" })
        {
            await PostAsync(facilitator, "Remove", key);
        }
        (await WebUser.ParseAsync(await PostAsync(facilitator, "Remove", "tip"))).AssertError("Ein Workshop braucht mindestens eine Frage.");
        Assert.Equal(["tip"], await KeysAsync(id));

        var stranger = await WebUser.RegisterAsync(factory);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.Client.GetAsync($"/Workshops/Questions/{id}", TestContext.Current.CancellationToken)).StatusCode);
        var (own, _) = await WorkshopTests.OpenWorkshopAsync(stranger);
        var strangerToken = (await stranger.GetDocumentAsync($"/Workshops/Questions/{own}")).QuerySelector("#question-add input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var foreign = await stranger.Client.PostAsync(
            $"/Workshops/Questions/{id}?handler=Add",
            new FormUrlEncodedContent([new("Input.Kind", "OpenText"), new("Input.Text", "Fremd?"), new("__RequestVerificationToken", strangerToken)]),
            TestContext.Current.CancellationToken);
        var noToken = await facilitator.Client.PostAsync(
            $"/Workshops/Questions/{id}?handler=Add",
            new FormUrlEncodedContent([new("Input.Kind", "OpenText"), new("Input.Text", "Ohne Token?")]),
            TestContext.Current.CancellationToken);

        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.BadRequest), (foreign.StatusCode, noToken.StatusCode));
        Assert.Equal(["tip"], await KeysAsync(id));
    }
}
