using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace NetzwerkCheck.Web.Tests.Infrastructure;

/// <summary>
/// The test server has no network peer; a test names the address a request comes from with
/// <see cref="Header"/> (a client, or a proxy in front of the app), before any of the app's middleware runs.
/// </summary>
public sealed class TestClientAddress : IStartupFilter
{
    public const string Header = "X-Test-Remote-Address";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, nextMiddleware) =>
        {
            if (context.Request.Headers.Remove(Header, out var address))
            {
                context.Connection.RemoteIpAddress = IPAddress.Parse(address.ToString());
            }
            return nextMiddleware(context);
        });
        next(app);
    };

    /// <summary>A browser whose requests come from <paramref name="address"/>.</summary>
    public static HttpClient From(NetzwerkCheckFactory factory, string address)
    {
        var client = factory.CreateBrowserClient();
        client.DefaultRequestHeaders.Add(Header, address);
        return client;
    }
}
