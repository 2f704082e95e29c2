using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using NetzwerkCheck.Web.Pages.Workshops;
using NetzwerkCheck.Web.Tests.Infrastructure;

namespace NetzwerkCheck.Web.Tests.Pages.Workshops;

/// <summary>
/// A live channel ends after its time limit (the phone's EventSource then reconnects by itself), so a
/// forgotten tab cannot hold a connection and its database polling forever. Time is simulated.
/// </summary>
public sealed class LiveStreamLimitTests(LiveStreamLimitTests.FakeClockFactory factory) : IClassFixture<LiveStreamLimitTests.FakeClockFactory>
{
    [Fact]
    public async Task PhoneChannelStaysOpenUntilItsTimeLimitAndThenEnds()
    {
        var facilitator = await WebUser.RegisterAsync(factory);
        var (_, code) = await WorkshopTests.OpenWorkshopAsync(facilitator);
        var participant = await WorkshopTests.JoinAsync(factory.CreateBrowserClient(), code);
        var response = await participant.Client.GetAsync($"/w/{code}/events", HttpCompletionOption.ResponseHeadersRead, TestContext.Current.CancellationToken);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(TestContext.Current.CancellationToken));
        Assert.StartsWith("event: state", await ReadUntilAsync(reader, line => line.StartsWith("event:", StringComparison.Ordinal)));

        // Shortly before the limit the channel is alive and owes a keep-alive comment. The stream measures the
        // keep-alive from when it sent the state, so this holds also if the stream has not started waiting yet.
        factory.Clock.Advance(WorkshopLive.MaxStreamDuration - TimeSpan.FromMinutes(1));
        Assert.Equal(": still here", await ReadUntilAsync(reader, line => line.StartsWith(':')));

        factory.Clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Null(await ReadUntilAsync(reader, _ => false));
    }

    /// <summary>The first line matching <paramref name="wanted"/>, or null when the stream ends; gives up after <see cref="Eventually.Patience"/>.</summary>
    private static async Task<string?> ReadUntilAsync(StreamReader reader, Func<string, bool> wanted)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(Eventually.Patience);
        while (await reader.ReadLineAsync(timeout.Token) is { } line)
        {
            if (wanted(line))
            {
                return line;
            }
        }
        return null;
    }

    public sealed class FakeClockFactory : NetzwerkCheckFactory
    {
        public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services => services.AddSingleton<TimeProvider>(Clock));
        }
    }
}
