using System.Net;
using NetzwerkCheck.Web.Tests.Infrastructure;

namespace NetzwerkCheck.Web.Tests.Security;

/// <summary>
/// Sign-in, registration, the password reset forms and each survey's answers have budgets of their own
/// (three POSTs a minute per address in this factory); viewing a page costs nothing. Every test comes from
/// its own address, so the tests do not share budgets. Workshops: WorkshopRateLimitTests.
/// </summary>
public sealed class AnonymousRateLimitTests(StrictRateLimitFactory factory) : IClassFixture<StrictRateLimitFactory>
{
    private static (string, string?)[] WrongSignIn => [("Input.Email", "niemand@example.org"), ("Input.Password", "falsches-passwort")];

    [Fact]
    public async Task ViewingTheSignInPageDoesNotSpendTheSignInBudget()
    {
        var visitor = new WebUser(TestClientAddress.From(factory, "192.0.2.1"));
        for (var view = 0; view < 20; view++)
        {
            Assert.Equal(HttpStatusCode.OK, await visitor.StatusAsync("/Account/Login"));
        }

        var answers = new List<HttpStatusCode>();
        for (var attempt = 0; attempt < 4; attempt++)
        {
            answers.Add((await visitor.SubmitAsync("/Account/Login", WrongSignIn)).StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], answers);
        // Still shown: only the POST is limited.
        Assert.Equal(HttpStatusCode.OK, await visitor.StatusAsync("/Account/Login"));
    }

    [Fact]
    public async Task TooManyAttemptsSayWhenToTryAgainInGerman()
    {
        var visitor = new WebUser(TestClientAddress.From(factory, "192.0.2.2"));
        for (var attempt = 0; attempt < 3; attempt++)
        {
            await visitor.SubmitAsync("/Account/Login", WrongSignIn);
        }

        var refused = await visitor.SubmitAsync("/Account/Login", WrongSignIn);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        var seconds = Assert.Single(refused.Headers.GetValues("Retry-After"));
        Assert.InRange(int.Parse(seconds, System.Globalization.CultureInfo.InvariantCulture), 1, 60);
        var page = await WebUser.ParseAsync(refused);
        Assert.Equal("Zu viele Versuche", page.Text("h1"));
        Assert.Equal("Zu viele Versuche in kurzer Zeit. Bitte versuchen Sie es in 1 Minute erneut.", page.Text("main h1 + p"));
    }

    [Fact]
    public async Task EachFormHasItsOwnBudget()
    {
        var visitor = new WebUser(TestClientAddress.From(factory, "192.0.2.3"));
        for (var attempt = 0; attempt < 3; attempt++)
        {
            await visitor.SubmitAsync("/Account/Login", WrongSignIn);
        }
        Assert.Equal(HttpStatusCode.TooManyRequests, (await visitor.SubmitAsync("/Account/Login", WrongSignIn)).StatusCode);

        var registrations = new List<HttpStatusCode>();
        var resetRequests = new List<HttpStatusCode>();
        for (var attempt = 0; attempt < 4; attempt++)
        {
            registrations.Add((await visitor.SubmitAsync("/Account/Register", [("Input.Email", $"neu-{attempt}-{Guid.NewGuid():N}@example.org"), ("Input.Password", WebUser.Password), ("Input.ConfirmPassword", WebUser.Password)])).StatusCode);
            resetRequests.Add((await visitor.SubmitAsync("/Account/ForgotPassword", [("Input.Email", "jemand@example.org")])).StatusCode);
        }

        Assert.Equal([HttpStatusCode.Redirect, HttpStatusCode.Redirect, HttpStatusCode.Redirect, HttpStatusCode.TooManyRequests], registrations);
        Assert.Equal([HttpStatusCode.Redirect, HttpStatusCode.Redirect, HttpStatusCode.Redirect, HttpStatusCode.TooManyRequests], resetRequests);
        // Another address has its whole budget.
        var neighbour = new WebUser(TestClientAddress.From(factory, "192.0.2.4"));
        Assert.Equal(HttpStatusCode.OK, (await neighbour.SubmitAsync("/Account/Login", WrongSignIn)).StatusCode);
        // The workshop's join form has its own, room-sized budget.
        Assert.Equal(HttpStatusCode.OK, await visitor.StatusAsync("/w"));
    }

    [Fact]
    public async Task AnswersAreCountedPerSurvey()
    {
        var owner = await WebUser.RegisterAsync(factory, client: TestClientAddress.From(factory, "192.0.2.5"));
        var first = await OpenSurveyAsync(owner, "Erster Club");
        var second = await OpenSurveyAsync(owner, "Zweiter Club");
        var answers = new List<HttpStatusCode>();
        for (var attempt = 0; attempt < 4; attempt++)
        {
            // A fresh browser each time (one answer per browser), all behind one address.
            var member = new WebUser(TestClientAddress.From(factory, "192.0.2.6"));
            for (var view = 0; view < 3; view++)
            {
                Assert.Equal(HttpStatusCode.OK, await member.StatusAsync(first));
            }
            answers.Add((await member.Client.PostAsync(first, new FormUrlEncodedContent([]), TestContext.Current.CancellationToken)).StatusCode);
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, answers[^1]);
        Assert.DoesNotContain(HttpStatusCode.TooManyRequests, answers[..^1]);
        var otherSurvey = new WebUser(TestClientAddress.From(factory, "192.0.2.6"));
        Assert.NotEqual(HttpStatusCode.TooManyRequests, (await otherSurvey.Client.PostAsync(second, new FormUrlEncodedContent([]), TestContext.Current.CancellationToken)).StatusCode);
    }

    private static async Task<string> OpenSurveyAsync(WebUser owner, string networkName)
    {
        var networkId = await owner.CreateNetworkAsync(networkName);
        await owner.SubmitAsync($"/Surveys/{networkId}", [], "form[action*='handler=Open']");
        return new Uri((await owner.GetDocumentAsync($"/Surveys/{networkId}")).QuerySelector("#share-url")!.GetAttribute("value")!).AbsolutePath;
    }
}
