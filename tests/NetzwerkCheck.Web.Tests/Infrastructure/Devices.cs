using System.Net;
using System.Net.Http.Headers;

namespace NetzwerkCheck.Web.Tests.Infrastructure;

/// <summary>One account signed in on several browsers, and a copy of a sign-in cookie as a thief would use it.</summary>
public static class Devices
{
    public const string Chrome = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Safari/537.36";
    public const string Firefox = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:145.0) Gecko/20100101 Firefox/145.0";

    /// <summary>Signs <paramref name="email"/> in on a new browser; returns it and the sign-in cookie it got.</summary>
    public static async Task<(WebUser Device, string Cookie)> SignInAsync(NetzwerkCheckFactory factory, string email, bool remember = false, string userAgent = Chrome)
    {
        var client = factory.CreateBrowserClient();
        client.DefaultRequestHeaders.UserAgent.ParseAdd(userAgent);
        var device = new WebUser(client);
        var response = await device.SubmitAsync("/Account/Login", [("Input.Email", email), ("Input.Password", WebUser.Password), ("Input.RememberMe", remember ? "true" : null)]);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("__Host-nc-auth=", StringComparison.Ordinal));
        return (device, cookie.Split(';')[0]);
    }

    /// <summary>A request from another machine that carries nothing but the copied cookie.</summary>
    public static async Task<HttpStatusCode> UseCopiedCookieAsync(NetzwerkCheckFactory factory, string cookie, string url = "/Networks")
    {
        using var thief = factory.CreateClient(new() { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false, HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add("Cookie", cookie);
        var response = await thief.SendAsync(request, TestContext.Current.CancellationToken);
        return response.StatusCode;
    }

    public static async Task<HttpStatusCode> StatusAsync(this WebUser device, string url = "/Networks") =>
        (await device.Client.GetAsync(url, TestContext.Current.CancellationToken)).StatusCode;
}
