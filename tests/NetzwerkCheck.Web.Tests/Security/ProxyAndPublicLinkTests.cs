using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using NetzwerkCheck.Web.Tests.Infrastructure;

namespace NetzwerkCheck.Web.Tests.Security;

/// <summary>
/// Behind a TLS-terminating proxy (10.0.0.5, configured as known): its X-Forwarded-Proto counts, nobody
/// else's does, and every link that leaves the app is built from App:PublicBaseUrl, whatever Host the request names.
/// </summary>
public sealed class ProxyAndPublicLinkTests(ProxyAndPublicLinkTests.ProxyFactory factory) : IClassFixture<ProxyAndPublicLinkTests.ProxyFactory>
{
    private const string Proxy = "10.0.0.5";
    private const string PublicBase = "https://netzwerkcheck.example.org";

    public sealed class ProxyFactory : NetzwerkCheckFactory
    {
        protected override int FormsPerMinute => 3;

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("ForwardedHeaders:KnownProxies:0", Proxy);
            builder.UseSetting("App:PublicBaseUrl", PublicBase + "/");
        }
    }

    /// <summary>A plain-http request as the proxy passes it on: from <paramref name="from"/>, for a browser that used https.</summary>
    private async Task<HttpResponseMessage> ThroughProxyAsync(string url, string from = Proxy, string? cookie = null, string host = "evil.example", string client = "203.0.113.7", HttpMethod? method = null)
    {
        using var http = factory.CreateClient(new() { BaseAddress = new Uri("http://localhost"), AllowAutoRedirect = false, HandleCookies = false });
        using var request = new HttpRequestMessage(method ?? HttpMethod.Get, url);
        request.Headers.Add(TestClientAddress.Header, from);
        request.Headers.Add("X-Forwarded-Proto", "https");
        request.Headers.Add("X-Forwarded-For", client);
        request.Headers.Host = host;
        if (cookie is not null)
        {
            request.Headers.Add("Cookie", cookie);
        }
        return await http.SendAsync(request, TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task TheKnownProxysForwardedHttpsIsBelievedAndNobodyElses()
    {
        Assert.Equal(HttpStatusCode.OK, (await ThroughProxyAsync("/Account/Login")).StatusCode);

        var spoofed = await ThroughProxyAsync("/Account/Login", from: "198.51.100.9");

        Assert.Equal(HttpStatusCode.BadRequest, spoofed.StatusCode);
        Assert.Equal("Diese Seite braucht HTTPS", (await WebUser.ParseAsync(spoofed)).Text("h1"));
    }

    [Fact]
    public async Task BudgetsBelongToTheClientTheProxyNamesNotToTheProxy()
    {
        async Task<HttpStatusCode> SignInAsync(string client) =>
            (await ThroughProxyAsync("/Account/Login", client: client, method: HttpMethod.Post)).StatusCode;
        var first = new List<HttpStatusCode>();
        for (var attempt = 0; attempt < 4; attempt++)
        {
            first.Add(await SignInAsync("203.0.113.20"));
        }

        // Counted before the (here missing) antiforgery token is checked: three 400s, then the budget is spent.
        Assert.Equal(HttpStatusCode.TooManyRequests, first[^1]);
        Assert.DoesNotContain(HttpStatusCode.TooManyRequests, first[..^1]);
        Assert.Equal(HttpStatusCode.BadRequest, await SignInAsync("203.0.113.21"));
    }

    [Fact]
    public async Task PlainHttpWithHttpsCookiesExplainsWhatToConfigure()
    {
        using var client = factory.CreateClient(new() { BaseAddress = new Uri("http://localhost"), AllowAutoRedirect = false });

        var login = await client.GetAsync("/Account/Login", TestContext.Current.CancellationToken);
        var signIn = await client.PostAsync("/Account/Login", new FormUrlEncodedContent([new("Input.Email", "a@example.org")]), TestContext.Current.CancellationToken);

        foreach (var response in new[] { login, signIn })
        {
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            var page = await WebUser.ParseAsync(response);
            Assert.Equal("Diese Seite braucht HTTPS", page.Text("h1"));
            Assert.Contains(page.Texts("li"), item => item.Contains("Security__HttpsCookies=false", StringComparison.Ordinal));
            Assert.Contains(page.Texts("li"), item => item.Contains("ForwardedHeaders:KnownProxies", StringComparison.Ordinal));
        }
        using var english = new HttpRequestMessage(HttpMethod.Get, "/Account/Login");
        english.Headers.Add("Cookie", "__Host-nc-lang=c%3Den-GB%7Cuic%3Den-GB");
        Assert.Equal("This page needs HTTPS", (await WebUser.ParseAsync(await client.SendAsync(english, TestContext.Current.CancellationToken))).Text("h1"));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health", TestContext.Current.CancellationToken)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/css/site.css", TestContext.Current.CancellationToken)).StatusCode);
    }

    [Fact]
    public async Task LinksThatLeaveTheAppUseThePublicBaseUrlNotTheHostHeader()
    {
        var world = await OwnerWorld.CreateAsync(factory);
        var (_, cookie) = await Devices.SignInAsync(factory, world.Owner.Email);

        var survey = await WebUser.ParseAsync(await ThroughProxyAsync($"/Surveys/{world.NetworkId}", cookie: cookie));
        Assert.Equal(PublicBase + world.SurveyPath, survey.QuerySelector("#share-url")!.GetAttribute("value"));

        var present = await WebUser.ParseAsync(await ThroughProxyAsync($"/Workshops/Present/{world.WorkshopIds[0]}", cookie: cookie));
        Assert.Equal("netzwerkcheck.example.org/w", present.Text(".join-url"));
        Assert.Contains($"{PublicBase}/w/{world.JoinCodes[0]}", present.QuerySelector(".join-qr svg")!.GetAttribute("aria-label"), StringComparison.Ordinal);

        var calendar = await ThroughProxyAsync($"/Networks/Trial/{world.NetworkId}?handler=Calendar", cookie: cookie);
        Assert.Contains($"{PublicBase}/Networks/Details/{world.NetworkId}", (await calendar.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).Replace("\r\n ", "", StringComparison.Ordinal), StringComparison.Ordinal);

        // Even asked for directly with another Host, not through the proxy.
        await new WebUser(factory.CreateBrowserClient()).SubmitAsync("/Account/ForgotPassword", [("Input.Email", world.Owner.Email)]);
        Assert.Equal(PublicBase, await factory.WithDbAsync(db => db.PasswordResetRequests.OrderBy(r => r.Id).Select(r => r.BaseUrl).LastAsync()));
    }
}
