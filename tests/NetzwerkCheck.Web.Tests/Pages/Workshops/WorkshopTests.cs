using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using NetzwerkCheck.Web.Tests.Infrastructure;

namespace NetzwerkCheck.Web.Tests.Pages.Workshops;

public sealed partial class WorkshopTests(NetzwerkCheckFactory factory) : IClassFixture<NetzwerkCheckFactory>
{
    internal static async Task<(int Id, string Code)> OpenWorkshopAsync(WebUser facilitator)
    {
        var created = await facilitator.SubmitAsync("/Workshops", [("Input.Title", "Herausforderung Netzwerken")]);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var id = Html.IdFrom(created.Headers.Location!);
        var present = await facilitator.GetDocumentAsync($"/Workshops/Present/{id}");
        return (id, present.QuerySelector("#join-code")!.TextContent.Trim());
    }

    internal static async Task<WebUser> JoinAsync(HttpClient client, string code, string? nickname = null)
    {
        var participant = new WebUser(client);
        var joined = await participant.SubmitAsync("/w", [("Input.Code", code.ToLowerInvariant()), ("Input.Nickname", nickname)]);
        Assert.Equal(HttpStatusCode.Redirect, joined.StatusCode);
        Assert.Equal($"/w/{code}", joined.Headers.Location!.OriginalString);
        return participant;
    }

    private static Task<HttpResponseMessage> AnswerAsync(WebUser participant, string code, params (string, string?)[] values) =>
        participant.SubmitAsync($"/w/{code}", values);

    private static async Task<string> StageAsync(WebUser facilitator, int id) =>
        await (await facilitator.Client.GetAsync($"/Workshops/Present/{id}?handler=Stage", TestContext.Current.CancellationToken)).TextAsync();

    [Fact]
    public async Task ParticipantsJoinAnswerAndTheProjectorCountsThem()
    {
        var facilitator = await WebUser.RegisterAsync(factory);
        var (id, code) = await OpenWorkshopAsync(facilitator);
        Assert.Matches("^[A-HJ-NP-Z2-9]{6}$", code);

        var first = await JoinAsync(factory.CreateBrowserClient(), code, "Anna");
        var second = await JoinAsync(factory.CreateBrowserClient(), code);
        await AnswerAsync(first, code, ("Values", "hunter"));
        await AnswerAsync(second, code, ("Values", "gatherer"));

        var stage = await StageAsync(facilitator, id);
        var hidden = Html.Parse(stage);
        Assert.Equal("2", hidden.Text("#answer-count"));
        Assert.Equal("2 von 2 Personen haben geantwortet", hidden.Text(".stage-count"));
        Assert.DoesNotContain("Anna", stage);
        Assert.Equal("Die Ergebnisse erscheinen, sobald die Moderation sie zeigt.", hidden.Text(".stage-hidden"));
        Assert.Empty(hidden.QuerySelectorAll(".stage-bars"));

        await facilitator.SubmitAsync($"/Workshops/Present/{id}", [], "form[data-key=reveal]");
        var revealed = Html.Parse(await StageAsync(facilitator, id));
        Assert.Equal("Jäger – ich suche Aufträge: 1, Sammler – ich suche Wissen: 1", revealed.QuerySelector(".stage-bars")!.GetAttribute("aria-label"));
    }

    [Fact]
    public async Task AWorkshopFromBeforeSequencesWereStoredKeepsTheSevenQuestionsItRanWith()
    {
        var facilitator = await WebUser.RegisterAsync(factory);
        var (id, _) = await OpenWorkshopAsync(facilitator);
        // A row that existed before the migration got the column's default: SQLite keeps it as a SQL literal.
        var literal = await factory.WithDbAsync(db => db.Database
            .SqlQueryRaw<string>("SELECT \"dflt_value\" AS \"Value\" FROM pragma_table_info('Workshops') WHERE \"name\" = 'Questions'")
            .SingleAsync());
        var stored = literal[1..^1].Replace("''", "'", StringComparison.Ordinal);
        await factory.WithDbAsync(db => db.Database.ExecuteSqlAsync($"UPDATE \"Workshops\" SET \"Questions\" = {stored} WHERE \"Id\" = {id}"));

        var workshop = await factory.WithDbAsync(db => db.Workshops.AsNoTracking().SingleAsync(w => w.Id == id));
        Assert.Equal(
            ["style", "network-kinds", "conduct", "size", "member-interviews", "trial-period", "tip"],
            workshop.Questions.Select(q => q.Key));
        Assert.Equal(["hunter", "gatherer"], workshop.Questions[0].Options);
        Assert.Equal(Domain.Workshops.QuestionKind.OpenText, workshop.Questions[^1].Kind);
        Assert.Equal("Frage 1 von 7", Html.Parse(await StageAsync(facilitator, id)).Text(".stage-progress"));
    }

    [Fact]
    public async Task FacilitatorStepsAndParticipantsFollow()
    {
        var facilitator = await WebUser.RegisterAsync(factory);
        var (id, code) = await OpenWorkshopAsync(facilitator);
        var participant = await JoinAsync(factory.CreateBrowserClient(), code);

        await facilitator.SubmitAsync($"/Workshops/Present/{id}", [], "form[data-key=next]");
        await facilitator.SubmitAsync($"/Workshops/Present/{id}", [], "form[data-key=next]");
        await facilitator.SubmitAsync($"/Workshops/Present/{id}", [], "form[data-key=back]");

        await using var events = await LiveEvents.OpenAsync(participant.Client, $"/w/{code}/events");
        var (name, state) = await events.NextAsync();
        Assert.Equal(("state", """{"question":1,"closed":false}"""), (name, state.GetRawText()));
        var room = await participant.GetDocumentAsync($"/w/{code}");
        Assert.Contains("In welchen Arten von Netzwerken sind Sie unterwegs?", room.QuerySelector("h1")!.TextContent);
        Assert.Equal(3, room.QuerySelectorAll("input[type=checkbox][name=Values]").Length);
    }

    [Fact]
    public async Task ARepeatedAnswerCountsOnce()
    {
        var facilitator = await WebUser.RegisterAsync(factory);
        var (id, code) = await OpenWorkshopAsync(facilitator);
        var participant = await JoinAsync(factory.CreateBrowserClient(), code);
        await JoinAsync(participant.Client, code);

        await AnswerAsync(participant, code, ("Values", "hunter"));
        await AnswerAsync(participant, code, ("Values", "gatherer"));

        Assert.Equal(1, await factory.WithDbAsync(db => db.WorkshopParticipants.CountAsync(p => p.WorkshopId == id)));
        var answers = await factory.WithDbAsync(db => db.WorkshopAnswers.Where(a => a.WorkshopId == id).Select(a => a.Value).ToListAsync());
        Assert.Equal(["gatherer"], answers);
    }

    [Theory]
    [InlineData("Values", "spion", "Bitte wählen Sie eine der angebotenen Antworten.")]
    [InlineData("Values", null, "Bitte wählen Sie eine der angebotenen Antworten.")]
    [InlineData("questionKey", "conduct", "Inzwischen ist eine andere Frage dran.")]
    [InlineData("questionKey", "gibt-es-nicht", "Inzwischen ist eine andere Frage dran.")]
    public async Task BadAnswersGetAGermanMessage(string field, string? value, string message)
    {
        var facilitator = await WebUser.RegisterAsync(factory);
        var (id, code) = await OpenWorkshopAsync(facilitator);
        var participant = await JoinAsync(factory.CreateBrowserClient(), code);

        var response = await AnswerAsync(participant, code, field == "Values" ? [("Values", value)] : [("Values", "hunter"), (field, value)]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        (await WebUser.ParseAsync(response)).AssertError(message);
        Assert.Equal(0, await factory.WithDbAsync(db => db.WorkshopAnswers.CountAsync(a => a.WorkshopId == id)));
    }

    [Fact]
    public async Task OpenTextIsLimitedAndShownAsText()
    {
        var facilitator = await WebUser.RegisterAsync(factory);
        var (id, code) = await OpenWorkshopAsync(facilitator);
        var participant = await JoinAsync(factory.CreateBrowserClient(), code);
        for (var i = 0; i < 6; i++)
        {
            await facilitator.SubmitAsync($"/Workshops/Present/{id}", [], "form[data-key=next]");
        }

        var tooLong = await AnswerAsync(participant, code, ("Values", new string('x', 301)));
        (await WebUser.ParseAsync(tooLong)).AssertError("höchstens 300 Zeichen");
        await AnswerAsync(participant, code, ("Values", "<b>Zuhören</b> statt verkaufen"));
        await facilitator.SubmitAsync($"/Workshops/Present/{id}", [], "form[data-key=reveal]");

        var raw = await facilitator.Client.GetStringAsync($"/Workshops/Present/{id}?handler=Stage", TestContext.Current.CancellationToken);
        Assert.Contains("&lt;b&gt;Zuhören&lt;/b&gt; statt verkaufen", raw.Replace("&#xF6;", "ö", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("", "Bitte geben Sie den Code vom Bildschirm ein.")]
    [InlineData("ZZZZZZ", "Zu diesem Code gibt es keinen Workshop.")]
    public async Task UnknownCodesGetAGermanMessage(string code, string message)
    {
        var visitor = new WebUser(factory.CreateBrowserClient());

        var response = await visitor.SubmitAsync("/w", [("Input.Code", code)]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        (await WebUser.ParseAsync(response)).AssertError(message);
    }

    [Fact]
    public async Task TooLongNicknameIsRejected()
    {
        var facilitator = await WebUser.RegisterAsync(factory);
        var (_, code) = await OpenWorkshopAsync(facilitator);

        var response = await new WebUser(factory.CreateBrowserClient()).SubmitAsync("/w", [("Input.Code", code), ("Input.Nickname", new string('n', 41))]);

        (await WebUser.ParseAsync(response)).AssertError("Der Spitzname darf höchstens 40 Zeichen lang sein.");
    }

    [Fact]
    public async Task ClosedWorkshopRejectsAnswers()
    {
        var facilitator = await WebUser.RegisterAsync(factory);
        var (id, code) = await OpenWorkshopAsync(facilitator);
        var participant = await JoinAsync(factory.CreateBrowserClient(), code);
        var token = (await participant.GetDocumentAsync($"/w/{code}")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        await facilitator.SubmitAsync($"/Workshops/Present/{id}", [], "form[action*='handler=Close']");
        var answer = await participant.Client.PostAsync($"/w/{code}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["questionKey"] = "style",
            ["Values"] = "hunter",
        }), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Gone, answer.StatusCode);
        Assert.Contains("Dieser Workshop ist beendet", await answer.TextAsync());
        Assert.Equal(0, await factory.WithDbAsync(db => db.WorkshopAnswers.CountAsync(a => a.WorkshopId == id)));
        var join = await new WebUser(factory.CreateBrowserClient()).SubmitAsync("/w", [("Input.Code", code)]);
        Assert.Contains("Dieser Workshop ist schon beendet.", await join.TextAsync());
    }

    [Fact]
    public async Task AnotherUsersWorkshopIsNotFound()
    {
        var facilitator = await WebUser.RegisterAsync(factory);
        var (id, _) = await OpenWorkshopAsync(facilitator);
        var stranger = await WebUser.RegisterAsync(factory);
        var (own, _) = await OpenWorkshopAsync(stranger);
        var token = (await stranger.GetDocumentAsync($"/Workshops/Present/{own}")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        foreach (var url in new[] { $"/Workshops/Present/{id}", $"/Workshops/Present/{id}?handler=Stage", $"/Workshops/Present/{id}?handler=Events", $"/Workshops/Summary/{id}", $"/Workshops/Delete/{id}" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await stranger.Client.GetAsync(url, TestContext.Current.CancellationToken)).StatusCode);
        }
        foreach (var url in new[] { $"/Workshops/Present/{id}?handler=Next", $"/Workshops/Present/{id}?handler=Reveal", $"/Workshops/Present/{id}?handler=Close", $"/Workshops/Delete/{id}" })
        {
            var post = await stranger.Client.PostAsync(url, new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }), TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        }
        var untouched = await factory.WithDbAsync(db => db.Workshops.SingleAsync(w => w.Id == id));
        Assert.Equal((0, false, null), (untouched.CurrentQuestion, untouched.ResultsRevealed, untouched.ClosedUtc));
    }

    [Fact]
    public async Task DeletingRemovesTheWorkshopWithItsAnswers()
    {
        var facilitator = await WebUser.RegisterAsync(factory);
        var (id, code) = await OpenWorkshopAsync(facilitator);
        await AnswerAsync(await JoinAsync(factory.CreateBrowserClient(), code), code, ("Values", "hunter"));

        var deleted = await facilitator.SubmitAsync($"/Workshops/Delete/{id}", []);

        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Equal(0, await factory.WithDbAsync(db => db.Workshops.CountAsync(w => w.Id == id)));
        Assert.Equal(0, await factory.WithDbAsync(db => db.WorkshopAnswers.CountAsync(a => a.WorkshopId == id)));
        Assert.Equal(0, await factory.WithDbAsync(db => db.WorkshopParticipants.CountAsync(p => p.WorkshopId == id)));
    }

    [Fact]
    public async Task SummaryListsEveryQuestionWithItsAggregate()
    {
        var facilitator = await WebUser.RegisterAsync(factory);
        var (id, code) = await OpenWorkshopAsync(facilitator);
        await AnswerAsync(await JoinAsync(factory.CreateBrowserClient(), code), code, ("Values", "hunter"));

        var summary = await (await facilitator.Client.GetAsync($"/Workshops/Summary/{id}", TestContext.Current.CancellationToken)).TextAsync();

        Assert.Equal(7, HeadingNumber().Count(summary));
        var document = Html.Parse(summary);
        Assert.Equal("1", document.Fact("Teilnehmende"));
        Assert.Equal(["1 Antwort", "0 Antworten", "0 Antworten", "0 Antworten", "0 Antworten", "0 Antworten", "0 Antworten"], document.Texts(".summary-question > p.meta"));
    }

    [Fact]
    public async Task TheProjectorsLiveChannelCountsAnswersAsTheyArrive()
    {
        var facilitator = await WebUser.RegisterAsync(factory);
        var (id, code) = await OpenWorkshopAsync(facilitator);
        await using var projector = await LiveEvents.OpenAsync(facilitator.Client, $"/Workshops/Present/{id}?handler=Events");
        var first = await projector.UntilAsync(_ => true);
        Assert.Equal((0, 0, "style"), (first.GetProperty("participants").GetInt32(), first.GetProperty("respondents").GetInt32(), first.GetProperty("key").GetString()));

        var latest = first;
        for (var i = 0; i < 3; i++)
        {
            var phone = await JoinAsync(factory.CreateBrowserClient(), code, "Anna");
            await AnswerAsync(phone, code, ("Values", i == 1 ? "gatherer" : "hunter"));
            var expected = i + 1;
            latest = await projector.UntilAsync(s => s.GetProperty("respondents").GetInt32() == expected);
        }
        // Results stay hidden in the live state too until the facilitator shows them.
        Assert.Equal(3, latest.GetProperty("participants").GetInt32());
        Assert.Equal(0, latest.GetProperty("counts").GetArrayLength());

        await facilitator.SubmitAsync($"/Workshops/Present/{id}", [], "form[data-key=reveal]");
        var shown = await projector.UntilAsync(s => s.GetProperty("revealed").GetBoolean());
        var counts = shown.GetProperty("counts").EnumerateArray()
            .Select(c => (c.GetProperty("option").GetString(), c.GetProperty("label").GetString(), c.GetProperty("count").GetInt32()))
            .ToList();
        Assert.Equal([("hunter", "Jäger – ich suche Aufträge", 2), ("gatherer", "Sammler – ich suche Wissen", 1)], counts);
        Assert.DoesNotContain("Anna", shown.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheProjectorSpeaksTheFacilitatorsLanguageOnTheLiveChannelToo()
    {
        var facilitator = await WebUser.RegisterAsync(factory);
        var (id, code) = await OpenWorkshopAsync(facilitator);
        await AnswerAsync(await JoinAsync(factory.CreateBrowserClient(), code), code, ("Values", "hunter"));
        await facilitator.SwitchLanguageAsync("en-GB", "/Workshops");

        var present = await facilitator.GetDocumentAsync($"/Workshops/Present/{id}");
        var reveal = present.QuerySelector("#present-reveal")!;
        Assert.Equal("Show results (R)", reveal.TextContent.Trim());
        Assert.Equal("Hide results (R)", reveal.GetAttribute("data-label-hide"));
        Assert.Equal("Show results (R)", reveal.GetAttribute("data-label-show"));

        await facilitator.SubmitAsync($"/Workshops/Present/{id}", [], "form[data-key=reveal]");
        await using var projector = await LiveEvents.OpenAsync(facilitator.Client, $"/Workshops/Present/{id}?handler=Events");
        var shown = await projector.UntilAsync(s => s.GetProperty("revealed").GetBoolean());
        var labels = shown.GetProperty("counts").EnumerateArray().Select(c => c.GetProperty("label").GetString()).ToList();
        Assert.Equal(["Hunter – I’m looking for work", "Gatherer – I’m looking for knowledge"], labels);
        var stage = Html.Parse(await StageAsync(facilitator, id));
        Assert.Equal("Hunter – I’m looking for work: 1, Gatherer – I’m looking for knowledge: 0", stage.QuerySelector(".stage-bars")!.GetAttribute("aria-label"));
    }

    [Fact]
    public async Task PhonesFollowTheFacilitatorOverTheirLiveChannel()
    {
        var facilitator = await WebUser.RegisterAsync(factory);
        var (id, code) = await OpenWorkshopAsync(facilitator);
        var participant = await JoinAsync(factory.CreateBrowserClient(), code);
        await using var phone = await LiveEvents.OpenAsync(participant.Client, $"/w/{code}/events");
        Assert.Equal(0, (await phone.UntilAsync(_ => true)).GetProperty("question").GetInt32());

        await facilitator.SubmitAsync($"/Workshops/Present/{id}", [], "form[data-key=next]");
        await phone.UntilAsync(s => s.GetProperty("question").GetInt32() == 1);
        await facilitator.SubmitAsync($"/Workshops/Present/{id}", [], "form[action*='handler=Close']");
        await phone.UntilAsync(s => s.GetProperty("closed").GetBoolean());

        // A closed workshop's channel tells the browser to stop reconnecting.
        var again = await participant.Client.GetAsync($"/w/{code}/events", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NoContent, again.StatusCode);
    }

    [Fact]
    public async Task OnlyJoinedPhonesGetTheRoomAndNobodyLearnsWhichCodesExist()
    {
        var facilitator = await WebUser.RegisterAsync(factory);
        var (_, code) = await OpenWorkshopAsync(facilitator);
        var stranger = factory.CreateBrowserClient();

        foreach (var probe in new[] { code, "ZZZZZZ" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/w/{probe}/events", TestContext.Current.CancellationToken)).StatusCode);
            var room = await stranger.GetAsync($"/w/{probe}", TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.Redirect, room.StatusCode);
            Assert.Equal($"/w?Input.Code={probe}", room.Headers.Location!.OriginalString);
        }
        // The join form, reached that way, has the code filled in.
        var form = await new WebUser(stranger).GetDocumentAsync($"/w?Input.Code={code}");
        Assert.Equal(code, form.QuerySelector("#Input_Code")!.GetAttribute("value"));
    }

    [Fact]
    public async Task PostsWithoutAntiforgeryTokenAreRejected()
    {
        var facilitator = await WebUser.RegisterAsync(factory);
        var (id, code) = await OpenWorkshopAsync(facilitator);
        var participant = await JoinAsync(factory.CreateBrowserClient(), code);
        static FormUrlEncodedContent Form(params (string, string)[] fields) => new(fields.Select(f => new KeyValuePair<string, string>(f.Item1, f.Item2)));

        var answer = await participant.Client.PostAsync($"/w/{code}", Form(("questionKey", "style"), ("Values", "hunter")), TestContext.Current.CancellationToken);
        var join = await factory.CreateBrowserClient().PostAsync("/w", Form(("Input.Code", code)), TestContext.Current.CancellationToken);
        var next = await facilitator.Client.PostAsync($"/Workshops/Present/{id}?handler=Next", Form(), TestContext.Current.CancellationToken);

        Assert.Equal((HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.BadRequest), (answer.StatusCode, join.StatusCode, next.StatusCode));
        Assert.Equal(0, await factory.WithDbAsync(db => db.WorkshopAnswers.CountAsync(a => a.WorkshopId == id)));
        Assert.Equal(0, await factory.WithDbAsync(db => db.Workshops.Where(w => w.Id == id).Select(w => w.CurrentQuestion).SingleAsync()));
    }

    [Theory]
    [InlineData("style", new[] { "hunter", "gatherer" })]
    [InlineData("style", new[] { "1" })]
    [InlineData("style", new[] { "" })]
    public async Task TamperedValuesAreRefused(string questionKey, string[] values)
    {
        var facilitator = await WebUser.RegisterAsync(factory);
        var (id, code) = await OpenWorkshopAsync(facilitator);
        var participant = await JoinAsync(factory.CreateBrowserClient(), code);

        var response = await AnswerAsync(participant, code, [("questionKey", questionKey), .. values.Select(v => ("Values", (string?)v))]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        (await WebUser.ParseAsync(response)).AssertError("Bitte wählen Sie eine der angebotenen Antworten.");
        Assert.Equal(0, await factory.WithDbAsync(db => db.WorkshopAnswers.CountAsync(a => a.WorkshopId == id)));
    }

    [GeneratedRegex(@"<h2>\d\. ")]
    private static partial Regex HeadingNumber();
}
