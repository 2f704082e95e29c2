using System.Net;
using Microsoft.EntityFrameworkCore;
using NetzwerkCheck.Domain.Assessments;
using NetzwerkCheck.Web.Tests.Infrastructure;

namespace NetzwerkCheck.Web.Tests.Pages.Checks;

public sealed class CheckWizardTests(NetzwerkCheckFactory factory) : IClassFixture<NetzwerkCheckFactory>
{
    private static readonly (string, string?)[] ServiceHeavyAnswers =
    [
        ("Answers[knowledge-talks]", "1"), ("Answers[knowledge-exchange]", "1"),
        ("Answers[service-deals]", "4"), ("Answers[service-results]", "4"),
        ("Answers[referral-relationships]", "2"), ("Answers[referral-introductions]", "2"),
    ];

    private static (string, string?)[] Ratings(int? conduct, int? size, int? interviews, int? trial, int? results, string? trialWeeks) =>
    [
        ("Criteria[0].Rating", conduct?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? ""),
        ("Criteria[1].Rating", size?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? ""),
        ("Criteria[2].Rating", interviews?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? ""),
        ("Criteria[3].Rating", trial?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? ""),
        ("Criteria[4].Rating", results?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? ""),
        ("TrialWeeks", trialWeeks),
    ];

    [Fact]
    public async Task WalksThroughAllStepsToAResultWithRecommendation()
    {
        var user = await WebUser.RegisterAsync(factory);
        var networkId = await user.CreateNetworkAsync("Empfehlungsrunde Süd");
        var id = await user.StartCheckAsync(networkId);

        Assert.Equal($"/Checks/Contribution/{id}", (await user.SubmitAsync($"/Checks/Goal/{id}", [("Input.Goal", "WinClients"), ("Input.Style", "Hunter"), ("go", "next")])).Headers.Location!.OriginalString);
        Assert.Equal($"/Checks/Type/{id}", (await user.SubmitAsync($"/Checks/Contribution/{id}", [("Input.Contributions", "KnowledgeOrTalks"), ("Input.HoursPerMonth", "6"), ("go", "next")])).Headers.Location!.OriginalString);
        Assert.Equal($"/Checks/Criteria/{id}", (await user.SubmitAsync($"/Checks/Type/{id}", [.. ServiceHeavyAnswers, ("go", "next")])).Headers.Location!.OriginalString);
        Assert.Equal($"/Checks/Flags/{id}", (await user.SubmitAsync($"/Checks/Criteria/{id}", [.. Ratings(5, 4, 4, 5, 5, "16"), ("Criteria[0].Note", "Herzlicher Empfang"), ("go", "next")])).Headers.Location!.OriginalString);
        var evaluate = await user.SubmitAsync($"/Checks/Flags/{id}", [("go", "next")]);
        Assert.Equal($"/Checks/Result/{id}", evaluate.Headers.Location!.OriginalString);

        var result = await user.FollowToDocumentAsync(evaluate);
        Assert.Equal("Engagieren", result.Text("#verdict-heading"));
        Assert.Equal("Herzlicher Empfang", result.Row("table.criteria-table", "Umgang")[2]);
        Assert.Equal("Typprofil des Netzwerks", result.Text("section[aria-labelledby=profile-heading] svg title"));
        var stored = await factory.WithDbAsync(db => db.Assessments.SingleAsync(a => a.Id == id));
        Assert.NotNull(stored.CompletedUtc);
        Assert.Equal(Recommendation.Engage, stored.Recommendation);
        Assert.Equal(100, stored.CompletenessPercent);
        Assert.Equal(100, stored.KnowledgePercent + stored.ServicePercent + stored.ReferralPercent);

        var list = await user.GetDocumentAsync("/Networks");
        var card = list.QuerySelectorAll(".network-card").Single(c => c.Text("h2") == "Empfehlungsrunde Süd");
        Assert.Equal("Engagieren", card.Text(".network-result .badge"));
    }

    [Fact]
    public async Task TooShortTrialAndOpenCriteriaAreShownAsFindingsNotAsZero()
    {
        var user = await WebUser.RegisterAsync(factory);
        var id = await user.StartCheckAsync(await user.CreateNetworkAsync());
        await user.SubmitAsync($"/Checks/Criteria/{id}", [.. Ratings(4, null, null, 3, null, "3"), ("go", "next")]);

        var result = await user.FollowToDocumentAsync(await user.SubmitAsync($"/Checks/Flags/{id}", [("go", "next")]));

        Assert.StartsWith("Die Probezeit ist noch zu kurz, um sie zu beurteilen:", result.Text(".notice-info"));
        Assert.Equal("Weiter testen", result.Text("#verdict-heading"));
        Assert.Contains(result.Texts("ol.next-steps li"), step => step.StartsWith("Sprechen Sie mit drei Mitgliedern", StringComparison.Ordinal));
        // The too short trial is its own finding, the unrated criteria are open: none of them counts as a rating.
        Assert.Equal("Probezeit zu kurz", result.Row("table.criteria-table", "Probezeit")[1]);
        Assert.Equal("offen", result.Row("table.criteria-table", "Größe")[1]);
        Assert.Equal("offen", result.Row("table.criteria-table", "Mitgliederbefragung")[1]);
        Assert.Equal("offen", result.Row("table.criteria-table", "Ergebnisse")[1]);
    }

    [Fact]
    public async Task TwoRedFlagsAdviseToLeaveDespiteGoodRatings()
    {
        var user = await WebUser.RegisterAsync(factory);
        var id = await user.StartCheckAsync(await user.CreateNetworkAsync());
        await user.SubmitAsync($"/Checks/Criteria/{id}", [.. Ratings(5, 5, 5, 5, 5, "20"), ("go", "next")]);

        var evaluate = await user.SubmitAsync($"/Checks/Flags/{id}", [("RedFlags", "OssifiedStructures"), ("RedFlags", "EveryoneOnlyTakes"), ("go", "next")]);
        var result = await user.FollowToDocumentAsync(evaluate);

        Assert.Equal("Austreten", result.Text("#verdict-heading"));
        Assert.Equal(
            ["Verknöcherte Strukturen: Neue Ideen werden abgeblockt, es bestimmen immer dieselben. (beendet die Frage)",
                "Viele wollen nur profitieren, kaum jemand bringt selbst etwas ein. (begrenzt das Urteil)"],
            result.Texts(".flags li"));
    }

    [Fact]
    public async Task GoingBackKeepsTheAnswers()
    {
        var user = await WebUser.RegisterAsync(factory);
        var id = await user.StartCheckAsync(await user.CreateNetworkAsync());
        await user.SubmitAsync($"/Checks/Goal/{id}", [("Input.Goal", "ShareKnowledge"), ("Input.Style", "Gatherer"), ("go", "next")]);

        await user.SubmitAsync($"/Checks/Contribution/{id}", [("Input.Contributions", "HelpOrganising"), ("Input.Contributions", "ReferralsForOthers"), ("Input.HoursPerMonth", "10"), ("go", "next")]);

        var back = await user.SubmitAsync($"/Checks/Type/{id}", [.. ServiceHeavyAnswers, ("go", "back")]);
        Assert.Equal($"/Checks/Contribution/{id}", back.Headers.Location!.OriginalString);
        var contribution = await user.GetDocumentAsync($"/Checks/Contribution/{id}");
        Assert.NotNull(contribution.QuerySelector("input[name='Input.Contributions'][value='HelpOrganising'][checked]"));
        Assert.NotNull(contribution.QuerySelector("input[name='Input.Contributions'][value='ReferralsForOthers'][checked]"));
        Assert.Null(contribution.QuerySelector("input[name='Input.Contributions'][value='NothingYet'][checked]"));
        Assert.Equal("10", contribution.QuerySelector("#Input_HoursPerMonth")!.GetAttribute("value"));

        var goal = await user.GetDocumentAsync($"/Checks/Goal/{id}");
        Assert.NotNull(goal.QuerySelector("input[name='Input.Goal'][value='ShareKnowledge'][checked]"));
        Assert.NotNull(goal.QuerySelector("input[name='Input.Style'][value='Gatherer'][checked]"));
        var type = await user.GetDocumentAsync($"/Checks/Type/{id}");
        Assert.NotNull(type.QuerySelector("input[name='Answers[service-deals]'][value='4'][checked]"));
    }

    [Fact]
    public async Task DraftSurvivesSigningOutAndIsResumedNotDuplicated()
    {
        var user = await WebUser.RegisterAsync(factory);
        var networkId = await user.CreateNetworkAsync();
        var id = await user.StartCheckAsync(networkId);
        var later = await user.SubmitAsync($"/Checks/Goal/{id}", [("Input.Goal", "BuildRelationships"), ("go", "later")]);
        Assert.Equal($"/Networks/Details/{networkId}", later.Headers.Location!.OriginalString);

        var again = new WebUser(factory.CreateBrowserClient());
        await again.SubmitAsync("/Account/Login", [("Input.Email", user.Email), ("Input.Password", WebUser.Password)]);
        var details = await again.GetDocumentAsync($"/Networks/Details/{networkId}");
        Assert.Equal($"/Checks/Goal/{id}", details.QuerySelector("#check-resume")!.GetAttribute("href"));
        var goal = await again.GetDocumentAsync($"/Checks/Goal/{id}");
        Assert.NotNull(goal.QuerySelector("input[name='Input.Goal'][value='BuildRelationships'][checked]"));

        var token = goal.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var secondStart = await again.Client.PostAsync($"/Checks/Start/{networkId}", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }), TestContext.Current.CancellationToken);
        Assert.Equal($"/Checks/Goal/{id}", secondStart.Headers.Location!.OriginalString);
        Assert.Equal(1, await factory.WithDbAsync(db => db.Assessments.CountAsync(a => a.NetworkId == networkId)));
    }

    [Fact]
    public async Task ReassessmentStartsFromThePreviousAnswers()
    {
        var user = await WebUser.RegisterAsync(factory);
        var networkId = await user.CreateNetworkAsync();
        var first = await user.StartCheckAsync(networkId);
        await user.SubmitAsync($"/Checks/Goal/{first}", [("Input.Goal", "SourceServices"), ("Input.Style", "Hunter"), ("go", "next")]);
        await user.SubmitAsync($"/Checks/Flags/{first}", [("go", "next")]);

        var second = await user.StartCheckAsync(networkId);

        Assert.NotEqual(first, second);
        var goal = await user.GetDocumentAsync($"/Checks/Goal/{second}");
        Assert.NotNull(goal.QuerySelector("input[name='Input.Goal'][value='SourceServices'][checked]"));
    }

    [Theory]
    [InlineData("Answers[service-deals]", "9", "Bitte wählen Sie bei jeder Aussage eine der angebotenen Antworten.")]
    [InlineData("Answers[unbekannt]", "2", "Bitte wählen Sie bei jeder Aussage eine der angebotenen Antworten.")]
    [InlineData("Answers[service-deals]", "viel", "nicht gültig")]
    public async Task TamperedClassificationAnswersAreRejected(string field, string value, string message)
    {
        var user = await WebUser.RegisterAsync(factory);
        var id = await user.StartCheckAsync(await user.CreateNetworkAsync());

        var response = await user.SubmitAsync($"/Checks/Type/{id}", [(field, value), ("go", "next")]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        (await WebUser.ParseAsync(response)).AssertError(message);
    }

    [Theory]
    [InlineData("Criteria[1].Rating", "7", "Bitte wählen Sie eine Bewertung von 1 bis 5")]
    [InlineData("Criteria[1].Rating", "0", "Bitte wählen Sie eine Bewertung von 1 bis 5")]
    [InlineData("TrialWeeks", "-2", "Die Probezeit muss zwischen 0 und 520 Wochen liegen.")]
    [InlineData("TrialWeeks", "drei", "nicht gültig")]
    [InlineData("Criteria[1].Criterion", "Conduct", "Das Formular war unvollständig.")]
    [InlineData("Criteria[4].Criterion", "42", "Der Wert „42“ ist")]
    public async Task TamperedRatingsAreRejectedAndNothingIsLost(string field, string value, string message)
    {
        var user = await WebUser.RegisterAsync(factory);
        var id = await user.StartCheckAsync(await user.CreateNetworkAsync());

        var response = await user.SubmitAsync($"/Checks/Criteria/{id}", [("Criteria[0].Note", "Bleibt erhalten"), (field, value), ("go", "next")]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var form = await WebUser.ParseAsync(response);
        form.AssertError(message);
        Assert.Equal("Bleibt erhalten", form.QuerySelector("textarea[name='Criteria[0].Note']")!.TextContent);
    }

    [Fact]
    public async Task TooLongNoteIsRejected()
    {
        var user = await WebUser.RegisterAsync(factory);
        var id = await user.StartCheckAsync(await user.CreateNetworkAsync());

        var response = await user.SubmitAsync($"/Checks/Criteria/{id}", [("Criteria[2].Note", new string('n', 1001)), ("go", "next")]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        // Screen readers hear which field is wrong, and why.
        var document = await WebUser.ParseAsync(response);
        document.AssertError("Die Notiz darf höchstens 1000 Zeichen lang sein.");
        var note = document.QuerySelector("#note-memberinterviews")!;
        Assert.Equal("true", note.GetAttribute("aria-invalid"));
        var message = document.GetElementById(note.GetAttribute("aria-describedby")!.Split(' ').Last())!;
        Assert.Contains("höchstens 1000 Zeichen", message.TextContent);
    }

    [Fact]
    public async Task TamperedRedFlagIsRejected()
    {
        var user = await WebUser.RegisterAsync(factory);
        var id = await user.StartCheckAsync(await user.CreateNetworkAsync());

        var response = await user.SubmitAsync($"/Checks/Flags/{id}", [("RedFlags", "77"), ("go", "next")]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        (await WebUser.ParseAsync(response)).AssertError("Der Wert „77“ ist hier nicht gültig.");
        Assert.Null(await factory.WithDbAsync(db => db.Assessments.Where(a => a.Id == id).Select(a => a.CompletedUtc).SingleAsync()));
    }

    [Fact]
    public async Task ResultOfADraftLeadsBackToTheLastStep()
    {
        var user = await WebUser.RegisterAsync(factory);
        var id = await user.StartCheckAsync(await user.CreateNetworkAsync());

        var response = await user.Client.GetAsync($"/Checks/Result/{id}", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/Checks/Flags/{id}", response.Headers.Location!.OriginalString);
    }

    [Theory]
    [InlineData("Goal")]
    [InlineData("Contribution")]
    [InlineData("Type")]
    [InlineData("Criteria")]
    [InlineData("Flags")]
    [InlineData("Result")]
    public async Task AnotherUsersAssessmentIsNotFound(string step)
    {
        var owner = await WebUser.RegisterAsync(factory);
        var id = await owner.StartCheckAsync(await owner.CreateNetworkAsync("Geheimer Kreis"));
        await owner.SubmitAsync($"/Checks/Flags/{id}", [("go", "next")]);
        var stranger = await WebUser.RegisterAsync(factory);
        var ownDraft = await stranger.StartCheckAsync(await stranger.CreateNetworkAsync("Eigenes"));
        var token = (await stranger.GetDocumentAsync($"/Checks/Goal/{ownDraft}")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        var get = await stranger.Client.GetAsync($"/Checks/{step}/{id}", TestContext.Current.CancellationToken);
        var post = await stranger.Client.PostAsync($"/Checks/{step}/{id}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["Input.Goal"] = "WinClients",
            ["go"] = "next",
        }), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
        Assert.True(post.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.MethodNotAllowed or HttpStatusCode.BadRequest, $"POST gave {(int)post.StatusCode}");
        Assert.DoesNotContain("Geheimer Kreis", await get.TextAsync());
        Assert.Null(await factory.WithDbAsync(db => db.Assessments.Where(a => a.Id == id).Select(a => a.Goal).SingleAsync()));
    }

    [Fact]
    public async Task StartingACheckOnAnotherUsersNetworkIsNotFound()
    {
        var owner = await WebUser.RegisterAsync(factory);
        var networkId = await owner.CreateNetworkAsync();
        var stranger = await WebUser.RegisterAsync(factory);
        var ownNetwork = await stranger.CreateNetworkAsync();
        var token = (await stranger.GetDocumentAsync($"/Networks/Details/{ownNetwork}")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        var response = await stranger.Client.PostAsync($"/Checks/Start/{networkId}", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(0, await factory.WithDbAsync(db => db.Assessments.CountAsync(a => a.NetworkId == networkId)));
    }
}
