using System.Net;
using NetzwerkCheck.Web.Tests.Infrastructure;

namespace NetzwerkCheck.Web.Tests.Security;

/// <summary>Survey answers, sign-in, registration and the password reset forms share one per-client budget (five a minute in this factory). Workshops have their own, room-sized budgets: WorkshopRateLimitTests.</summary>
public sealed class AnonymousRateLimitTests(StrictRateLimitFactory factory) : IClassFixture<StrictRateLimitFactory>
{
    [Fact]
    public async Task AnonymousEndpointsAnswer429OnceTheBudgetIsSpent()
    {
        var client = factory.CreateBrowserClient();
        async Task<HttpStatusCode> GetAsync(string url) => (await client.GetAsync(url, TestContext.Current.CancellationToken)).StatusCode;

        Assert.Equal(HttpStatusCode.NotFound, await GetAsync("/umfrage/irgendein-token-ohne-befragung"));
        Assert.Equal(HttpStatusCode.OK, await GetAsync("/Account/Login"));
        Assert.Equal(HttpStatusCode.NotFound, await GetAsync("/umfrage/noch-ein-token-ohne-befragung"));
        Assert.Equal(HttpStatusCode.OK, await GetAsync("/Account/Register"));
        Assert.Equal(HttpStatusCode.OK, await GetAsync("/Account/Login"));

        Assert.Equal(HttpStatusCode.TooManyRequests, await GetAsync("/Account/Login"));
        Assert.Equal(HttpStatusCode.TooManyRequests, await GetAsync("/Account/Register"));
        Assert.Equal(HttpStatusCode.TooManyRequests, await GetAsync("/umfrage/irgendein-token-ohne-befragung"));
        // The password reset forms share the budget: a request sends mail, a reset checks a token.
        Assert.Equal(HttpStatusCode.TooManyRequests, await GetAsync("/Account/ForgotPassword"));
        Assert.Equal(HttpStatusCode.TooManyRequests, await GetAsync("/Account/ResetPassword"));
        // The workshop's join form has its own budget and is not spent by these.
        Assert.Equal(HttpStatusCode.OK, await GetAsync("/w"));
        // Pages outside the policy are not limited: this one still sends the visitor to sign in.
        Assert.Equal(HttpStatusCode.Redirect, await GetAsync("/Account/Manage"));
    }
}
