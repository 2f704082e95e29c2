using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using NetzwerkCheck.Domain.Workshops;
using NetzwerkCheck.Web.Tests.Infrastructure;

namespace NetzwerkCheck.Web.Tests.Pages.Workshops;

/// <summary>Open answers reach the projector, the summary and the export only after the facilitator showed them.</summary>
public sealed class OpenAnswerTests(NetzwerkCheckFactory factory) : IClassFixture<NetzwerkCheckFactory>
{
    private static async Task<(WebUser Facilitator, int Id, string Code)> AtTheTipAsync(WebUser facilitator)
    {
        var (id, code) = await WorkshopTests.OpenWorkshopAsync(facilitator);
        for (var i = 0; i < 6; i++)
        {
            await facilitator.SubmitAsync($"/Workshops/Present/{id}", [], "form[data-key=next]");
        }
        await facilitator.SubmitAsync($"/Workshops/Present/{id}", [], "form[data-key=reveal]");
        return (facilitator, id, code);
    }

    private async Task AnswerAsync(string code, params string[] texts)
    {
        foreach (var text in texts)
        {
            var phone = await WorkshopTests.JoinAsync(factory.CreateBrowserClient(), code);
            Assert.Equal(HttpStatusCode.Redirect, (await phone.SubmitAsync($"/w/{code}", [("Values", text)])).StatusCode);
        }
    }

    private static async Task<AngleSharp.Html.Dom.IHtmlDocument> StageAsync(WebUser facilitator, int id) =>
        Html.Parse(await facilitator.Client.GetStringAsync($"/Workshops/Present/{id}?handler=Stage", TestContext.Current.CancellationToken));

    private static Task<HttpResponseMessage> ReviewAsync(WebUser facilitator, int id, string text, AnswerReview review) =>
        facilitator.SubmitAsync($"/Workshops/Moderate/{id}", [("review", review.ToString())], SelectorFor(text));

    private static string SelectorFor(string text) => $"li.moderate-answer[data-text='{text}'] form";

    [Fact]
    public async Task NewAnswersWaitForTheFacilitatorAndHiddenOnesNeverShow()
    {
        var (facilitator, id, code) = await AtTheTipAsync(await WebUser.RegisterAsync(factory));
        await AnswerAsync(code, "Zuhören", "Kauft bei mir!", "Zuhören ");

        var waiting = await StageAsync(facilitator, id);
        Assert.Equal("Noch keine Antwort freigegeben.", waiting.Text(".stage-hidden"));
        Assert.Equal("3 Antworten warten auf Ihre Prüfung.", waiting.Text(".stage-pending"));
        Assert.Empty(waiting.QuerySelectorAll(".stage-texts li"));

        var moderation = await facilitator.GetDocumentAsync($"/Workshops/Moderate/{id}");
        Assert.Equal(["Kauft bei mir!", "Zuhören", "Zuhören"], moderation.Texts(".moderate-text"));
        Assert.Equal("3 neue Antworten", moderation.Text("[data-new-count]"));

        Assert.Equal(HttpStatusCode.Redirect, (await ReviewAsync(facilitator, id, "Kauft bei mir!", AnswerReview.Hidden)).StatusCode);
        await facilitator.SubmitAsync($"/Workshops/Moderate/{id}", [], "form[action*='handler=ShowNew']");

        var shown = await StageAsync(facilitator, id);
        Assert.Equal(["Zuhören × 2"], shown.Texts(".stage-texts li"));
        Assert.Empty(shown.QuerySelectorAll(".stage-pending"));
        var summary = await facilitator.GetDocumentAsync($"/Workshops/Summary/{id}");
        Assert.Equal(["Zuhören × 2"], summary.Texts(".summary-texts li"));
        Assert.Equal(["ausgeblendet", "sichtbar", "sichtbar"], (await facilitator.GetDocumentAsync($"/Workshops/Moderate/{id}")).Texts("[data-state]"));
    }

    [Fact]
    public async Task AChangedAnswerIsNewAgainAndTheSameAnswerKeepsItsReview()
    {
        var (facilitator, id, code) = await AtTheTipAsync(await WebUser.RegisterAsync(factory));
        var phone = await WorkshopTests.JoinAsync(factory.CreateBrowserClient(), code);
        await phone.SubmitAsync($"/w/{code}", [("Values", "Geduld")]);
        await facilitator.SubmitAsync($"/Workshops/Moderate/{id}", [], "form[action*='handler=ShowNew']");

        await phone.SubmitAsync($"/w/{code}", [("Values", "Geduld")]);
        Assert.Equal(["Geduld"], (await StageAsync(facilitator, id)).Texts(".stage-texts li"));

        await phone.SubmitAsync($"/w/{code}", [("Values", "Jetzt etwas ganz anderes")]);
        var stage = await StageAsync(facilitator, id);
        Assert.Empty(stage.QuerySelectorAll(".stage-texts li"));
        Assert.Equal("1 Antwort wartet auf Ihre Prüfung.", stage.Text(".stage-pending"));
    }

    [Fact]
    public async Task ManyDifferentAnswersBecomeAWordCloud()
    {
        var (facilitator, id, code) = await AtTheTipAsync(await WebUser.RegisterAsync(factory));
        await AnswerAsync(code, [.. Enumerable.Range(1, 8).Select(i => $"Zuhören Nummer{new string('x', i)}"), "Zuhören und fragen"]);
        await facilitator.SubmitAsync($"/Workshops/Moderate/{id}", [], "form[action*='handler=ShowNew']");

        var cloud = (await StageAsync(facilitator, id)).QuerySelector("svg.word-cloud")!;
        Assert.StartsWith("Häufigste Wörter: Zuhören (9), fragen (1), ", cloud.GetAttribute("aria-label"), StringComparison.Ordinal);
        Assert.Equal(10, cloud.QuerySelectorAll("text").Length);
    }

    [Fact]
    public async Task OnlyTheOwnerReviewsAndOnlyOpenAnswersOfTheirWorkshop()
    {
        var (facilitator, id, code) = await AtTheTipAsync(await WebUser.RegisterAsync(factory));
        await AnswerAsync(code, "Geduld");
        var stranger = await WebUser.RegisterAsync(factory);
        var (_, own, ownCode) = await AtTheTipAsync(stranger);
        await AnswerAsync(ownCode, "Eigenes");
        var foreignAnswer = await factory.WithDbAsync(db => db.WorkshopAnswers.Where(a => a.WorkshopId == id).Select(a => a.Id).SingleAsync());
        var styleAnswer = await factory.WithDbAsync(async db =>
        {
            var participant = await db.WorkshopParticipants.FirstAsync(p => p.WorkshopId == own);
            db.WorkshopAnswers.Add(new WorkshopAnswer { WorkshopId = own, ParticipantId = participant.Id, QuestionKey = "style", Value = "hunter" });
            await db.SaveChangesAsync();
            return await db.WorkshopAnswers.Where(a => a.WorkshopId == own && a.QuestionKey == "style").Select(a => a.Id).SingleAsync();
        });

        Assert.Equal(HttpStatusCode.NotFound, (await stranger.Client.GetAsync($"/Workshops/Moderate/{id}", TestContext.Current.CancellationToken)).StatusCode);
        // The stranger's own workshop with the facilitator's answer id, and an answer that is not open text.
        var viaOwn = await stranger.SubmitAsync($"/Workshops/Moderate/{own}", [("answerId", foreignAnswer.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("review", "Shown")], SelectorFor("Eigenes"));
        var choice = await stranger.SubmitAsync($"/Workshops/Moderate/{own}", [("answerId", styleAnswer.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("review", "Hidden")], SelectorFor("Eigenes"));
        var backToNew = await stranger.SubmitAsync($"/Workshops/Moderate/{own}", [("review", "New")], SelectorFor("Eigenes"));
        var showAllForeign = await stranger.SubmitAsync($"/Workshops/Moderate/{own}", [("questionKey", "style")], "form[action*='handler=ShowNew']");
        var noToken = await stranger.Client.PostAsync($"/Workshops/Moderate/{own}?handler=ShowNew", new FormUrlEncodedContent([new("questionKey", "tip")]), TestContext.Current.CancellationToken);

        Assert.Equal(
            (HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.BadRequest, HttpStatusCode.NotFound, HttpStatusCode.BadRequest),
            (viaOwn.StatusCode, choice.StatusCode, backToNew.StatusCode, showAllForeign.StatusCode, noToken.StatusCode));
        var reviews = await factory.WithDbAsync(db => db.WorkshopAnswers.Where(a => a.WorkshopId == id || a.WorkshopId == own).OrderBy(a => a.Id).Select(a => a.Review).ToListAsync());
        Assert.Equal([AnswerReview.New, AnswerReview.New, AnswerReview.New], reviews);
    }

    [Fact]
    public async Task TheExportHoldsAggregatesAndShownAnswersOnly()
    {
        var (facilitator, id, code) = await AtTheTipAsync(await WebUser.RegisterAsync(factory));
        await AnswerAsync(code, "=HYPERLINK(\"x\")", "Geheim");
        await ReviewAsync(facilitator, id, "Geheim", AnswerReview.Hidden);
        await facilitator.SubmitAsync($"/Workshops/Moderate/{id}", [], "form[action*='handler=ShowNew']");

        var csvResponse = await facilitator.Client.GetAsync($"/Workshops/Summary/{id}?handler=Csv", TestContext.Current.CancellationToken);
        Assert.Equal("text/csv", csvResponse.Content.Headers.ContentType!.MediaType);
        Assert.StartsWith("workshop-", csvResponse.Content.Headers.ContentDisposition!.FileNameStar ?? csvResponse.Content.Headers.ContentDisposition.FileName, StringComparison.Ordinal);
        var csv = (await csvResponse.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Nr.;Frage;Antworten;Durchschnitt;Antwort;Anzahl", csv[0]);
        Assert.Equal("1;Jäger oder Sammler: Wie nutzen Sie Netzwerke vor allem?;0;;Jäger – ich suche Aufträge;0", csv[1]);
        Assert.Equal(["7;Ihr wichtigster Tipp fürs Netzwerken?;2;;\"'=HYPERLINK(\"\"x\"\")\";1"], csv.Where(line => line.StartsWith("7;", StringComparison.Ordinal)));
        Assert.StartsWith("8;Was bringen Sie ein?;0;;", csv[^1], StringComparison.Ordinal);
        Assert.DoesNotContain(csv, line => line.Contains("Geheim", StringComparison.Ordinal));

        using var json = JsonDocument.Parse(await facilitator.Client.GetStringAsync($"/Workshops/Summary/{id}?handler=Json", TestContext.Current.CancellationToken));
        var questions = json.RootElement.GetProperty("questions");
        Assert.Equal(8, questions.GetArrayLength()); // the debrief slide is no question
        var tip = questions[6];
        Assert.Equal(("tip", "OpenText", 2), (tip.GetProperty("key").GetString(), tip.GetProperty("kind").GetString(), tip.GetProperty("respondents").GetInt32()));
        Assert.Equal(["=HYPERLINK(\"x\")"], tip.GetProperty("texts").EnumerateArray().Select(t => t.GetProperty("text").GetString()));
        Assert.Equal(2, json.RootElement.GetProperty("participants").GetInt32());

        var stranger = await WebUser.RegisterAsync(factory);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.Client.GetAsync($"/Workshops/Summary/{id}?handler=Csv", TestContext.Current.CancellationToken)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.Client.GetAsync($"/Workshops/Summary/{id}?handler=Json", TestContext.Current.CancellationToken)).StatusCode);
    }
}
