using System.Net;
using NetzwerkCheck.Web.Tests.Infrastructure;

namespace NetzwerkCheck.Web.Tests.Operations;

/// <summary>
/// A second app in the test process, with other allowed networks. Apart from <see cref="MetricsTests"/>: once a
/// second app had been started and stopped in that class, the first app's own counters no longer reached its
/// scrape (seen on 2026-12-02, cause not found; the app itself runs one host per process).
/// </summary>
[Collection(nameof(MetricsNetworkTests))]
[CollectionDefinition(nameof(MetricsNetworkTests), DisableParallelization = true)]
public sealed class MetricsNetworkTests
{
    private const string Token = MetricsTests.Token;

    private static Task<HttpResponseMessage> ScrapeAsync(NetzwerkCheckFactory app, string? from, string? forwardedFor = null, string? token = null, string scheme = "http") =>
        MetricsTests.ScrapeAsync(app, from, forwardedFor, token, scheme: scheme);

    [Fact]
    public async Task ConfiguredNetworksReplaceLoopback()
    {
        await using var app = new MetricsTests.InternalNetworkFactory();

        Assert.Equal(HttpStatusCode.OK, (await ScrapeAsync(app, "10.20.30.40")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await ScrapeAsync(app, "10.0.0.5", forwardedFor: "10.20.30.40")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await ScrapeAsync(app, "10.0.0.5", forwardedFor: "203.0.113.7", scheme: "https")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await ScrapeAsync(app, "127.0.0.1", scheme: "https")).StatusCode);
        // No token is configured: none opens it.
        Assert.Equal(HttpStatusCode.NotFound, (await ScrapeAsync(app, "203.0.113.7", token: Token, scheme: "https")).StatusCode);
    }
}
