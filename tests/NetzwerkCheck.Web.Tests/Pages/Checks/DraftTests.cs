using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using NetzwerkCheck.Web.Tests.Infrastructure;

namespace NetzwerkCheck.Web.Tests.Pages.Checks;

public sealed class DraftTests(NetzwerkCheckFactory factory) : IClassFixture<NetzwerkCheckFactory>
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.Now);

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static async Task<string> TokenAsync(WebUser user, string url) =>
        (await user.GetDocumentAsync(url)).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

    [Fact]
    public async Task DraftResumesAtTheStepWhereTheUserLeftIt()
    {
        var user = await WebUser.RegisterAsync(factory);
        var networkId = await user.CreateNetworkAsync();
        var id = await user.StartCheckAsync(networkId);
        await user.SubmitAsync($"/Checks/Goal/{id}", [("Input.Goal", "WinClients"), ("go", "next")]);
        await user.SubmitAsync($"/Checks/Type/{id}", [("go", "next")]);

        var later = await user.SubmitAsync($"/Checks/Criteria/{id}", [("Criteria[0].Rating", "4"), ("go", "later")]);
        Assert.Equal($"/Networks/Details/{networkId}", later.Headers.Location!.OriginalString);

        var details = await user.GetDocumentAsync($"/Networks/Details/{networkId}");
        Assert.Equal($"/Checks/Criteria/{id}", details.QuerySelector("#check-resume")!.GetAttribute("href"));
        Assert.Contains("zuletzt bei „Kriterien“", details.QuerySelector("table")!.TextContent);
        var start = await user.Client.PostAsync($"/Checks/Start/{networkId}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = await TokenAsync(user, $"/Networks/Details/{networkId}"),
        }), TestContext.Current.CancellationToken);
        Assert.Equal($"/Checks/Criteria/{id}", start.Headers.Location!.OriginalString);
    }

    [Theory]
    [InlineData("Goal")]
    [InlineData("Contribution")]
    [InlineData("Type")]
    [InlineData("Criteria")]
    [InlineData("Flags")]
    public async Task EveryStepCanBeTheOneADraftResumesAt(string step)
    {
        var user = await WebUser.RegisterAsync(factory);
        var networkId = await user.CreateNetworkAsync();
        var id = await user.StartCheckAsync(networkId);

        var later = await user.SubmitAsync($"/Checks/{step}/{id}", [("go", "later")]);
        // Nothing answered yet is no error: the step is saved as it is.
        Assert.Equal(HttpStatusCode.Redirect, later.StatusCode);

        var details = await user.GetDocumentAsync($"/Networks/Details/{networkId}");
        Assert.Equal($"/Checks/{step}/{id}", details.QuerySelector("#check-resume")!.GetAttribute("href"));
    }

    [Fact]
    public async Task LeavingAfterNextResumesAtTheStepItLeadsTo()
    {
        var user = await WebUser.RegisterAsync(factory);
        var networkId = await user.CreateNetworkAsync();
        var id = await user.StartCheckAsync(networkId);
        await user.SubmitAsync($"/Checks/Goal/{id}", [("go", "next")]);
        await user.SubmitAsync($"/Checks/Type/{id}", [("go", "next")]);
        await user.SubmitAsync($"/Checks/Criteria/{id}", [("go", "next")]);
        await user.SubmitAsync($"/Checks/Flags/{id}", [("go", "back")]);

        var details = await user.GetDocumentAsync($"/Networks/Details/{networkId}");
        Assert.Equal($"/Checks/Criteria/{id}", details.QuerySelector("#check-resume")!.GetAttribute("href"));
    }

    [Fact]
    public async Task DiscardingAsksFirstThenDeletesOnlyTheDraft()
    {
        var user = await WebUser.RegisterAsync(factory);
        var networkId = await user.CreateNetworkAsync("Stammtisch Nord");
        var completed = await user.StartCheckAsync(networkId);
        await user.SubmitAsync($"/Checks/Flags/{completed}", [("go", "next")]);
        var draft = await user.StartCheckAsync(networkId);

        var details = await user.GetDocumentAsync($"/Networks/Details/{networkId}");
        Assert.Equal($"/Checks/Discard/{draft}", details.QuerySelector("#check-discard")!.GetAttribute("href"));
        var wizard = await user.GetDocumentAsync($"/Checks/Criteria/{draft}");
        Assert.Equal($"/Checks/Discard/{draft}", wizard.QuerySelector("#step-discard")!.GetAttribute("href"));
        var confirm = await user.GetDocumentAsync($"/Checks/Discard/{draft}");
        Assert.Contains("Entwurf für „Stammtisch Nord“ verwerfen?", confirm.QuerySelector("h1")!.TextContent);
        Assert.Equal(2, await factory.WithDbAsync(db => db.Assessments.CountAsync(a => a.NetworkId == networkId)));

        var discarded = await user.SubmitAsync($"/Checks/Discard/{draft}", []);

        Assert.Equal($"/Networks/Details/{networkId}", discarded.Headers.Location!.OriginalString);
        var page = WebUtility.HtmlDecode(await user.FollowAsync(discarded));
        Assert.Contains("Der Entwurf ist verworfen.", page);
        Assert.Contains("Neu bewerten", page);
        var left = await factory.WithDbAsync(db => db.Assessments.Where(a => a.NetworkId == networkId).Select(a => a.Id).ToListAsync());
        Assert.Equal([completed], left);
    }

    [Fact]
    public async Task CompletedCheckCannotBeDiscardedAsADraft()
    {
        var user = await WebUser.RegisterAsync(factory);
        var networkId = await user.CreateNetworkAsync();
        var id = await user.StartCheckAsync(networkId);
        await user.SubmitAsync($"/Checks/Flags/{id}", [("go", "next")]);

        var get = await user.Client.GetAsync($"/Checks/Discard/{id}", TestContext.Current.CancellationToken);
        var post = await user.Client.PostAsync($"/Checks/Discard/{id}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = await TokenAsync(user, $"/Networks/Details/{networkId}"),
        }), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        Assert.Equal(1, await factory.WithDbAsync(db => db.Assessments.CountAsync(a => a.Id == id)));
    }

    [Fact]
    public async Task AnotherUsersDraftIsNotFoundAndStays()
    {
        var owner = await WebUser.RegisterAsync(factory);
        var id = await owner.StartCheckAsync(await owner.CreateNetworkAsync("Geheimer Kreis"));
        var stranger = await WebUser.RegisterAsync(factory);
        var ownNetwork = await stranger.CreateNetworkAsync();

        var get = await stranger.Client.GetAsync($"/Checks/Discard/{id}", TestContext.Current.CancellationToken);
        var post = await stranger.Client.PostAsync($"/Checks/Discard/{id}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = await TokenAsync(stranger, $"/Networks/Details/{ownNetwork}"),
        }), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        Assert.DoesNotContain("Geheimer Kreis", await get.TextAsync());
        Assert.Equal(1, await factory.WithDbAsync(db => db.Assessments.CountAsync(a => a.Id == id)));
    }

    [Fact]
    public async Task DiscardWithoutAntiforgeryTokenIsRejected()
    {
        var user = await WebUser.RegisterAsync(factory);
        var id = await user.StartCheckAsync(await user.CreateNetworkAsync());

        var post = await user.Client.PostAsync($"/Checks/Discard/{id}", new FormUrlEncodedContent([]), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, post.StatusCode);
        Assert.Equal(1, await factory.WithDbAsync(db => db.Assessments.CountAsync(a => a.Id == id)));
    }

    [Fact]
    public async Task DraftFollowsATrialPlannedAfterItWasStarted()
    {
        var user = await WebUser.RegisterAsync(factory);
        var networkId = await user.CreateNetworkAsync();
        var id = await user.StartCheckAsync(networkId);
        Assert.Equal("", (await user.GetDocumentAsync($"/Checks/Criteria/{id}")).QuerySelector("#TrialWeeks")!.GetAttribute("value"));

        await user.SubmitAsync($"/Networks/Trial/{networkId}", [("Dates.Start", Iso(Today.AddDays(-63))), ("Dates.PlannedEnd", Iso(Today.AddDays(30)))], "form[action*='handler=Dates']");

        Assert.Equal("9", (await user.GetDocumentAsync($"/Checks/Criteria/{id}")).QuerySelector("#TrialWeeks")!.GetAttribute("value"));
        await user.SubmitAsync($"/Checks/Criteria/{id}", [("TrialWeeks", "9"), ("go", "next")]);
        Assert.Equal(9, await factory.WithDbAsync(db => db.Assessments.Where(a => a.Id == id).Select(a => a.TrialWeeks).SingleAsync()));
    }

    [Fact]
    public async Task LengthTheUserEnteredAfterTheTrialChangeIsKept()
    {
        var user = await WebUser.RegisterAsync(factory);
        var networkId = await user.CreateNetworkAsync();
        await user.SubmitAsync($"/Networks/Trial/{networkId}", [("Dates.Start", Iso(Today.AddDays(-63))), ("Dates.PlannedEnd", Iso(Today.AddDays(30)))], "form[action*='handler=Dates']");
        var id = await user.StartCheckAsync(networkId);

        await user.SubmitAsync($"/Checks/Criteria/{id}", [("TrialWeeks", "14"), ("go", "later")]);

        Assert.Equal("14", (await user.GetDocumentAsync($"/Checks/Criteria/{id}")).QuerySelector("#TrialWeeks")!.GetAttribute("value"));
    }
}
