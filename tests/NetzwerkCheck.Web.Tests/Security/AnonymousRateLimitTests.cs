using System.Net;
using NetzwerkCheck.Web.Tests.Infrastructure;

namespace NetzwerkCheck.Web.Tests.Security;

/// <summary>Survey answers and workshop joins share one per-client budget (five a minute in this factory).</summary>
public sealed class AnonymousRateLimitTests(StrictRateLimitFactory factory) : IClassFixture<StrictRateLimitFactory>
{
    [Fact]
    public async Task AnonymousEndpointsAnswer429OnceTheBudgetIsSpent()
    {
        var client = factory.CreateBrowserClient();
        async Task<HttpStatusCode> GetAsync(string url) => (await client.GetAsync(url, TestContext.Current.CancellationToken)).StatusCode;

        Assert.Equal(HttpStatusCode.NotFound, await GetAsync("/umfrage/irgendein-token-ohne-befragung"));
        Assert.Equal(HttpStatusCode.OK, await GetAsync("/w"));
        Assert.Equal(HttpStatusCode.NotFound, await GetAsync("/w/ABCDEF"));
        Assert.Equal(HttpStatusCode.OK, await GetAsync("/w"));
        Assert.Equal(HttpStatusCode.OK, await GetAsync("/w"));

        Assert.Equal(HttpStatusCode.TooManyRequests, await GetAsync("/w"));
        Assert.Equal(HttpStatusCode.TooManyRequests, await GetAsync("/w/ABCDEF"));
        Assert.Equal(HttpStatusCode.TooManyRequests, await GetAsync("/umfrage/irgendein-token-ohne-befragung"));
        // Pages outside the policy are not limited: this one still sends the visitor to sign in.
        Assert.Equal(HttpStatusCode.Redirect, await GetAsync("/Account/Manage"));
    }
}
