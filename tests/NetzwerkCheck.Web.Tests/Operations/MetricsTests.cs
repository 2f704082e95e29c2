using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using NetzwerkCheck.Web.Tests.Infrastructure;
using NetzwerkCheck.Web.Tests.Pages.Workshops;

namespace NetzwerkCheck.Web.Tests.Operations;

/// <summary>
/// /metrics in Prometheus' format, for the configured networks (loopback by default) or a bearer token; for
/// everyone else the 404 of any unknown path. Every app in the test process counts into the same meters, so
/// counts are compared with what was there before, and this collection runs alone.
/// </summary>
[Collection(nameof(MetricsTests))]
[CollectionDefinition(nameof(MetricsTests), DisableParallelization = true)]
public sealed partial class MetricsTests(MetricsTests.MetricsFactory factory) : IClassFixture<MetricsTests.MetricsFactory>
{
    internal const string Token = "scrape-token-7f3c9a1e5b";

    /// <summary>Loopback as shipped, plus the token; a known proxy at 10.0.0.5.</summary>
    public sealed class MetricsFactory : NetzwerkCheckFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Metrics:Token", Token);
            builder.UseSetting("ForwardedHeaders:KnownProxies:0", "10.0.0.5");
        }
    }

    /// <summary>Internal networks allowed instead of loopback, behind a known proxy at 10.0.0.5.</summary>
    internal sealed class InternalNetworkFactory : NetzwerkCheckFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Metrics:AllowedNetworks:0", "10.0.0.0/8");
            builder.UseSetting("ForwardedHeaders:KnownProxies:0", "10.0.0.5");
        }
    }

    /// <summary>Plain http by default: Prometheus scrapes an instance directly.</summary>
    internal static async Task<HttpResponseMessage> ScrapeAsync(NetzwerkCheckFactory app, string? from, string? forwardedFor = null, string? token = null, string path = "/metrics", string scheme = "http")
    {
        using var http = app.CreateClient(new() { BaseAddress = new Uri($"{scheme}://localhost"), AllowAutoRedirect = false, HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (from is not null)
        {
            request.Headers.Add(TestClientAddress.Header, from);
        }
        if (forwardedFor is not null)
        {
            request.Headers.Add("X-Forwarded-For", forwardedFor);
        }
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
        return await http.SendAsync(request, TestContext.Current.CancellationToken);
    }

    private async Task<string> ScrapeTextAsync()
    {
        var response = await ScrapeAsync(factory, "127.0.0.1");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
    }

    /// <summary>The value of a metric without labels other than the scope's; 0 while it has not been recorded.</summary>
    private static double Value(string scrape, string metric)
    {
        var match = Regex.Match(scrape, $@"^{Regex.Escape(metric)}(\{{[^}}]*\}})? (\S+)", RegexOptions.Multiline);
        return match.Success ? double.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture) : 0;
    }

    private async Task<double> ValueAsync(string metric) => Value(await ScrapeTextAsync(), metric);

    private async Task<(WebUser Owner, string Link)> OpenSurveyAsync()
    {
        var owner = await WebUser.RegisterAsync(factory);
        var networkId = await owner.CreateNetworkAsync("Empfehlungsrunde Nord");
        Assert.Equal(HttpStatusCode.Redirect, (await owner.SubmitAsync($"/Surveys/{networkId}", [], "form[action*='handler=Open']")).StatusCode);
        var page = await owner.GetDocumentAsync($"/Surveys/{networkId}");
        return (owner, new Uri(page.QuerySelector("#share-url")!.GetAttribute("value")!).AbsolutePath);
    }

    [Fact]
    public async Task AScrapeFromLoopbackShowsRequestsRuntimeAndTheAppsOwnCounters()
    {
        var before = await ScrapeTextAsync();
        var facilitator = await WebUser.RegisterAsync(factory);
        var (_, code) = await WorkshopTests.OpenWorkshopAsync(facilitator);
        var participant = await WorkshopTests.JoinAsync(factory.CreateBrowserClient(), code);
        Assert.Equal(HttpStatusCode.Redirect, (await participant.SubmitAsync($"/w/{code}", [("Values", "hunter")])).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await participant.SubmitAsync($"/w/{code}", [("Values", "gatherer")])).StatusCode);
        var (owner, link) = await OpenSurveyAsync();
        var answered = await new WebUser(factory.CreateBrowserClient()).SubmitAsync(link,
            [("Input.ConductRating", "4"), ("Input.ValueRating", "3"), ("Input.SeenAs", "Referral"), ("Input.WouldRecommend", "true"), ("Input.Comment", "nur-fuer-die-umfrage-42")]);
        Assert.Equal(HttpStatusCode.Redirect, answered.StatusCode);

        var workshopAnswers = Value(before, "netzwerkcheck_workshop_answers_total") + 2;
        var surveyAnswers = Value(before, "netzwerkcheck_survey_answers_total") + 1;
        var scrape = await Eventually.ValueAsync(
            ScrapeTextAsync,
            text => Value(text, "netzwerkcheck_workshop_answers_total") >= workshopAnswers && Value(text, "netzwerkcheck_survey_answers_total") >= surveyAnswers,
            "The answers were not counted.");

        Assert.Contains("# TYPE netzwerkcheck_workshop_answers_total counter", scrape);
        Assert.Contains("# TYPE netzwerkcheck_survey_answers_total counter", scrape);
        Assert.Matches(@"http_server_request_duration_seconds_bucket\{[^}]*http_route=""w/\{code\}""", scrape);
        Assert.Contains("dotnet_gc_collections_total", scrape);
        // Route templates, not what was in them: no join code, survey link, address or answer.
        Assert.DoesNotContain(code, scrape, StringComparison.Ordinal);
        Assert.DoesNotContain(link.Split('/')[^1], scrape, StringComparison.Ordinal);
        Assert.DoesNotContain(owner.Email, scrape, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("nur-fuer-die-umfrage-42", scrape, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnOpenLiveChannelIsCountedUntilItCloses()
    {
        var facilitator = await WebUser.RegisterAsync(factory);
        var (_, code) = await WorkshopTests.OpenWorkshopAsync(facilitator);
        var participant = await WorkshopTests.JoinAsync(factory.CreateBrowserClient(), code);
        var before = await ValueAsync("netzwerkcheck_live_channels");

        await using (var events = await LiveEvents.OpenAsync(participant.Client, $"/w/{code}/events"))
        {
            await events.NextAsync();
            await Eventually.ValueAsync(() => ValueAsync("netzwerkcheck_live_channels"), open => open == before + 1, "The open channel was not counted.");
        }

        await Eventually.ValueAsync(() => ValueAsync("netzwerkcheck_live_channels"), open => open == before, "The closed channel is still counted.");
    }

    [Theory]
    [InlineData("https", HttpStatusCode.NotFound)]
    // Over plain http every path but /health… and static files gets the "needs HTTPS" page, /metrics too.
    [InlineData("http", HttpStatusCode.BadRequest)]
    public async Task OtherAddressesGetWhatAnUnknownPathGets(string scheme, HttpStatusCode status)
    {
        var unknown = await ScrapeAsync(factory, "203.0.113.7", path: "/gibt-es-nicht", scheme: scheme);
        Assert.Equal(status, unknown.StatusCode);
        var unknownPage = (await WebUser.ParseAsync(unknown)).Text("h1");

        foreach (var outsider in new[] { "203.0.113.7", "10.0.0.7", "192.168.1.20", "2001:db8::1" })
        {
            var response = await ScrapeAsync(factory, outsider, scheme: scheme);
            Assert.Equal(status, response.StatusCode);
            Assert.Equal(unknownPage, (await WebUser.ParseAsync(response)).Text("h1"));
        }
        Assert.Equal(HttpStatusCode.OK, (await ScrapeAsync(factory, "::1")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await ScrapeAsync(factory, "::ffff:127.0.0.1")).StatusCode);
    }

    [Fact]
    public async Task AProxysOwnAddressDoesNotCount()
    {
        // A proxy on the same machine that the app does not trust: the request comes from loopback, for someone else.
        Assert.Equal(HttpStatusCode.NotFound, (await ScrapeAsync(factory, "127.0.0.1", forwardedFor: "203.0.113.7", scheme: "https")).StatusCode);
        // The known proxy names the client, and the client is outside.
        Assert.Equal(HttpStatusCode.NotFound, (await ScrapeAsync(factory, "10.0.0.5", forwardedFor: "203.0.113.7", scheme: "https")).StatusCode);
        // A client that claims loopback through the known proxy: the proxy appends the real address, which counts.
        Assert.Equal(HttpStatusCode.NotFound, (await ScrapeAsync(factory, "10.0.0.5", forwardedFor: "127.0.0.1, 203.0.113.7", scheme: "https")).StatusCode);
    }

    [Fact]
    public async Task TheTokenOpensTheScrapeFromAnywhere()
    {
        var right = await ScrapeAsync(factory, "203.0.113.7", token: Token);
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Contains("# TYPE dotnet_process_cpu_count gauge", await right.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal(HttpStatusCode.OK, (await ScrapeAsync(factory, "10.0.0.5", forwardedFor: "203.0.113.7", token: Token)).StatusCode);

        Assert.Equal(HttpStatusCode.NotFound, (await ScrapeAsync(factory, "203.0.113.7", token: Token + "x", scheme: "https")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await ScrapeAsync(factory, "203.0.113.7", token: Token[..^1], scheme: "https")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await ScrapeAsync(factory, "203.0.113.7", token: "", scheme: "https")).StatusCode);
    }
}
