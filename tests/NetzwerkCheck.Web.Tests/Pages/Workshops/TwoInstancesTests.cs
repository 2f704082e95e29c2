using System.Net;
using NetzwerkCheck.Web.Tests.Infrastructure;

namespace NetzwerkCheck.Web.Tests.Pages.Workshops;

/// <summary>Two app instances on one database, as behind a load balancer: both see the same room.</summary>
public sealed class TwoInstancesTests(NetzwerkCheckFactory factory) : IClassFixture<NetzwerkCheckFactory>
{
    [Fact]
    public async Task AnswersThroughOneInstanceShowOnTheOther()
    {
        var facilitator = await WebUser.RegisterAsync(factory);
        var (id, code) = await WorkshopTests.OpenWorkshopAsync(facilitator);
        using var second = new SameDatabaseFactory(factory.DatabaseFile);

        var participant = await WorkshopTests.JoinAsync(second.CreateBrowserClient(), code);
        await participant.SubmitAsync($"/w/{code}", [("Values", "gatherer")]);
        var stage = await (await facilitator.Client.GetAsync($"/Workshops/Present/{id}?handler=Stage", TestContext.Current.CancellationToken)).TextAsync();
        Assert.Contains("<span id=\"answer-count\">1</span> von 1 Person hat geantwortet", stage);

        await facilitator.SubmitAsync($"/Workshops/Present/{id}", [], "form[data-key=next]");
        var state = await participant.Client.GetStringAsync($"/w/{code}?handler=State", TestContext.Current.CancellationToken);
        Assert.Equal("{\"question\":1,\"closed\":false}", state);
    }

    private sealed class SameDatabaseFactory(string file) : NetzwerkCheckFactory
    {
        public override string DatabaseFile => file;
    }
}
