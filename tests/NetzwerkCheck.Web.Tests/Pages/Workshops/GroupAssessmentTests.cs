using System.Net;
using Microsoft.EntityFrameworkCore;
using NetzwerkCheck.Domain.Workshops;
using NetzwerkCheck.Web.Tests.Infrastructure;

namespace NetzwerkCheck.Web.Tests.Pages.Workshops;

public sealed class GroupAssessmentTests(NetzwerkCheckFactory factory) : IClassFixture<NetzwerkCheckFactory>
{
    /// <summary>Opens a "Netzwerk gemeinsam bewerten" workshop for a new network of <paramref name="facilitator"/> (no earlier check, so goal and style are chosen).</summary>
    internal static async Task<(int Id, string Code, int NetworkId)> OpenAsync(WebUser facilitator, string threshold = "3", string network = "Marketing Club")
    {
        var networkId = await facilitator.CreateNetworkAsync(network);
        var created = await facilitator.SubmitAsync("/Workshops", [
            ("Assess.Title", "Gemeinsam bewerten"), ("Assess.NetworkId", networkId.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("Assess.RevealThreshold", threshold), ("Assess.Goal", "ShareKnowledge"), ("Assess.Style", "Gatherer")], "form[action*='handler=Assess']");
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var id = Html.IdFrom(created.Headers.Location!);
        var present = await facilitator.GetDocumentAsync($"/Workshops/Present/{id}");
        return (id, present.QuerySelector("#join-code")!.TextContent.Trim(), networkId);
    }

    private static async Task<WebUser[]> PhonesAsync(NetzwerkCheckFactory factory, string code, int count)
    {
        var phones = new WebUser[count];
        for (var i = 0; i < count; i++)
        {
            phones[i] = await WorkshopTests.JoinAsync(factory.CreateBrowserClient(), code);
        }
        return phones;
    }

    private static async Task AnswerAsync(WebUser phone, string code, params string[] values)
    {
        var answered = await phone.SubmitAsync($"/w/{code}", [("Values", null), .. values.Select(v => ("Values", (string?)v))]);
        Assert.Equal(HttpStatusCode.Redirect, answered.StatusCode);
    }

    /// <summary>The first phone answers the first value, the second the second, and so on.</summary>
    private static async Task AnswerEachAsync(WebUser[] phones, string code, params string[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            await AnswerAsync(phones[i], code, values[i]);
        }
    }

    private static Task<HttpResponseMessage> AgreeAsync(WebUser facilitator, int id, params (string, string?)[] values) =>
        facilitator.SubmitAsync($"/Workshops/Present/{id}", values, "#agree-form");

    private static async Task<AngleSharp.Html.Dom.IHtmlDocument> StageAsync(WebUser facilitator, int id) =>
        Html.Parse(await (await facilitator.Client.GetAsync($"/Workshops/Present/{id}?handler=Stage", TestContext.Current.CancellationToken)).TextAsync());

    private static Task<HttpResponseMessage> NextAsync(WebUser facilitator, int id) => facilitator.SubmitAsync($"/Workshops/Present/{id}", [], "form[data-key=next]");

    [Fact]
    public async Task TheCreateFormOpensAGroupAssessmentOfOneOfTheFacilitatorsNetworks()
    {
        var facilitator = await WebUser.RegisterAsync(factory);
        var (id, _, networkId) = await OpenAsync(facilitator, threshold: "4");

        var workshop = await factory.WithDbAsync(db => db.Workshops.AsNoTracking().SingleAsync(w => w.Id == id));
        Assert.Equal((WorkshopKind.NetworkAssessment, networkId, 4, 12), (workshop.Kind, workshop.NetworkId, workshop.RevealThreshold, workshop.Questions.Count));
        Assert.Equal((Domain.Assessments.Goal.ShareKnowledge, Domain.Assessments.NetworkerStyle.Gatherer), (workshop.Goal, workshop.Style));
        var stage = await StageAsync(facilitator, id);
        Assert.Equal("In diesem Netzwerk drehen sich die Treffen um Fachthemen, Vorträge und Weiterbildung.", stage.Text(".stage-question"));
        Assert.Equal("Noch 4 Antworten, dann zeigt der Beamer die Verteilung (ab 4 Antworten).", stage.Text("#reading-missing"));
    }

    [Fact]
    public async Task GoalAndStyleComeFromTheNetworksLastCompletedCheck()
    {
        var facilitator = await WebUser.RegisterAsync(factory);
        var networkId = await facilitator.CreateNetworkAsync("Stammtisch");
        var draft = await facilitator.StartCheckAsync(networkId);
        await facilitator.SubmitAsync($"/Checks/Goal/{draft}", [("Input.Goal", "WinClients"), ("Input.Style", "Hunter"), ("go", "next")]);
        await facilitator.SubmitAsync($"/Checks/Contribution/{draft}", [("Input.Contributions", "ReferralsForOthers"), ("Input.HoursPerMonth", "5"), ("go", "next")]);
        await facilitator.SubmitAsync($"/Checks/Type/{draft}", [("go", "next")]);
        await facilitator.SubmitAsync($"/Checks/Criteria/{draft}", [("go", "next")]);
        await facilitator.SubmitAsync($"/Checks/Flags/{draft}", [("go", "next")]);

        var created = await facilitator.SubmitAsync("/Workshops", [("Assess.NetworkId", networkId.ToString(System.Globalization.CultureInfo.InvariantCulture))], "form[action*='handler=Assess']");

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var workshop = await factory.WithDbAsync(db => db.Workshops.AsNoTracking().SingleAsync(w => w.Id == Html.IdFrom(created.Headers.Location!)));
        Assert.Equal((Domain.Assessments.Goal.WinClients, Domain.Assessments.NetworkerStyle.Hunter, 3), (workshop.Goal, workshop.Style, workshop.RevealThreshold));
    }

    [Theory]
    [InlineData(null, "3", "Bitte wählen Sie eines Ihrer Netzwerke.")]
    [InlineData("stranger", "3", "Bitte wählen Sie eines Ihrer Netzwerke.")]
    [InlineData("999999", "3", "Bitte wählen Sie eines Ihrer Netzwerke.")]
    [InlineData("abc", "3", "Der Wert „abc“ ist für „Welches Netzwerk bewertet der Raum?“ nicht gültig.")]
    [InlineData("own", "0", "Bitte geben Sie eine Zahl von 1 bis 20 an.")]
    [InlineData("own", "21", "Bitte geben Sie eine Zahl von 1 bis 20 an.")]
    [InlineData("own", "99999999999", "Der Wert „99999999999“ ist für „Ergebnisse zeigen ab … Antworten“ nicht gültig.")]
    [InlineData("own", "", "Bitte geben Sie an, ab wie vielen Antworten die Ergebnisse erscheinen.")]
    [InlineData("own-unchecked", "3", "Für dieses Netzwerk gibt es noch keine abgeschlossene Bewertung. Bitte wählen Sie das Ziel.")]
    public async Task BadInputOnTheCreateFormGetsAGermanMessage(string? network, string threshold, string message)
    {
        var facilitator = await WebUser.RegisterAsync(factory);
        var own = await facilitator.CreateNetworkAsync("Eigenes Netzwerk");
        var stranger = await WebUser.RegisterAsync(factory);
        var foreign = await stranger.CreateNetworkAsync("Fremdes Netzwerk");
        var networkId = network switch
        {
            "own" or "own-unchecked" => own.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "stranger" => foreign.ToString(System.Globalization.CultureInfo.InvariantCulture),
            _ => network,
        };
        (string, string?)[] goalAndStyle = network == "own-unchecked" ? [] : [("Assess.Goal", "ShareKnowledge"), ("Assess.Style", "Gatherer")];

        var response = await facilitator.SubmitAsync("/Workshops", [("Assess.NetworkId", networkId), ("Assess.RevealThreshold", threshold), .. goalAndStyle], "form[action*='handler=Assess']");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await WebUser.ParseAsync(response);
        page.AssertError(message);
        Assert.DoesNotContain("Fremdes Netzwerk", page.Body!.TextContent);
        Assert.Equal(0, await factory.WithDbAsync(db => db.Workshops.CountAsync(w => w.NetworkId == own || w.NetworkId == foreign)));
    }

    [Fact]
    public async Task TheDistributionAppearsOnlyFromKAnswersWithMedianAndDisagreement()
    {
        var facilitator = await WebUser.RegisterAsync(factory);
        var (id, code, _) = await OpenAsync(facilitator);
        var phones = await PhonesAsync(factory, code, 4);
        await facilitator.SubmitAsync($"/Workshops/Present/{id}", [], "form[data-key=reveal]");
        await AnswerAsync(phones[0], code, "4");
        await AnswerAsync(phones[1], code, "0");

        var early = await StageAsync(facilitator, id);
        Assert.Equal("Noch 1 Antwort, dann zeigt der Beamer die Verteilung (ab 3 Antworten).", early.Text("#reading-missing"));
        Assert.Empty(early.QuerySelectorAll(".room-bars, #reading-spread"));
        await using (var projector = await LiveEvents.OpenAsync(facilitator.Client, $"/Workshops/Present/{id}?handler=Events"))
        {
            var state = await projector.UntilAsync(s => s.GetProperty("respondents").GetInt32() == 2);
            Assert.Equal(0, state.GetProperty("counts").GetArrayLength());
            Assert.Equal(1, state.GetProperty("room").GetProperty("missing").GetInt32());
            Assert.Equal(System.Text.Json.JsonValueKind.Null, state.GetProperty("room").GetProperty("median").ValueKind);
        }

        // 0, 3, 4, 4: median 3 (the lower middle), the 0 is more than one step away: 25 %, the room largely agrees.
        await AnswerAsync(phones[2], code, "3");
        await AnswerAsync(phones[3], code, "4");
        var shown = await StageAsync(facilitator, id);
        Assert.Equal(
            "0 – trifft nicht zu: 1 (25 %), 1 – trifft kaum zu: 0 (0 %), 2 – teils, teils: 0 (0 %), 3 – trifft eher zu: 1 (25 %), 4 – trifft voll zu: 2 (50 %). Median: 3 – trifft eher zu",
            shown.QuerySelector(".room-bars")!.GetAttribute("aria-label"));
        Assert.Equal("Median: 3 – trifft eher zu Der Raum ist sich weitgehend einig: 25 % der Antworten liegen mehr als eine Stufe vom Median entfernt.", shown.Text("#reading-spread"));
        await using (var projector = await LiveEvents.OpenAsync(facilitator.Client, $"/Workshops/Present/{id}?handler=Events"))
        {
            var state = await projector.UntilAsync(s => s.GetProperty("respondents").GetInt32() == 4);
            var room = state.GetProperty("room");
            Assert.Equal((3, 25, false), (room.GetProperty("median").GetInt32(), room.GetProperty("outsidePercent").GetInt32(), room.GetProperty("disagrees").GetBoolean()));
            Assert.Equal(5, state.GetProperty("counts").GetArrayLength());
        }
    }

    [Fact]
    public async Task AStatementTheRoomSplitsOnShowsThatTheCoreIdeaIsSeenDifferently()
    {
        var facilitator = await WebUser.RegisterAsync(factory);
        var (id, code, _) = await OpenAsync(facilitator);
        var phones = await PhonesAsync(factory, code, 3);
        await facilitator.SubmitAsync($"/Workshops/Present/{id}", [], "form[data-key=reveal]");
        await AnswerEachAsync(phones, code, "0", "4", "4");

        var stage = await StageAsync(facilitator, id);
        Assert.Equal("true", stage.QuerySelector(".room-reading")!.GetAttribute("data-disagrees"));
        Assert.Equal("Median: 4 – trifft voll zu Der Raum ist sich uneinig: 33 % der Antworten liegen mehr als eine Stufe vom Median entfernt.", stage.Text("#reading-spread"));
        Assert.Equal("Den Kerngedanken eines Netzwerks sehen selbst seine Mitglieder oft verschieden – genau das zeigt sich hier.", stage.Text("#reading-core-idea"));
    }

    [Fact]
    public async Task TheFacilitatorSetsTheRoomsValueOrTakesTheMedian()
    {
        var facilitator = await WebUser.RegisterAsync(factory);
        var (id, code, _) = await OpenAsync(facilitator);
        var phones = await PhonesAsync(factory, code, 3);

        var tooEarly = await AgreeAsync(facilitator, id, ("median", "true"));
        (await WebUser.ParseAsync(tooEarly)).AssertError("Den Median gibt es erst ab 3 Antworten. Wählen Sie den Wert selbst oder warten Sie auf weitere Antworten.");

        var chosen = await AgreeAsync(facilitator, id, ("values", "2"));
        Assert.Equal(HttpStatusCode.Redirect, chosen.StatusCode);
        var present = await facilitator.GetDocumentAsync($"/Workshops/Present/{id}");
        Assert.Equal("true", present.QuerySelector("button[data-agree-value='2']")!.GetAttribute("aria-pressed"));
        Assert.Equal("Festgelegt: 2 – teils, teils", present.Text("#agree-state"));

        await AnswerEachAsync(phones, code, "1", "3", "4");
        await AgreeAsync(facilitator, id, ("median", "true"));
        Assert.Equal("Festgelegt: 3 – trifft eher zu", (await facilitator.GetDocumentAsync($"/Workshops/Present/{id}")).Text("#agree-state"));
        Assert.Equal(["3"], await factory.WithDbAsync(db => db.WorkshopAgreements.Where(a => a.WorkshopId == id).Select(a => a.Value).ToListAsync()));
    }

    [Theory]
    [InlineData("knowledge-talks", new[] { "5" }, "Bitte wählen Sie einen der angebotenen Werte.")]
    [InlineData("knowledge-talks", new[] { "2", "3" }, "Bitte wählen Sie einen der angebotenen Werte.")]
    [InlineData("knowledge-talks", new string[0], "Bitte wählen Sie einen der angebotenen Werte.")]
    [InlineData("style", new[] { "hunter" }, "Diesen Punkt gibt es in diesem Workshop nicht.")]
    [InlineData("gibt-es-nicht", new[] { "1" }, "Diesen Punkt gibt es in diesem Workshop nicht.")]
    [InlineData("red-flags", new[] { "none", "PressureToBuy" }, "Bitte wählen Sie Warnsignale aus der Liste – oder nur „Keins davon“.")]
    [InlineData("red-flags", new[] { "Spionage" }, "Bitte wählen Sie Warnsignale aus der Liste – oder nur „Keins davon“.")]
    public async Task TamperedAgreementsGetAGermanMessageAndChangeNothing(string questionKey, string[] values, string message)
    {
        var facilitator = await WebUser.RegisterAsync(factory);
        var (id, _, _) = await OpenAsync(facilitator);

        var response = await AgreeAsync(facilitator, id, [("questionKey", questionKey), ("values", null), .. values.Select(v => ("values", (string?)v))]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        (await WebUser.ParseAsync(response)).AssertError(message);
        Assert.Equal(0, await factory.WithDbAsync(db => db.WorkshopAgreements.CountAsync(a => a.WorkshopId == id)));
    }

    [Fact]
    public async Task TheWorkshopListNamesEachKindAndTheAssessedNetwork()
    {
        var facilitator = await WebUser.RegisterAsync(factory);
        await OpenAsync(facilitator);
        await WorkshopTests.OpenWorkshopAsync(facilitator);

        var list = await facilitator.GetDocumentAsync("/Workshops");

        Assert.Equal(["Herausforderung Netzwerken", "Gemeinsame Bewertung von „Marketing Club“"], list.Texts("[data-kind]"));
    }

    [Fact]
    public async Task OnlyTheOwnerAgreesAndOnlyInAGroupAssessment()
    {
        var facilitator = await WebUser.RegisterAsync(factory);
        var (id, _, _) = await OpenAsync(facilitator);
        var (challenge, _) = await WorkshopTests.OpenWorkshopAsync(facilitator);
        var stranger = await WebUser.RegisterAsync(factory);
        var token = (await stranger.GetDocumentAsync("/Workshops")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        FormUrlEncodedContent Form(params (string, string)[] fields) => new(fields.Select(f => new KeyValuePair<string, string>(f.Item1, f.Item2)));

        var foreign = await stranger.Client.PostAsync($"/Workshops/Present/{id}?handler=Agree", Form(("__RequestVerificationToken", token), ("questionKey", "knowledge-talks"), ("values", "4")), TestContext.Current.CancellationToken);
        var wrongKind = await facilitator.Client.PostAsync($"/Workshops/Present/{challenge}?handler=Agree",
            Form(("__RequestVerificationToken", (await facilitator.GetDocumentAsync("/Workshops")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!), ("questionKey", "style"), ("values", "hunter")), TestContext.Current.CancellationToken);
        var noToken = await facilitator.Client.PostAsync($"/Workshops/Present/{id}?handler=Agree", Form(("questionKey", "knowledge-talks"), ("values", "4")), TestContext.Current.CancellationToken);

        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.BadRequest), (foreign.StatusCode, wrongKind.StatusCode, noToken.StatusCode));
        // The class shares one database: count this test's workshops only.
        Assert.Equal(0, await factory.WithDbAsync(db => db.WorkshopAgreements.CountAsync(a => a.WorkshopId == id || a.WorkshopId == challenge)));
    }

    [Fact]
    public async Task ClosingTurnsTheAgreedValuesIntoOneCompletedGroupAssessmentEvenWhenClosedTwiceAtOnce()
    {
        var facilitator = await WebUser.RegisterAsync(factory);
        var (id, code, networkId) = await OpenAsync(facilitator);
        var phones = await PhonesAsync(factory, code, 3);
        // Item 1 (knowledge-talks): 2, 3, 3 → median 3, taken over.
        await AnswerEachAsync(phones, code, "3", "2", "3");
        await AgreeAsync(facilitator, id, ("median", "true"));
        // Items 2–6 stay unrated; item 7 (Umgang) gets two answers only, and the facilitator sets 4 by hand.
        for (var i = 0; i < 6; i++)
        {
            await NextAsync(facilitator, id);
        }
        await AnswerAsync(phones[0], code, "5");
        await AnswerAsync(phones[1], code, "4");
        await AgreeAsync(facilitator, id, ("values", "4"));
        // A late joiner answers the current item.
        var late = await WorkshopTests.JoinAsync(factory.CreateBrowserClient(), code);
        await AnswerAsync(late, code, "4");

        var token = (await facilitator.GetDocumentAsync($"/Workshops/Present/{id}")).QuerySelector("#present-close")!.Closest("form")!.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var closes = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => facilitator.Client.PostAsync($"/Workshops/Present/{id}?handler=Close",
            new FormUrlEncodedContent([new("__RequestVerificationToken", token)]), TestContext.Current.CancellationToken)));

        Assert.All(closes, c => Assert.Equal($"/Workshops/Summary/{id}", c.Headers.Location!.OriginalString));
        var assessments = await factory.WithDbAsync(db => db.Assessments.AsNoTracking().Include(a => a.Ratings).Where(a => a.NetworkId == networkId).ToListAsync());
        var assessment = Assert.Single(assessments);
        Assert.True(assessment.IsCompleted);
        Assert.Equal(id, assessment.WorkshopId);
        Assert.Equal(new Dictionary<string, int> { ["knowledge-talks"] = 3 }, assessment.ClassificationAnswers);
        Assert.Equal(4, assessment.Ratings.Single(r => r.Criterion == Domain.Assessments.Criterion.Conduct).Rating);
        var conduct = assessment.Group!.Items.Single(i => i.Key == "group-conduct");
        Assert.Equal(("4", 3, 4, 0), (conduct.Agreed, conduct.Answers, conduct.Median, conduct.OutsidePercent));
        Assert.Equal(4, assessment.Group.Participants);

        var summary = await facilitator.GetDocumentAsync($"/Workshops/Summary/{id}");
        Assert.Equal($"/Checks/Result/{assessment.Id}", summary.QuerySelector("#group-assessment-link")!.GetAttribute("href"));
        foreach (var url in new[] { $"/Checks/Result/{assessment.Id}", $"/Reports/Assessment/{assessment.Id}" })
        {
            var page = await facilitator.GetDocumentAsync(url);
            Assert.Equal("So sieht es der Raum", page.Text("#room-evidence-heading"));
            var talks = page.QuerySelector("#room-evidence tr[data-key='knowledge-talks']")!;
            Assert.Equal(["3 – trifft eher zu", "3"], [Html.Squash(talks.Children[1].TextContent), Html.Squash(talks.Children[2].TextContent)]);
            Assert.Equal("0 – trifft nicht zu: 0, 1 – trifft kaum zu: 0, 2 – teils, teils: 1, 3 – trifft eher zu: 2, 4 – trifft voll zu: 0", talks.Text(".room-evidence-counts"));
            var size = page.QuerySelector("#room-evidence tr[data-key='group-size']")!;
            Assert.Equal(["offen – nicht festgelegt", "0", "weniger als 3 Antworten – nicht ausgewiesen"],
                [Html.Squash(size.Children[1].TextContent), Html.Squash(size.Children[2].TextContent), Html.Squash(size.Children[3].TextContent)]);
        }
        Assert.Contains("Werten, die eine Gruppe im Workshop gemeinsam festgelegt hat", (await facilitator.GetDocumentAsync($"/Reports/Assessment/{assessment.Id}")).Text("#report-source"), StringComparison.Ordinal);
        var details = await facilitator.GetDocumentAsync($"/Networks/Details/{networkId}");
        Assert.Equal("Gruppenbewertung", details.Text("table .badge-group"));
    }

    [Fact]
    public async Task AfterClosingEachPhoneSeesItsOwnAnswersNextToTheRoomsValues()
    {
        var facilitator = await WebUser.RegisterAsync(factory);
        var (id, code, _) = await OpenAsync(facilitator, network: "Vergleichsclub");
        var phones = await PhonesAsync(factory, code, 3);
        // Item 1: 0, 3, 3 → the room takes 3; the first phone lies three steps away.
        await AnswerEachAsync(phones, code, "0", "3", "3");
        await AgreeAsync(facilitator, id, ("median", "true"));
        for (var i = 0; i < 6; i++)
        {
            await NextAsync(facilitator, id);
        }
        // Item 7 (Umgang): 4, 5, – → set to 4 by hand; the third phone does not answer.
        await AnswerAsync(phones[0], code, "4");
        await AnswerAsync(phones[1], code, "5");
        await AgreeAsync(facilitator, id, ("values", "4"));
        var beforeClosing = await phones[0].Client.GetAsync($"/w/{code}/ergebnis", TestContext.Current.CancellationToken);
        Assert.Equal($"/w/{code}", beforeClosing.Headers.Location!.OriginalString);
        await facilitator.SubmitAsync($"/Workshops/Present/{id}", [], "form:has(#present-close)");

        var room = await phones[0].Client.GetAsync($"/w/{code}", TestContext.Current.CancellationToken);
        Assert.Equal($"/w/{code}/ergebnis", room.Headers.Location!.OriginalString);
        var first = await phones[0].GetDocumentAsync($"/w/{code}/ergebnis");
        var second = await phones[1].GetDocumentAsync($"/w/{code}/ergebnis");
        var third = await phones[2].GetDocumentAsync($"/w/{code}/ergebnis");

        Assert.Equal("Vergleichsclub", first.Text("h1"));
        Assert.Equal(12, first.QuerySelectorAll(".comparison-item").Length);
        Assert.StartsWith("Bei einem von 2 beantworteten Punkten sehen Sie das Netzwerk deutlich anders als der Raum. Das ist kein Fehler:", first.Text("#comparison-summary"), StringComparison.Ordinal);
        var talks = first.QuerySelector("[data-key='knowledge-talks']")!;
        Assert.Equal(["0 – trifft nicht zu", "3 – trifft eher zu", "Hier sehen Sie es deutlich anders."], [talks.Text("[data-mine]"), talks.Text("[data-agreed]"), talks.Text("[data-state]")]);
        Assert.Contains("comparison-differs", talks.ClassName, StringComparison.Ordinal);
        Assert.Equal("Wie der Raum.", first.QuerySelector("[data-key='group-conduct']")!.Text("[data-state]"));
        Assert.Equal(["nicht beantwortet", "offen gelassen"], [first.QuerySelector("[data-key='group-size']")!.Text("[data-mine]"), first.QuerySelector("[data-key='group-size']")!.Text("[data-agreed]")]);
        Assert.StartsWith("Bei keinem Punkt liegen Sie mehr als eine Stufe neben dem Raum", second.Text("#comparison-summary"), StringComparison.Ordinal);
        Assert.Equal("Eine Stufe auseinander.", second.QuerySelector("[data-key='group-conduct']")!.Text("[data-state]"));
        Assert.Equal("nicht beantwortet", third.QuerySelector("[data-key='group-conduct']")!.Text("[data-mine]"));
        Assert.Empty(first.QuerySelectorAll("#keep-submit, #keep-register"));

        // Another browser, the facilitator's own included, gets nobody's comparison; keeping it in an account is not offered.
        var stranger = await factory.CreateBrowserClient().GetAsync($"/w/{code}/ergebnis", TestContext.Current.CancellationToken);
        Assert.StartsWith("/w?Input.Code=", stranger.Headers.Location!.OriginalString, StringComparison.Ordinal);
        var token = (await phones[0].GetDocumentAsync("/w")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var keep = await phones[0].Client.PostAsync($"/w/{code}/ergebnis?handler=Keep", new FormUrlEncodedContent([new("__RequestVerificationToken", token)]), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NotFound, keep.StatusCode);
    }

    [Fact]
    public async Task AGroupAssessmentIsNotReopenedButStartsTheFacilitatorsOwnCheck()
    {
        var facilitator = await WebUser.RegisterAsync(factory);
        var (id, code, networkId) = await OpenAsync(facilitator, network: "Unveränderlich e.V.");
        var phones = await PhonesAsync(factory, code, 3);
        await AnswerEachAsync(phones, code, "4", "4", "3");
        await AgreeAsync(facilitator, id, ("median", "true"));
        await facilitator.SubmitAsync($"/Workshops/Present/{id}", [], "form:has(#present-close)");
        var assessmentId = await factory.WithDbAsync(db => db.Assessments.Where(a => a.WorkshopId == id).Select(a => a.Id).SingleAsync());

        var result = await facilitator.GetDocumentAsync($"/Checks/Result/{assessmentId}");
        Assert.Empty(result.QuerySelectorAll($"a[href='/Checks/Goal/{assessmentId}']"));
        foreach (var step in new[] { "Goal", "Contribution", "Type", "Criteria", "Flags" })
        {
            var opened = await facilitator.Client.GetAsync($"/Checks/{step}/{assessmentId}", TestContext.Current.CancellationToken);
            Assert.Equal($"/Checks/Result/{assessmentId}", opened.Headers.Location!.OriginalString);
        }
        var changed = await facilitator.SubmitAsync($"/Networks/Details/{networkId}", [], "form[action^='/Checks/Start']");
        var token = (await facilitator.GetDocumentAsync($"/Checks/Goal/{Html.IdFrom(changed.Headers.Location!)}")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var tampered = await facilitator.Client.PostAsync($"/Checks/Type/{assessmentId}", new FormUrlEncodedContent([
            new("__RequestVerificationToken", token), new("Answers[knowledge-talks]", "0"), new("go", "next")]), TestContext.Current.CancellationToken);
        Assert.Equal($"/Checks/Result/{assessmentId}", tampered.Headers.Location!.OriginalString);
        Assert.Equal(4, await TalksOfAsync(assessmentId));
        Assert.Contains("bleibt so, wie der Raum sie festgelegt hat", (await facilitator.GetDocumentAsync($"/Checks/Result/{assessmentId}")).Text("main .notice"), StringComparison.Ordinal);

        // The own check starts from the room's answers on the core idea.
        var draftId = Html.IdFrom(changed.Headers.Location!);
        Assert.NotEqual(assessmentId, draftId);
        Assert.Equal(4, await TalksOfAsync(draftId));
        Assert.NotNull(result.QuerySelector("#own-check-start"));

        Task<int> TalksOfAsync(int assessment) => factory.WithDbAsync(async db =>
            (await db.Assessments.Where(a => a.Id == assessment).Select(a => a.ClassificationAnswers).SingleAsync())["knowledge-talks"]);
    }

    [Fact]
    public async Task AnItemBelowTheThresholdKeepsOnlyItsCountInTheAssessmentAndSummary()
    {
        var facilitator = await WebUser.RegisterAsync(factory);
        var (id, code, networkId) = await OpenAsync(facilitator, threshold: "5");
        var phones = await PhonesAsync(factory, code, 2);
        await AnswerAsync(phones[0], code, "4");
        await AnswerAsync(phones[1], code, "1");
        await AgreeAsync(facilitator, id, ("values", "2"));
        await facilitator.SubmitAsync($"/Workshops/Present/{id}", [], "form:has(#present-close)");

        var item = await factory.WithDbAsync(db => db.Assessments.AsNoTracking().Where(a => a.NetworkId == networkId).Select(a => a.Group).SingleAsync());
        var talks = item!.Items.Single(i => i.Key == "knowledge-talks");
        Assert.Equal(("2", 2, null, null), (talks.Agreed, talks.Answers, talks.Distribution, talks.Median));
        var summary = await facilitator.GetDocumentAsync($"/Workshops/Summary/{id}");
        Assert.Equal("Weniger als 5 Antworten: Die Verteilung bleibt verborgen.", summary.QuerySelectorAll(".summary-question")[0].Text(".summary-hidden"));
        Assert.Empty(summary.QuerySelectorAll(".summary-question")[0].QuerySelectorAll("table"));
    }

    [Fact]
    public async Task ADeletedNetworkLeavesTheWorkshopAndClosingMakesNoAssessment()
    {
        var facilitator = await WebUser.RegisterAsync(factory);
        var (id, _, networkId) = await OpenAsync(facilitator);
        await AgreeAsync(facilitator, id, ("values", "3"));

        var deleted = await facilitator.SubmitAsync($"/Networks/Delete/{networkId}", []);
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        var workshop = await factory.WithDbAsync(db => db.Workshops.AsNoTracking().SingleAsync(w => w.Id == id));
        Assert.Null(workshop.NetworkId);

        var closed = await facilitator.SubmitAsync($"/Workshops/Present/{id}", [], "form:has(#present-close)");
        Assert.Equal(HttpStatusCode.Redirect, closed.StatusCode);
        Assert.Equal(0, await factory.WithDbAsync(db => db.Assessments.CountAsync(a => a.WorkshopId == id)));
        var summary = await facilitator.GetDocumentAsync($"/Workshops/Summary/{id}");
        Assert.Equal("Das bewertete Netzwerk gibt es nicht mehr.", summary.QuerySelector(".group-outcome p")!.TextContent.Trim());
    }

    [Fact]
    public async Task PhonesTickRedFlagsOrNoneOfThemButNotBoth()
    {
        var facilitator = await WebUser.RegisterAsync(factory);
        var (id, code, _) = await OpenAsync(facilitator);
        await factory.WithDbAsync(db => db.Workshops.Where(w => w.Id == id)
            .ExecuteUpdateAsync(s => s.SetProperty(w => w.CurrentQuestion, WorkshopQuestions.NetworkAssessment.Count - 1)));
        var phone = await WorkshopTests.JoinAsync(factory.CreateBrowserClient(), code);

        var room = await phone.GetDocumentAsync($"/w/{code}");
        Assert.Equal(
            ["Verknöcherte Strukturen", "Gruppendynamik gegen den Zweck", "Viele wollen nur nehmen", "Neue bleiben außen vor", "Kaufdruck ohne Gegenwert", "Keins davon"],
            room.QuerySelectorAll(".room-options .choice span").Select(s => s.TextContent.Trim()));
        var both = await phone.SubmitAsync($"/w/{code}", [("Values", "none"), ("Values", "PressureToBuy")]);

        Assert.Equal(HttpStatusCode.OK, both.StatusCode);
        (await WebUser.ParseAsync(both)).AssertError("„Keins davon“ lässt sich nicht mit anderen Antworten verbinden.");
        await AnswerAsync(phone, code, "none");
        Assert.Equal(["none"], await factory.WithDbAsync(db => db.WorkshopAnswers.Where(a => a.WorkshopId == id).Select(a => a.Value).ToListAsync()));
    }
}
