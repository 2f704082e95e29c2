using System.Net;
using Microsoft.EntityFrameworkCore;
using NetzwerkCheck.Web.Tests.Infrastructure;

namespace NetzwerkCheck.Web.Tests.Pages.Surveys;

public sealed class SurveyTests(NetzwerkCheckFactory factory) : IClassFixture<NetzwerkCheckFactory>
{
    private static readonly (string, string?)[] GoodAnswer =
    [
        ("Input.ConductRating", "4"), ("Input.ValueRating", "3"), ("Input.SeenAs", "Referral"), ("Input.WouldRecommend", "true"),
    ];

    private async Task<(WebUser Owner, int NetworkId, string Link)> OpenSurveyAsync()
    {
        var owner = await WebUser.RegisterAsync(factory);
        var networkId = await owner.CreateNetworkAsync("Empfehlungsrunde West");
        var open = await owner.SubmitAsync($"/Surveys/{networkId}", [], "form[action*='handler=Open']");
        Assert.Equal(HttpStatusCode.Redirect, open.StatusCode);
        var page = await owner.GetDocumentAsync($"/Surveys/{networkId}");
        var link = new Uri(page.QuerySelector("#share-url")!.GetAttribute("value")!).AbsolutePath;
        return (owner, networkId, link);
    }

    private WebUser Respondent() => new(factory.CreateBrowserClient());

    private static Task<HttpResponseMessage> AnswerAsync(WebUser respondent, string link, params (string, string?)[] answer) =>
        respondent.SubmitAsync(link, answer.Length == 0 ? GoodAnswer : answer);

    [Fact]
    public async Task LinkTokenIsUnguessable()
    {
        var (_, _, link) = await OpenSurveyAsync();
        var token = link["/umfrage/".Length..];

        Assert.True(token.Length >= 43, token); // 32 random bytes in base64url = 256 bits
        Assert.Matches("^[A-Za-z0-9_-]+$", token);
    }

    [Fact]
    public async Task AggregateAppearsOnlyFromTheMinimumNumberOfAnswers()
    {
        var (owner, networkId, link) = await OpenSurveyAsync();
        await AnswerAsync(Respondent(), link);
        await AnswerAsync(Respondent(), link, ("Input.ConductRating", "2"), ("Input.ValueRating", "2"), ("Input.SeenAs", "Knowledge"), ("Input.WouldRecommend", "false"));

        var twoAnswers = await (await owner.Client.GetAsync($"/Surveys/{networkId}", TestContext.Current.CancellationToken)).TextAsync();
        Assert.Contains("Noch 1 Antwort, dann sehen Sie die Auswertung.", twoAnswers);
        Assert.DoesNotContain("Umgang im Durchschnitt", twoAnswers);

        await AnswerAsync(Respondent(), link, ("Input.ConductRating", "5"), ("Input.ValueRating", "4"), ("Input.SeenAs", "Referral"), ("Input.WouldRecommend", "true"));
        var threeAnswers = await owner.GetDocumentAsync($"/Surveys/{networkId}");
        Assert.Equal("3,7 von 5", threeAnswers.Fact("Umgang im Durchschnitt")); // (4 + 2 + 5) / 3
        Assert.Equal("3,0 von 5", threeAnswers.Fact("Nutzen im Durchschnitt")); // (3 + 2 + 4) / 3
        Assert.Equal("67 %", threeAnswers.Fact("Würden es empfehlen"));
        Assert.Contains("So sehen die Mitglieder den Kerngedanken", threeAnswers.Body!.TextContent);
    }

    [Fact]
    public async Task AnswersStoreNothingThatIdentifiesAPerson()
    {
        var (_, _, link) = await OpenSurveyAsync();
        var respondent = Respondent();

        await AnswerAsync(respondent, link);

        var columns = await factory.WithDbAsync(async db =>
        {
            var connection = db.Database.GetDbConnection();
            await connection.OpenAsync(TestContext.Current.CancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT name FROM pragma_table_info('SurveyResponses') ORDER BY name;";
            var names = new List<string>();
            await using var reader = await command.ExecuteReaderAsync(TestContext.Current.CancellationToken);
            while (await reader.ReadAsync(TestContext.Current.CancellationToken))
            {
                names.Add(reader.GetString(0));
            }
            return names;
        });
        Assert.Equal(["Comment", "ConductRating", "Id", "RespondentHash", "SeenAs", "SubmittedOn", "SurveyId", "ValueRating", "WouldRecommend"], columns);
        var stored = await factory.WithDbAsync(db => db.SurveyResponses.SingleAsync(r => r.Comment == null && r.ConductRating == 4 && r.SurveyId == db.Surveys.Single(s => link.EndsWith(s.Token)).Id));
        Assert.Equal(64, stored.RespondentHash.Length);
        Assert.Matches("^[0-9A-F]{64}$", stored.RespondentHash);
    }

    [Fact]
    public async Task OneBrowserAnsweringTwoSurveysCannotBeLinkedInTheDatabase()
    {
        var (_, _, firstLink) = await OpenSurveyAsync();
        var (_, _, secondLink) = await OpenSurveyAsync();
        var respondent = Respondent();

        await AnswerAsync(respondent, firstLink);
        await AnswerAsync(respondent, secondLink);

        var tokens = new[] { firstLink["/umfrage/".Length..], secondLink["/umfrage/".Length..] };
        var hashes = await factory.WithDbAsync(db => db.SurveyResponses
            .Where(r => db.Surveys.Any(s => s.Id == r.SurveyId && tokens.Contains(s.Token)))
            .Select(r => r.RespondentHash).ToListAsync());
        Assert.Equal(2, hashes.Count);
        Assert.NotEqual(hashes[0], hashes[1]);
    }

    [Fact]
    public async Task OneBrowserIsCountedOnce()
    {
        var (owner, networkId, link) = await OpenSurveyAsync();
        var respondent = Respondent();

        var token = (await respondent.GetDocumentAsync(link)).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var answer = await AnswerAsync(respondent, link);
        Assert.Contains("Danke für Ihre Antwort!", WebUtility.HtmlDecode(await respondent.FollowAsync(answer)));
        var again = await respondent.Client.GetAsync(link, TestContext.Current.CancellationToken);
        Assert.Contains("Sie haben schon geantwortet", await again.TextAsync());
        var repeated = await respondent.Client.PostAsync(link, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["Input.ConductRating"] = "1",
            ["Input.ValueRating"] = "1",
            ["Input.SeenAs"] = "Service",
            ["Input.WouldRecommend"] = "false",
        }), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, repeated.StatusCode);
        Assert.Equal(1, await factory.WithDbAsync(db => db.SurveyResponses.CountAsync(r => db.Surveys.Any(s => s.Id == r.SurveyId && s.NetworkId == networkId))));
    }

    [Fact]
    public async Task ClosedSurveyRejectsAnswersWithAClearPage()
    {
        var (owner, networkId, link) = await OpenSurveyAsync();
        var respondent = Respondent();
        var form = await respondent.GetDocumentAsync(link);
        var token = form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        await owner.SubmitAsync($"/Surveys/{networkId}", [], "form[action*='handler=Close']");

        var get = await respondent.Client.GetAsync(link, TestContext.Current.CancellationToken);
        var post = await respondent.Client.PostAsync(link, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["Input.ConductRating"] = "5",
            ["Input.ValueRating"] = "5",
            ["Input.SeenAs"] = "Service",
            ["Input.WouldRecommend"] = "true",
        }), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Gone, get.StatusCode);
        Assert.Contains("Diese Befragung ist geschlossen", await get.TextAsync());
        Assert.Equal(HttpStatusCode.Gone, post.StatusCode);
        Assert.Equal(0, await factory.WithDbAsync(db => db.SurveyResponses.CountAsync(r => db.Surveys.Any(s => s.Id == r.SurveyId && s.NetworkId == networkId))));
    }

    [Theory]
    [InlineData("Input.ConductRating", "9", "Bitte wählen Sie einen Wert von 1 bis 5.")]
    [InlineData("Input.ConductRating", null, "Bitte bewerten Sie den Umgang miteinander.")]
    [InlineData("Input.SeenAs", "Sekte", "Der Wert „Sekte“ ist für „Kerngedanke“ nicht gültig.")]
    [InlineData("Input.WouldRecommend", "vielleicht", "Der Wert „vielleicht“ ist für „Weiterempfehlen“ nicht gültig.")]
    public async Task BadAnswersGetAGermanMessageAndStoreNothing(string field, string? value, string message)
    {
        var (_, networkId, link) = await OpenSurveyAsync();

        var response = await AnswerAsync(Respondent(), link, [.. GoodAnswer.Where(a => a.Item1 != field), (field, value), ("Input.Comment", "Bleibt im Formular")]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var form = await WebUser.ParseAsync(response);
        form.AssertError(message);
        Assert.Equal("Bleibt im Formular", form.QuerySelector("textarea[name='Input.Comment']")!.TextContent);
        Assert.Equal(0, await factory.WithDbAsync(db => db.SurveyResponses.CountAsync(r => db.Surveys.Any(s => s.Id == r.SurveyId && s.NetworkId == networkId))));
    }

    [Fact]
    public async Task CommentsAreShownAsTextToTheOwner()
    {
        var (owner, networkId, link) = await OpenSurveyAsync();
        for (var i = 0; i < 3; i++)
        {
            await AnswerAsync(Respondent(), link, [.. GoodAnswer, ("Input.Comment", "<script>alert('x')</script>")]);
        }

        var raw = await owner.Client.GetStringAsync($"/Surveys/{networkId}", TestContext.Current.CancellationToken);

        Assert.DoesNotContain("<script>alert", raw);
        Assert.Contains("&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;", raw);
    }

    [Fact]
    public async Task UnknownLinkIsNotFound()
    {
        var response = await factory.CreateBrowserClient().GetAsync("/umfrage/gibt-es-nicht-123", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task AnotherUsersSurveyAdminIsNotFound()
    {
        var (_, networkId, _) = await OpenSurveyAsync();
        var stranger = await WebUser.RegisterAsync(factory);
        var own = await stranger.CreateNetworkAsync();
        var token = (await stranger.GetDocumentAsync($"/Surveys/{own}")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        var get = await stranger.Client.GetAsync($"/Surveys/{networkId}", TestContext.Current.CancellationToken);
        var close = await stranger.Client.PostAsync($"/Surveys/{networkId}?handler=Close", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, close.StatusCode);
        Assert.Null(await factory.WithDbAsync(db => db.Surveys.Where(s => s.NetworkId == networkId).Select(s => s.ClosedUtc).SingleAsync()));
    }

    [Fact]
    public async Task SurveyFeedsTheNextCheck()
    {
        var (owner, networkId, link) = await OpenSurveyAsync();
        for (var i = 0; i < 3; i++)
        {
            await AnswerAsync(Respondent(), link, ("Input.ConductRating", "5"), ("Input.ValueRating", "4"), ("Input.SeenAs", "Referral"), ("Input.WouldRecommend", "true"));
        }

        var assessmentId = await owner.StartCheckAsync(networkId);
        var criteria = await owner.GetDocumentAsync($"/Checks/Criteria/{assessmentId}");

        Assert.Contains("3 Antworten", criteria.QuerySelector("#survey-evidence")!.TextContent);
        Assert.NotNull(criteria.QuerySelector("#criterion-memberinterviews input[value='5'][checked]")); // round((5 + 4) / 2) = 5
    }

    [Fact]
    public async Task NeitherTheLinkTokenNorTheAnswersReachTheLog()
    {
        var (_, _, link) = await OpenSurveyAsync();
        var token = link["/umfrage/".Length..];
        await AnswerAsync(Respondent(), link, [.. GoodAnswer, ("Input.Comment", "vertraulicher-kommentar-xyz")]);

        // The log is written in the background: wait until the answer has reached the file.
        var logs = await Eventually.ValueAsync(
            () => Task.FromResult(string.Join("\n", Directory.GetFiles(factory.LogFolder, "*.log").Select(path =>
            {
                using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
                using var reader = new StreamReader(stream);
                return reader.ReadToEnd();
            }))),
            text => text.Contains("HTTP POST /umfrage/…", StringComparison.Ordinal),
            "The answer never reached the log.");

        Assert.DoesNotContain(token, logs);
        Assert.DoesNotContain("vertraulicher-kommentar-xyz", logs);
    }
}
