using System.Net;
using NetzwerkCheck.Web.Tests.Infrastructure;
using NetzwerkCheck.Web.Tests.Pages.Workshops;

namespace NetzwerkCheck.Web.Tests.Security;

/// <summary>
/// Normal events on the internet are not errors: a phone or projector closing its live channel, and a
/// browser sending a garbage antiforgery cookie. Neither leaves a warning, an error or a stack trace in the log.
/// </summary>
public sealed class QuietLogTests(NetzwerkCheckFactory factory) : IClassFixture<NetzwerkCheckFactory>
{
    [Fact]
    public async Task ADroppedLiveChannelIsNotAnError()
    {
        var before = LogFiles.Read(factory).Length;
        var facilitator = await WebUser.RegisterAsync(factory);
        var (id, code) = await WorkshopTests.OpenWorkshopAsync(facilitator);
        var phone = await WorkshopTests.JoinAsync(factory.CreateBrowserClient(), code);

        foreach (var (client, url) in new[] { (phone.Client, $"/w/{code}/events"), (facilitator.Client, $"/Workshops/Present/{id}?handler=Events") })
        {
            // The browser reads the first state, then the tab is closed in the middle of the stream.
            var events = await LiveEvents.OpenAsync(client, url);
            await events.NextAsync();
            await events.DisposeAsync();
        }

        var logs = await Eventually.ValueAsync(
            () => Task.FromResult(LogFiles.Read(factory)),
            text => text.Contains("HTTP GET /w/" + code + "/events responded", StringComparison.Ordinal)
                && text.Contains($"HTTP GET /Workshops/Present/{id} responded", StringComparison.Ordinal),
            "The closed streams never reached the log.");
        AssertQuiet(logs[before..]);
    }

    [Fact]
    public async Task AGarbageAntiforgeryCookieIsNotAnError()
    {
        var before = LogFiles.Read(factory).Length;
        // A client without a cookie jar, so that only the garbage cookie is sent.
        var client = factory.CreateClient(new() { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false, HandleCookies = false });
        foreach (var garbage in new[] { "garbage", "CfDJ8" + new string('A', 200), "%%%", new string('x', 4000) })
        {
            using var get = new HttpRequestMessage(HttpMethod.Get, "/Account/Login");
            get.Headers.Add("Cookie", $"__Host-nc-af={garbage}");
            var page = await client.SendAsync(get, TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);

            using var post = new HttpRequestMessage(HttpMethod.Post, "/Account/Login")
            {
                Content = new FormUrlEncodedContent([new("__RequestVerificationToken", garbage), new("Input.Email", "a@example.org"), new("Input.Password", "lange-genug-123")]),
            };
            post.Headers.Add("Cookie", $"__Host-nc-af={garbage}");
            var posted = await client.SendAsync(post, TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.BadRequest, posted.StatusCode);
        }

        var logs = await Eventually.ValueAsync(
            () => Task.FromResult(LogFiles.Read(factory)),
            text => text.Split('\n').Count(l => l.Contains("HTTP POST /Account/Login responded 400", StringComparison.Ordinal)) >= 4,
            "The refused sign-ins never reached the log.");
        AssertQuiet(logs[before..]);
    }

    private static void AssertQuiet(string logs)
    {
        // Data Protection's note at start-up that the test host's keys are not encrypted is about the host, not a request.
        var loud = logs.Split('\n').Where(l => !l.Contains("No XML encryptor configured", StringComparison.Ordinal)).Where(l => l.Contains("[WRN]", StringComparison.Ordinal) || l.Contains("[ERR]", StringComparison.Ordinal)
            || l.Contains("[FTL]", StringComparison.Ordinal) || l.StartsWith("   at ", StringComparison.Ordinal) || l.Contains("Exception", StringComparison.Ordinal)).ToList();
        Assert.True(loud.Count == 0, "The log has warnings, errors or stack traces:\n" + string.Join("\n", loud.Take(20)));
    }
}
