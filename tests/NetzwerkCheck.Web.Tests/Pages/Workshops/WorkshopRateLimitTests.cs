using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using NetzwerkCheck.Web.Tests.Infrastructure;

namespace NetzwerkCheck.Web.Tests.Pages.Workshops;

/// <summary>
/// The workshop's budgets per client address (WorkshopRateLimits): the join form's POST (which tells
/// whether a code exists) and the room (question page, answers, live channel). Turned down here to a
/// few requests; the second class shows that the defaults carry a whole room behind one address.
/// </summary>
public sealed class WorkshopRateLimitTests(WorkshopRateLimitTests.TightFactory factory) : IClassFixture<WorkshopRateLimitTests.TightFactory>
{
    [Fact]
    public async Task JoiningAnswers429OnceTheBudgetIsSpent()
    {
        var facilitator = await WebUser.RegisterAsync(factory);
        var (_, code) = await WorkshopTests.OpenWorkshopAsync(facilitator);

        for (var i = 0; i < 3; i++)
        {
            await WorkshopTests.JoinAsync(factory.CreateBrowserClient(), code);
        }
        var visitor = new WebUser(factory.CreateBrowserClient());
        var fourth = await visitor.SubmitAsync("/w", [("Input.Code", code)]);
        var guess = await visitor.SubmitAsync("/w", [("Input.Code", "ZZZZZZ")]);

        Assert.Equal((HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests), (fourth.StatusCode, guess.StatusCode));
        // Showing the empty form costs nothing, so the page still opens (the budget comes back within a minute).
        Assert.Equal(HttpStatusCode.OK, (await visitor.Client.GetAsync("/w", TestContext.Current.CancellationToken)).StatusCode);
        Assert.Equal(3, await factory.WithDbAsync(db => db.WorkshopParticipants.CountAsync()));
    }

    [Fact]
    public async Task TheRoomAnswers429OnceItsBudgetIsSpent()
    {
        var client = factory.CreateBrowserClient();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 8; i++)
        {
            statuses.Add((await client.GetAsync(i % 2 == 0 ? "/w/ABCDEF" : "/w/ABCDEF/events", TestContext.Current.CancellationToken)).StatusCode);
        }

        Assert.DoesNotContain(HttpStatusCode.TooManyRequests, statuses.Take(6));
        Assert.All(statuses.Skip(6), status => Assert.Equal(HttpStatusCode.TooManyRequests, status));
    }

    public sealed class TightFactory : NetzwerkCheckFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("RateLimits:WorkshopJoinBurst", "3");
            builder.UseSetting("RateLimits:WorkshopJoinsPerMinute", "1");
            builder.UseSetting("RateLimits:WorkshopRoomBurst", "6");
            builder.UseSetting("RateLimits:WorkshopRoomPerMinute", "1");
        }
    }
}

/// <summary>
/// A room of 100 phones on the venue's Wi-Fi reaches the app from one address. With the default
/// budgets every one of them joins, follows a step and answers without a single 429.
/// </summary>
public sealed class WorkshopRoomBehindOneAddressTests(NetzwerkCheckFactory factory) : IClassFixture<NetzwerkCheckFactory>
{
    [Fact]
    public async Task DefaultBudgetsCarryAWholeRoom()
    {
        const int Phones = 100;
        var facilitator = await WebUser.RegisterAsync(factory);
        var (id, code) = await WorkshopTests.OpenWorkshopAsync(facilitator);

        var phones = new List<WebUser>();
        for (var i = 0; i < Phones; i++)
        {
            phones.Add(await WorkshopTests.JoinAsync(factory.CreateBrowserClient(), code));
        }
        await facilitator.SubmitAsync($"/Workshops/Present/{id}", [], "form[data-key=next]");
        foreach (var phone in phones)
        {
            // What a phone does per question: its live channel reconnects, the page reloads, the answer is posted and the page shown again.
            var events = await phone.Client.GetAsync($"/w/{code}/events", HttpCompletionOption.ResponseHeadersRead, TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.OK, events.StatusCode);
            events.Dispose();
            var answered = await phone.SubmitAsync($"/w/{code}", [("Values", "referral")]);
            Assert.Equal(HttpStatusCode.Redirect, answered.StatusCode);
            await phone.FollowAsync(answered);
        }

        Assert.Equal(Phones, await factory.WithDbAsync(db => db.WorkshopAnswers.CountAsync(a => a.WorkshopId == id && a.QuestionKey == "network-kinds")));
    }
}
