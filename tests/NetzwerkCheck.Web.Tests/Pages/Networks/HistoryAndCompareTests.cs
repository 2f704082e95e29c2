using System.Globalization;
using System.Net;
using NetzwerkCheck.Web.Tests.Infrastructure;

namespace NetzwerkCheck.Web.Tests.Pages.Networks;

public sealed class HistoryAndCompareTests(NetzwerkCheckFactory factory) : IClassFixture<NetzwerkCheckFactory>
{
    // Knowledge 4+4, service 1+1, referral 2+2 → 57/14/29; the mirror image gives 14/57/29.
    private static readonly (string, string?)[] KnowledgeHeavy =
    [
        ("Answers[knowledge-talks]", "4"), ("Answers[knowledge-exchange]", "4"),
        ("Answers[service-deals]", "1"), ("Answers[service-results]", "1"),
        ("Answers[referral-relationships]", "2"), ("Answers[referral-introductions]", "2"),
    ];

    private static readonly (string, string?)[] ServiceHeavy =
    [
        ("Answers[knowledge-talks]", "1"), ("Answers[knowledge-exchange]", "1"),
        ("Answers[service-deals]", "4"), ("Answers[service-results]", "4"),
        ("Answers[referral-relationships]", "2"), ("Answers[referral-introductions]", "2"),
    ];

    /// <summary>
    /// Walks one check to its result with every criterion rated <paramref name="rating"/> and a 16-week
    /// trial. A rating r gives (r − 1) · 25 points on every criterion, so the weighted score is the
    /// same whatever the profile: 3 → 50, 4 → 75, 5 → 100.
    /// </summary>
    private static async Task<int> CompleteCheckAsync(WebUser user, int networkId, (string, string?)[] profile, int rating, params string[] redFlags)
    {
        var id = await user.StartCheckAsync(networkId);
        var value = rating.ToString(CultureInfo.InvariantCulture);
        await user.SubmitAsync($"/Checks/Type/{id}", [.. profile, ("go", "next")]);
        await user.SubmitAsync($"/Checks/Criteria/{id}", [
            ("Criteria[0].Rating", value), ("Criteria[1].Rating", value), ("Criteria[2].Rating", value),
            ("Criteria[3].Rating", value), ("Criteria[4].Rating", value), ("TrialWeeks", "16"), ("go", "next")]);
        var done = await user.SubmitAsync($"/Checks/Flags/{id}", [.. redFlags.Select(f => ("RedFlags", (string?)f)), ("go", "next")]);
        Assert.Equal($"/Checks/Result/{id}", done.Headers.Location!.OriginalString);
        return id;
    }

    private static async Task<(HttpStatusCode Status, string Html)> CompareAsync(WebUser user, string query)
    {
        var response = await user.Client.GetAsync($"/Networks/Compare{query}", TestContext.Current.CancellationToken);
        return (response.StatusCode, await response.TextAsync());
    }

    /// <summary>Instead of a comparison: the message why, and the way back to the list.</summary>
    private static void AssertMessagePage(string html, string message)
    {
        var page = Html.Parse(html);
        Assert.Contains(message, page.Text("#compare-message"), StringComparison.Ordinal);
        Assert.Equal("Zurück zu Meinen Netzwerken", page.Text("#compare-back"));
        Assert.Equal("/Networks", page.QuerySelector("#compare-back")!.GetAttribute("href"));
    }

    [Fact]
    public async Task TwoCompletedAssessmentsShowTheTrendWithTheRightDelta()
    {
        var user = await WebUser.RegisterAsync(factory);
        var networkId = await user.CreateNetworkAsync("Wissensforum Ost");
        await CompleteCheckAsync(user, networkId, KnowledgeHeavy, 3);

        var afterOne = await user.GetDocumentAsync($"/Networks/Details/{networkId}");
        Assert.Null(afterOne.QuerySelector("#history-heading"));

        await CompleteCheckAsync(user, networkId, ServiceHeavy, 4);
        await user.StartCheckAsync(networkId); // an open draft does not count
        var details = await user.GetDocumentAsync($"/Networks/Details/{networkId}");

        var trend = details.QuerySelector("#history-trend")!.TextContent;
        Assert.Contains("ist die Punktzahl um 25 Punkte gestiegen (von 50 auf 75)", trend);
        Assert.Contains("der Kerngedanke hat sich vom Wissensnetzwerk zum Leistungsnetzwerk verschoben", trend);
        Assert.StartsWith("Seit der ersten Bewertung am ", trend);

        var scoreChart = details.QuerySelector("svg.score-history")!;
        Assert.Equal("img", scoreChart.GetAttribute("role"));
        Assert.Contains("50 Punkte", scoreChart.QuerySelector("desc")!.TextContent);
        Assert.Contains("75 Punkte", scoreChart.QuerySelector("desc")!.TextContent);
        Assert.Equal(2, scoreChart.QuerySelectorAll("circle.chart-point").Length);
        Assert.Equal(2, details.QuerySelectorAll("svg.profile-history rect.chart-bar-service").Length - 1); // one legend swatch
        Assert.Contains("Leistung 57 Prozent", details.QuerySelector("svg.profile-history desc")!.TextContent);

        // History sits right before the list of assessments.
        Assert.Equal("assessments-heading", details.QuerySelector("section.history + section h2")!.Id);
    }

    [Fact]
    public async Task RiseFromRatingMoreCriteriaIsNamedAsALimitedComparison()
    {
        var user = await WebUser.RegisterAsync(factory);
        var networkId = await user.CreateNetworkAsync("Wissensforum West");
        // 57/14/29: Ergebnisse weighs 0.10 + 0.6 × 0.14 = 0.18, each soft criterion 0.205.
        // First check: Umgang 3 and Größe 3 only → 50 points at 41 % completeness.
        var first = await user.StartCheckAsync(networkId);
        await user.SubmitAsync($"/Checks/Type/{first}", [.. KnowledgeHeavy, ("go", "next")]);
        await user.SubmitAsync($"/Checks/Criteria/{first}", [("Criteria[0].Rating", "3"), ("Criteria[1].Rating", "3"), ("go", "next")]);
        await user.SubmitAsync($"/Checks/Flags/{first}", [("go", "next")]);
        await CompleteCheckAsync(user, networkId, KnowledgeHeavy, 4);

        var details = await user.GetDocumentAsync($"/Networks/Details/{networkId}");

        var trend = details.QuerySelector("#history-trend")!.TextContent;
        Assert.Contains("ist die Punktzahl um 25 Punkte gestiegen (von 50 auf 75)", trend);
        Assert.Contains("Der Vergleich ist nur eingeschränkt aussagekräftig: Diesmal sind mehr Kriterien bewertet (Vollständigkeit 100 % statt 41 %)", trend);
    }

    [Fact]
    public async Task ComparingOwnNetworksShowsNamesRecommendationsAndCriteriaSideBySide()
    {
        var user = await WebUser.RegisterAsync(factory);
        var good = await user.CreateNetworkAsync("Gründerstammtisch");
        var bad = await user.CreateNetworkAsync("Marketing-Runde");
        var fresh = await user.CreateNetworkAsync("Neuer Zirkel");
        await CompleteCheckAsync(user, good, KnowledgeHeavy, 5);
        await CompleteCheckAsync(user, bad, ServiceHeavy, 4, "OssifiedStructures", "EveryoneOnlyTakes");

        var page = await user.GetDocumentAsync($"/Networks/Compare?ids={good}&ids={bad}&ids={fresh}");

        var names = page.QuerySelectorAll(".compare-table thead th").Select(th => th.TextContent.Trim()).ToList();
        Assert.Equal(["Gründerstammtisch", "Marketing-Runde", "Neuer Zirkel"], names);
        var recommendations = page.QuerySelectorAll("td.compare-recommendation").Select(td => td.TextContent.Trim()).ToList();
        Assert.Equal("Engagieren", recommendations[0]);
        Assert.Equal("Austreten", recommendations[1]);
        Assert.StartsWith("noch nicht bewertet", recommendations[2]);
        Assert.Equal(["100 / 100", "75 / 100", "100 %", "100 %"], page.Texts(".compare-figure")); // scores, then completeness; none for the unrated one
        var flags = page.QuerySelectorAll("ul.compare-flags li").Select(li => li.TextContent.Trim()).ToList();
        Assert.Equal(["Verknöcherte Strukturen", "Viele wollen nur nehmen"], flags);
        var fits = page.QuerySelectorAll("td.compare-fit").Select(td => td.TextContent.Trim()).ToList();
        Assert.StartsWith("Passt", fits[0]);
        Assert.Contains("Kein Ziel gewählt", fits[0]);
        Assert.Contains("keine Angabe", fits[2]);
        var conduct = page.Row(".compare-table", "Umgang");
        Assert.StartsWith("5 – sehr gut", conduct[0], StringComparison.Ordinal);
        Assert.StartsWith("4 – gut", conduct[1], StringComparison.Ordinal);
        Assert.Equal(2, page.QuerySelectorAll(".compare-table svg.profile-chart").Length);
        var region = page.QuerySelector(".table-scroll")!;
        Assert.Equal("0", region.GetAttribute("tabindex"));
        Assert.Equal("region", region.GetAttribute("role"));
        Assert.False(string.IsNullOrWhiteSpace(region.GetAttribute("aria-label")));
    }

    [Fact]
    public async Task TheListAndTheComparisonTakeEachNetworksLatestCompletedCheck()
    {
        var user = await WebUser.RegisterAsync(factory);
        var older = await user.CreateNetworkAsync("Zweimal geprüft");
        var other = await user.CreateNetworkAsync("Einmal geprüft");
        await CompleteCheckAsync(user, older, KnowledgeHeavy, 3);
        await CompleteCheckAsync(user, other, KnowledgeHeavy, 5);
        await CompleteCheckAsync(user, older, KnowledgeHeavy, 4);
        await user.StartCheckAsync(older); // an open draft does not count

        var list = await user.GetDocumentAsync("/Networks");
        Assert.Equal(["100 von 100 Punkten", "75 von 100 Punkten"], list.Texts("[data-latest-score]"));

        var compared = await user.GetDocumentAsync($"/Networks/Compare?ids={older}&ids={other}");
        Assert.Equal(["75 / 100", "100 / 100", "100 %", "100 %"], compared.Texts(".compare-figure"));
    }

    [Fact]
    public async Task OpenCriteriaAreShownAsOpen()
    {
        var user = await WebUser.RegisterAsync(factory);
        var first = await user.CreateNetworkAsync("Erstes");
        var second = await user.CreateNetworkAsync("Zweites");
        await CompleteCheckAsync(user, first, KnowledgeHeavy, 4);
        var id = await user.StartCheckAsync(second);
        await user.SubmitAsync($"/Checks/Criteria/{id}", [("Criteria[0].Rating", "4"), ("go", "next")]);
        await user.SubmitAsync($"/Checks/Flags/{id}", [("go", "next")]);

        var page = await user.GetDocumentAsync($"/Networks/Compare?ids={first}&ids={second}");

        var size = page.QuerySelectorAll(".compare-table tbody tr").Single(tr => tr.QuerySelector("th")!.TextContent == "Größe");
        var states = size.QuerySelectorAll("td").Select(td => Html.Squash(td.FirstElementChild!.TextContent)).ToList();
        Assert.Equal(["4 – gut", "offen"], states);
    }

    [Fact]
    public async Task NetworkListOffersTheComparisonFromTwoNetworks()
    {
        var user = await WebUser.RegisterAsync(factory);
        var first = await user.CreateNetworkAsync("Eins");

        var single = await user.GetDocumentAsync("/Networks");
        Assert.Null(single.QuerySelector("form.compare-form"));

        var second = await user.CreateNetworkAsync("Zwei");
        var list = await user.GetDocumentAsync("/Networks");
        var form = list.QuerySelector("ul.network-list ~ form.compare-form")!;
        Assert.Equal("get", form.GetAttribute("method"));
        Assert.Equal("/Networks/Compare", form.GetAttribute("action"));
        Assert.Equal("Netzwerke vergleichen", form.QuerySelector("legend")!.TextContent);
        Assert.Equal(
            [first, second],
            form.QuerySelectorAll("input[type=checkbox][name=ids]").Select(i => int.Parse(i.GetAttribute("value")!, CultureInfo.InvariantCulture)).Order());
        Assert.All(form.QuerySelectorAll("input[type=checkbox]"), i => Assert.NotNull(form.QuerySelector($"label[for='{i.Id}']")));
        Assert.Equal("Vergleichen", form.QuerySelector("#compare-submit")!.TextContent.Trim());
    }

    [Fact]
    public async Task AnotherUsersNetworkIsNotFoundAndNothingOfItIsShown()
    {
        var owner = await WebUser.RegisterAsync(factory);
        var secret = await owner.CreateNetworkAsync("Geheimer Kreis");
        await CompleteCheckAsync(owner, secret, KnowledgeHeavy, 5);
        var stranger = await WebUser.RegisterAsync(factory);
        var own = await stranger.CreateNetworkAsync("Eigener Stammtisch");

        var (status, html) = await CompareAsync(stranger, $"?ids={own}&ids={secret}");
        var (unknownStatus, unknownHtml) = await CompareAsync(stranger, $"?ids={own}&ids=987654");

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.DoesNotContain("Geheimer Kreis", html);
        Assert.DoesNotContain("Engagieren", html);
        AssertMessagePage(html, "Mindestens eines der ausgewählten Netzwerke gibt es in Ihrem Konto nicht");
        // Someone else's network and one that does not exist look alike.
        Assert.Equal(HttpStatusCode.NotFound, unknownStatus);
        AssertMessagePage(unknownHtml, "Mindestens eines der ausgewählten Netzwerke gibt es in Ihrem Konto nicht");
    }

    [Theory]
    [InlineData(1, "Bitte wählen Sie mindestens zwei Netzwerke aus")]
    [InlineData(5, "Bitte wählen Sie höchstens vier Netzwerke aus – Sie haben 5 gewählt.")]
    public async Task TooFewOrTooManyNetworksGetAGermanMessage(int count, string message)
    {
        var user = await WebUser.RegisterAsync(factory);
        var ids = new List<int>();
        for (var i = 0; i < count; i++)
        {
            ids.Add(await user.CreateNetworkAsync($"Netzwerk {i + 1}"));
        }

        var (status, html) = await CompareAsync(user, "?" + string.Join('&', ids.Select(id => $"ids={id}")));

        Assert.Equal(HttpStatusCode.OK, status);
        AssertMessagePage(html, message);
        Assert.DoesNotContain("compare-table", html);
    }

    [Theory]
    [InlineData("?ids=abc", "ungültige Angabe")]
    [InlineData("?ids=1&ids=abc", "ungültige Angabe")]
    [InlineData("?ids=-3&ids=4", "ungültige Angabe")]
    [InlineData("?ids=99999999999999999999&ids=1", "ungültige Angabe")]
    [InlineData("?ids=&ids=", "ungültige Angabe")]
    [InlineData("?ids=%3Cscript%3E&ids=2", "ungültige Angabe")]
    [InlineData("?ids=7&ids=7", "nur einmal")]
    [InlineData("", "mindestens zwei")]
    public async Task GarbageIdsGetAMessageNotAnError(string query, string message)
    {
        var user = await WebUser.RegisterAsync(factory);

        var (status, html) = await CompareAsync(user, query);

        Assert.Equal(HttpStatusCode.OK, status);
        AssertMessagePage(html, message);
    }
}
