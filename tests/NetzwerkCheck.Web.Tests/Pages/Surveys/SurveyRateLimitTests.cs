using System.Net;
using NetzwerkCheck.Web.Tests.Infrastructure;

namespace NetzwerkCheck.Web.Tests.Pages.Surveys;

public sealed class SurveyRateLimitTests(SurveyRateLimitTests.StrictFactory factory) : IClassFixture<SurveyRateLimitTests.StrictFactory>
{
    public sealed class StrictFactory : NetzwerkCheckFactory
    {
        protected override int AnonymousFormsPerMinute => 5;
    }

    [Fact]
    public async Task AnswerEndpointIsRateLimited()
    {
        var client = factory.CreateBrowserClient();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 8; i++)
        {
            statuses.Add((await client.GetAsync("/umfrage/irgendein-token-ohne-befragung", TestContext.Current.CancellationToken)).StatusCode);
        }

        Assert.Equal(HttpStatusCode.NotFound, statuses[0]);
        Assert.Contains(HttpStatusCode.TooManyRequests, statuses);
    }
}
