using NetzwerkCheck.Web.Tests.Infrastructure;

namespace NetzwerkCheck.Web.Tests.Pages.Workshops;

/// <summary>
/// Two app instances on one database, as behind a load balancer: a phone served by one instance and
/// the projector served by the other see the same room, live.
/// </summary>
public sealed class TwoInstancesTests(NetzwerkCheckFactory factory) : IClassFixture<NetzwerkCheckFactory>
{
    [Fact]
    public async Task AnswersThroughOneInstanceShowOnTheOtherLive()
    {
        var facilitator = await WebUser.RegisterAsync(factory);
        var (id, code) = await WorkshopTests.OpenWorkshopAsync(facilitator);
        using var second = new SameDatabaseFactory(factory.DatabaseFile);
        await using var projector = await LiveEvents.OpenAsync(facilitator.Client, $"/Workshops/Present/{id}?handler=Events");
        await projector.UntilAsync(s => s.GetProperty("participants").GetInt32() == 0);

        // The phone talks only to instance B; the projector's stream runs on instance A.
        var participant = await WorkshopTests.JoinAsync(second.CreateBrowserClient(), code);
        await participant.SubmitAsync($"/w/{code}", [("Values", "gatherer")]);
        var live = await projector.UntilAsync(s => s.GetProperty("respondents").GetInt32() == 1);
        Assert.Equal(1, live.GetProperty("participants").GetInt32());
        var stage = Html.Parse(await (await facilitator.Client.GetAsync($"/Workshops/Present/{id}?handler=Stage", TestContext.Current.CancellationToken)).TextAsync());
        Assert.Equal("1 von 1 Person hat geantwortet", stage.Text(".stage-count"));

        // The facilitator steps on instance A; the phone's stream on instance B follows.
        await using var phone = await LiveEvents.OpenAsync(participant.Client, $"/w/{code}/events");
        await phone.UntilAsync(s => s.GetProperty("question").GetInt32() == 0);
        await facilitator.SubmitAsync($"/Workshops/Present/{id}", [], "form[data-key=next]");
        await phone.UntilAsync(s => s.GetProperty("question").GetInt32() == 1);
        var room = await participant.GetDocumentAsync($"/w/{code}");
        Assert.Contains("In welchen Arten von Netzwerken sind Sie unterwegs?", room.QuerySelector("h1")!.TextContent);
    }

    private sealed class SameDatabaseFactory(string file) : NetzwerkCheckFactory
    {
        public override string DatabaseFile => file;
    }
}
