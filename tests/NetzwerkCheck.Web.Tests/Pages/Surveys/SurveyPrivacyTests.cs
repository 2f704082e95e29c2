using System.Net;
using Microsoft.EntityFrameworkCore;
using NetzwerkCheck.Web.Tests.Infrastructure;

namespace NetzwerkCheck.Web.Tests.Pages.Surveys;

/// <summary>One answer per link without relying on a cookie, and no single answer readable from the owner's view.</summary>
public sealed class SurveyPrivacyTests(NetzwerkCheckFactory factory) : IClassFixture<NetzwerkCheckFactory>
{
    private static readonly (string, string?)[] Answer =
    [
        ("Input.ConductRating", "4"), ("Input.ValueRating", "3"), ("Input.SeenAs", "Referral"), ("Input.WouldRecommend", "true"),
    ];

    [Fact]
    public async Task AnInvitationLinkTakesExactlyOneAnswerFromAnyBrowser()
    {
        var (owner, networkId, _) = await OpenSurveyAsync();
        var links = await InviteAsync(owner, networkId, 3);
        Assert.Equal(3, links.Count);
        Assert.Equal(3, links.Distinct().Count());

        var first = await new WebUser(factory.CreateBrowserClient()).SubmitAsync(links[0], Answer);
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        // A second browser (no cookie in common) with the same link is refused, and nothing is stored.
        var stranger = new WebUser(factory.CreateBrowserClient());
        var again = await stranger.Client.GetAsync(links[0], TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal("Dieser Einladungslink ist schon benutzt", (await WebUser.ParseAsync(again)).Text("h1"));
        Assert.Empty((await WebUser.ParseAsync(again)).QuerySelectorAll("main form"));

        Assert.Equal(1, await CountAsync(networkId));
        var page = await owner.GetDocumentAsync($"/Surveys/{networkId}");
        Assert.Equal("Erzeugt: 3, davon benutzt: 1.", page.Text("#invitation-counts"));
    }

    [Fact]
    public async Task TwoTabsWithOneInvitationStoreOneAnswer()
    {
        var (owner, networkId, _) = await OpenSurveyAsync();
        var link = (await InviteAsync(owner, networkId, 1))[0];
        var tabOne = new WebUser(factory.CreateBrowserClient());
        var tabTwo = new WebUser(factory.CreateBrowserClient());
        var formOne = await tabOne.GetDocumentAsync(link);
        var formTwo = await tabTwo.GetDocumentAsync(link);

        await Task.WhenAll(Post(tabOne, formOne), Post(tabTwo, formTwo));

        Assert.Equal(1, await CountAsync(networkId));

        Task<HttpResponseMessage> Post(WebUser tab, AngleSharp.Html.Dom.IHtmlDocument form)
        {
            var fields = WebUser.FormValues((AngleSharp.Html.Dom.IHtmlFormElement)form.QuerySelector("main form")!);
            fields.AddRange(Answer.Select(a => new KeyValuePair<string, string>(a.Item1, a.Item2!)));
            return tab.Client.PostAsync(link, new FormUrlEncodedContent(fields), TestContext.Current.CancellationToken);
        }
    }

    [Fact]
    public async Task TheAnswerKeepsNoTraceOfItsInvitation()
    {
        var (owner, networkId, _) = await OpenSurveyAsync();
        var link = (await InviteAsync(owner, networkId, 1))[0];
        var token = link.Split('/').Last();

        await new WebUser(factory.CreateBrowserClient()).SubmitAsync(link, Answer);

        var stored = await factory.WithDbAsync(db => db.SurveyResponses.Where(r => db.Surveys.Any(s => s.Id == r.SurveyId && s.NetworkId == networkId)).SingleAsync(TestContext.Current.CancellationToken));
        var invitation = await factory.WithDbAsync(db => db.SurveyInvitations.Where(i => db.Surveys.Any(s => s.Id == i.SurveyId && s.NetworkId == networkId)).SingleAsync(TestContext.Current.CancellationToken));
        Assert.True(invitation.Used);
        Assert.NotEqual(token, invitation.TokenHash);
        Assert.NotEqual(invitation.TokenHash, stored.RespondentHash);
        Assert.DoesNotContain(token, stored.RespondentHash, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("kurz")]
    public async Task AnUnknownInvitationIsNotFound(string token)
    {
        var (_, _, link) = await OpenSurveyAsync();

        var response = await new WebUser(factory.CreateBrowserClient()).Client.GetAsync($"{link}/{token}", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task WithTheOpenLinkOffOnlyInvitationsAreAnswered()
    {
        var (owner, networkId, open) = await OpenSurveyAsync();
        var links = await InviteAsync(owner, networkId, 1);

        var off = await owner.SubmitAsync($"/Surveys/{networkId}", [], "form[action*='handler=OpenLink']");
        Assert.StartsWith("Der offene Link ist abgeschaltet.", (await owner.FollowToDocumentAsync(off)).Text("[role=status]"));

        var visitor = new WebUser(factory.CreateBrowserClient());
        var page = await visitor.Client.GetAsync(open, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
        Assert.Equal("Nur mit persönlicher Einladung", (await WebUser.ParseAsync(page)).Text("h1"));
        var token = (await visitor.GetDocumentAsync(links[0])).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var post = await visitor.Client.PostAsync(open, new FormUrlEncodedContent(Answer.Select(a => new KeyValuePair<string, string>(a.Item1, a.Item2!)).Append(new("__RequestVerificationToken", token))), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.Equal(0, await CountAsync(networkId));

        Assert.Equal(HttpStatusCode.Redirect, (await visitor.SubmitAsync(links[0], Answer)).StatusCode);
        Assert.Equal(1, await CountAsync(networkId));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("201")]
    [InlineData("viele")]
    public async Task ABadNumberOfLinksIsExplainedAndMakesNone(string count)
    {
        var (owner, networkId, _) = await OpenSurveyAsync();

        var response = await owner.SubmitAsync($"/Surveys/{networkId}", [("InvitationCount", count)], "form[action*='handler=Invite']");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEmpty((await WebUser.ParseAsync(response)).Texts("#InvitationCount-error"));
        Assert.Equal(0, await factory.WithDbAsync(db => db.SurveyInvitations.CountAsync(i => db.Surveys.Any(s => s.Id == i.SurveyId && s.NetworkId == networkId), TestContext.Current.CancellationToken)));
    }

    [Fact]
    public async Task ASingleNewAnswerCannotBeReadFromTheViewBeforeAndAfterIt()
    {
        var (owner, networkId, link) = await OpenSurveyAsync();
        foreach (var conduct in new[] { "4", "4", "4" })
        {
            await new WebUser(factory.CreateBrowserClient()).SubmitAsync(link, WithConduct(conduct));
        }
        var before = await owner.GetDocumentAsync($"/Surveys/{networkId}");
        Assert.Equal("4,0 von 5", before.Fact("Umgang im Durchschnitt"));

        // One more member answers with a 1: the owner's figures stay as they were and say that one answer waits.
        await new WebUser(factory.CreateBrowserClient()).SubmitAsync(link, WithConduct("1"));
        var after = await owner.GetDocumentAsync($"/Surveys/{networkId}");
        Assert.Equal("4,0 von 5", after.Fact("Umgang im Durchschnitt"));
        Assert.Equal("4", after.Text("#survey-count").Split(' ')[0]);
        Assert.StartsWith("Davon 1 neue Antwort, die noch nicht ausgewertet ist", after.Text("#survey-pending"));

        // Two more make a step of three: all three join the aggregate together.
        await new WebUser(factory.CreateBrowserClient()).SubmitAsync(link, WithConduct("4"));
        Assert.Equal("4,0 von 5", (await owner.GetDocumentAsync($"/Surveys/{networkId}")).Fact("Umgang im Durchschnitt"));
        await new WebUser(factory.CreateBrowserClient()).SubmitAsync(link, WithConduct("4"));
        var released = await owner.GetDocumentAsync($"/Surveys/{networkId}");
        Assert.Equal("3,5 von 5", released.Fact("Umgang im Durchschnitt")); // (4·5 + 1) / 6
        Assert.Null(released.QuerySelector("#survey-pending"));
    }

    private static (string, string?)[] WithConduct(string rating) => [.. Answer.Where(a => a.Item1 != "Input.ConductRating"), ("Input.ConductRating", rating)];

    private async Task<(WebUser Owner, int NetworkId, string Link)> OpenSurveyAsync()
    {
        var owner = await WebUser.RegisterAsync(factory);
        var networkId = await owner.CreateNetworkAsync("Stammtisch Süd");
        await owner.SubmitAsync($"/Surveys/{networkId}", [], "form[action*='handler=Open']");
        var page = await owner.GetDocumentAsync($"/Surveys/{networkId}");
        return (owner, networkId, new Uri(page.QuerySelector("#share-url")!.GetAttribute("value")!).AbsolutePath);
    }

    private static async Task<IReadOnlyList<string>> InviteAsync(WebUser owner, int networkId, int count)
    {
        var response = await owner.SubmitAsync($"/Surveys/{networkId}", [("InvitationCount", count.ToString(System.Globalization.CultureInfo.InvariantCulture))], "form[action*='handler=Invite']");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await WebUser.ParseAsync(response);
        return [.. page.QuerySelectorAll("#invitation-links input").Select(i => new Uri(i.GetAttribute("value")!).AbsolutePath)];
    }

    private Task<int> CountAsync(int networkId) =>
        factory.WithDbAsync(db => db.SurveyResponses.CountAsync(r => db.Surveys.Any(s => s.Id == r.SurveyId && s.NetworkId == networkId), TestContext.Current.CancellationToken));
}
