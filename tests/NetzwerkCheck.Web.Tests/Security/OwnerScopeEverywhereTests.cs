using System.Net;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using NetzwerkCheck.Web.Tests.Infrastructure;

namespace NetzwerkCheck.Web.Tests.Security;

/// <summary>
/// Every page route that takes an id, found through the routing table, answers another user with 404
/// and shows none of the owner's data. A new route with an id fails here until it is listed below.
/// </summary>
public sealed class OwnerScopeEverywhereTests(NetzwerkCheckFactory factory) : IClassFixture<NetzwerkCheckFactory>
{
    private const string Secret = "Geheimkreis Ost";

    // Which of the owner's objects each id route is about.
    private static readonly Dictionary<string, string> Kinds = new()
    {
        ["Networks"] = "network",
        ["Surveys"] = "network",
        ["Checks/Start"] = "network",
        ["Checks"] = "assessment",
        ["Reports"] = "assessment",
        ["Workshops"] = "workshop",
        ["TakeHomes"] = "takehome",
        ["Clients"] = "client",
    };

    [Fact]
    public async Task EveryIdRouteHidesTheOwnersData()
    {
        var owner = await WebUser.RegisterAsync(factory);
        var networkId = await owner.CreateNetworkAsync(Secret);
        var assessmentId = await owner.StartCheckAsync(networkId);
        await owner.SubmitAsync($"/Checks/Flags/{assessmentId}", [("go", "next")]);
        var created = await owner.SubmitAsync("/Workshops", [("Input.Title", Secret)]);
        var workshopId = Html.IdFrom(created.Headers.Location!);
        var takeHomeId = await OwnerWorld.SaveTakeHomeAsync(factory, owner.Email, Secret);
        var clientId = await owner.CreateClientAsync(Secret);
        var stranger = await WebUser.RegisterAsync(factory);

        var templates = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<PageActionDescriptor>() is not null)
            .Select(e => e.RoutePattern.RawText ?? "")
            .Where(t => t.Contains(":int}", StringComparison.Ordinal))
            .Distinct()
            .ToList();

        Assert.Contains(templates, t => t.StartsWith("Networks/Details", StringComparison.Ordinal));
        foreach (var template in templates)
        {
            var kind = Kinds.Where(k => template.StartsWith(k.Key, StringComparison.Ordinal)).OrderByDescending(k => k.Key.Length).Select(k => k.Value).FirstOrDefault();
            Assert.True(kind is not null, $"Route {template} takes an id but is not listed in {nameof(Kinds)}.");
            var id = kind switch { "network" => networkId, "workshop" => workshopId, "takehome" => takeHomeId, "client" => clientId, _ => assessmentId };
            var url = "/" + System.Text.RegularExpressions.Regex.Replace(template, @"\{[^}]+\}", id.ToString(System.Globalization.CultureInfo.InvariantCulture));

            var response = await stranger.Client.GetAsync(url, TestContext.Current.CancellationToken);

            Assert.True(response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Redirect,
                $"GET {url} by another user answered {(int)response.StatusCode}.");
            if (response.StatusCode == HttpStatusCode.Redirect)
            {
                // Only a GET that merely redirects to the page that then answers 404 is fine.
                var target = await stranger.Client.GetAsync(response.Headers.Location, TestContext.Current.CancellationToken);
                Assert.Equal(HttpStatusCode.NotFound, target.StatusCode);
            }
            Assert.DoesNotContain(Secret, await response.TextAsync());
        }
    }
}
