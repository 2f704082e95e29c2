using Microsoft.Extensions.DependencyInjection;
using NetzwerkCheck.Web.Pages.Workshops;
using NetzwerkCheck.Web.Tests.Infrastructure;

namespace NetzwerkCheck.Web.Tests.Pages.Workshops;

/// <summary>The shared per-workshop reader behind the live channels: it starts with the first subscriber, stops after the last, and starts again.</summary>
public sealed class WorkshopPulseTests(NetzwerkCheckFactory factory) : IClassFixture<NetzwerkCheckFactory>
{
    [Fact]
    public async Task SubscribersSeeStepsAndDeletionAlsoAfterThePollingRestarted()
    {
        var facilitator = await WebUser.RegisterAsync(factory);
        var (id, _) = await WorkshopTests.OpenWorkshopAsync(facilitator);
        var pulse = factory.Services.GetRequiredService<WorkshopPulse>();
        Assert.False(pulse.IsPolling(id));

        using (var first = pulse.Subscribe(id))
        {
            Assert.True(pulse.IsPolling(id));
            Assert.Equal(0, (await UntilAsync(first, s => s is not null))!.CurrentQuestion);
        }
        // The last subscriber left: the reader retires at its next beat. A new subscriber starts a new one.
        await Eventually.TrueAsync(() => !pulse.IsPolling(id), "The reader kept polling after its last subscriber had left.");

        using var second = pulse.Subscribe(id);
        using var third = pulse.Subscribe(id);
        Assert.True(pulse.IsPolling(id));
        await UntilAsync(second, s => s?.CurrentQuestion == 0);
        await facilitator.SubmitAsync($"/Workshops/Present/{id}", [], "form[data-key=next]");
        Assert.Equal(1, (await UntilAsync(second, s => s?.CurrentQuestion == 1))!.CurrentQuestion);
        Assert.Equal(1, (await UntilAsync(third, s => s?.CurrentQuestion == 1))!.CurrentQuestion);

        await facilitator.SubmitAsync($"/Workshops/Delete/{id}", []);
        Assert.Null(await UntilAsync(second, s => s is null));
    }

    private static async Task<WorkshopSnapshot?> UntilAsync(WorkshopPulse.Subscription subscription, Func<WorkshopSnapshot?, bool> condition)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(Eventually.Patience);
        while (true)
        {
            var (loaded, current, next) = subscription.Peek();
            if (loaded && condition(current))
            {
                return current;
            }
            await next.WaitAsync(timeout.Token);
        }
    }
}
