using System.Net;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using NetzwerkCheck.Web.Tests.Infrastructure;

namespace NetzwerkCheck.Web.Tests.Security;

/// <summary>
/// Every page and every GET handler (downloads, calendar, live channel), found through the routing table and
/// fetched signed in as the owner of real data, answers with <c>Cache-Control: no-store</c>; so do the exports.
/// </summary>
public sealed class NoStoreEverywhereTests(NetzwerkCheckFactory factory) : IClassFixture<NetzwerkCheckFactory>
{
    [Fact]
    public async Task EverySignedInResponseIsNeverStored()
    {
        var world = await OwnerWorld.CreateAsync(factory);
        var loader = factory.Services.GetRequiredService<PageLoader>();
        var urls = new List<string>();
        foreach (var endpoint in factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            if (endpoint.Metadata.GetMetadata<PageActionDescriptor>() is { } descriptor)
            {
                var page = await loader.LoadAsync(descriptor, endpoint.Metadata);
                foreach (var url in world.Urls(endpoint.RoutePattern.RawText ?? ""))
                {
                    urls.Add(url);
                    urls.AddRange(page.HandlerMethods.Where(h => h.HttpMethod == "Get" && h.Name is not null).Select(h => $"{url}?handler={h.Name}"));
                }
            }
        }
        urls = urls.Distinct().ToList();
        Assert.Contains("/Account/Data?handler=Json", urls);
        Assert.Contains("/Account/Data?handler=Csv", urls);

        var checkedOk = 0;
        foreach (var url in urls.Append($"/w/{world.JoinCodes[0]}/events"))
        {
            // Headers only: the live channel never ends by itself.
            using var response = await world.Owner.Client.GetAsync(url, HttpCompletionOption.ResponseHeadersRead, TestContext.Current.CancellationToken);
            Assert.True(response.Headers.CacheControl?.NoStore == true, $"GET {url} ({(int)response.StatusCode}) answered Cache-Control: {response.Headers.CacheControl}");
            checkedOk += response.StatusCode == HttpStatusCode.OK ? 1 : 0;
        }
        Assert.True(checkedOk >= 20, $"Only {checkedOk} pages answered 200.");

        // The downloads themselves, and a POST's redirect.
        foreach (var export in new[] { "/Account/Data?handler=Json", "/Account/Data?handler=Csv", $"/Networks/Trial/{world.NetworkId}?handler=Calendar" })
        {
            var response = await world.Owner.Client.GetAsync(export, TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.NotNull(response.Content.Headers.ContentDisposition);
            Assert.True(response.Headers.CacheControl?.NoStore == true, $"{export}: {response.Headers.CacheControl}");
        }
        var created = await world.Owner.SubmitAsync("/Networks/Create", [("Input.Name", "Noch einer"), ("Input.OrganisationForm", "Association"), ("Input.Status", "Trial"), ("Input.ApproxMemberCount", "80")]);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.True(created.Headers.CacheControl?.NoStore == true);
    }
}
