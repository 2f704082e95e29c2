using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using NetzwerkCheck.Web.Tests.Infrastructure;

namespace NetzwerkCheck.Web.Tests.Security;

/// <summary>Every page of the app, found through its routing table, refuses a POST without antiforgery token.</summary>
public sealed partial class AntiforgeryEverywhereTests(NetzwerkCheckFactory factory) : IClassFixture<NetzwerkCheckFactory>
{
    [Fact]
    public async Task EveryPagePostWithoutTokenIsRejected()
    {
        var user = await WebUser.RegisterAsync(factory);
        var routes = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<PageActionDescriptor>() is not null)
            .Select(e => Concrete(e.RoutePattern.RawText ?? ""))
            .Distinct()
            // The error page answers re-executed failed POSTs, so it takes no token; it changes nothing.
            .Where(route => route != "/Error")
            .ToList();

        Assert.Contains("/Networks/Create", routes);
        Assert.True(routes.Count >= 15, $"Only {routes.Count} page routes found.");
        foreach (var route in routes)
        {
            var signedIn = await PostAsync(user.Client, route);
            Assert.True(signedIn.StatusCode is HttpStatusCode.BadRequest, $"POST {route} without token answered {(int)signedIn.StatusCode}.");

            // Anonymous: refused for the missing token, or sent to sign in first; never acted on.
            var anonymous = await PostAsync(factory.CreateBrowserClient(), route);
            var toLogin = anonymous.StatusCode == HttpStatusCode.Redirect
                && anonymous.Headers.Location!.OriginalString.Contains("/Account/Login", StringComparison.Ordinal);
            Assert.True(anonymous.StatusCode is HttpStatusCode.BadRequest || toLogin, $"Anonymous POST {route} without token answered {(int)anonymous.StatusCode}.");
        }
    }

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, string route) =>
        client.PostAsync(route, new FormUrlEncodedContent(new Dictionary<string, string> { ["Input.Name"] = "x" }), TestContext.Current.CancellationToken);

    // Fill route parameters with plausible values: numbers for ids, a word for tokens and codes.
    private static string Concrete(string template) =>
        "/" + RouteParameter().Replace(template, m => m.Value.Contains(":int", StringComparison.Ordinal) ? "1" : "abcdef").TrimStart('/');

    [GeneratedRegex(@"\{[^}]+\}")]
    private static partial Regex RouteParameter();
}
