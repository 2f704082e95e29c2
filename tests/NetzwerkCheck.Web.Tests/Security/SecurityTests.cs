using System.Net;
using NetzwerkCheck.Web.Tests.Infrastructure;

namespace NetzwerkCheck.Web.Tests.Security;

public sealed class SecurityTests(NetzwerkCheckFactory factory) : IClassFixture<NetzwerkCheckFactory>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/Account/Login")]
    [InlineData("/gibt-es-nicht")]
    public async Task EveryResponseCarriesTheSecurityHeaders(string url)
    {
        var response = await factory.CreateBrowserClient().GetAsync(url, TestContext.Current.CancellationToken);

        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", csp);
        Assert.Contains("style-src 'self'", csp);
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.DoesNotContain("unsafe-inline", csp);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.False(response.Headers.Contains("Server"));
    }

    [Fact]
    public async Task UnknownPagesGetAGermanNotFoundPage()
    {
        var response = await factory.CreateBrowserClient().GetAsync("/gibt-es-nicht", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Seite nicht gefunden", await response.TextAsync());
    }

    [Fact]
    public async Task PagesContainNoInlineScriptOrStyle()
    {
        var user = await WebUser.RegisterAsync(factory);
        var id = await user.StartCheckAsync(await user.CreateNetworkAsync());
        await user.SubmitAsync($"/Checks/Flags/{id}", [("go", "next")]);

        foreach (var url in new[] { "/Networks", $"/Checks/Goal/{id}", $"/Checks/Criteria/{id}", $"/Checks/Result/{id}" })
        {
            var document = await user.GetDocumentAsync(url);
            Assert.Empty(document.QuerySelectorAll("script:not([src])"));
            Assert.Empty(document.QuerySelectorAll("style, [style]"));
        }
    }

    [Fact]
    public async Task PasswordsAndNotesNeverReachTheLog()
    {
        var user = await WebUser.RegisterAsync(factory);
        var id = await user.StartCheckAsync(await user.CreateNetworkAsync());
        await user.SubmitAsync($"/Checks/Criteria/{id}", [("Criteria[0].Note", "streng-vertrauliche-notiz"), ("go", "next")]);
        await new WebUser(factory.CreateBrowserClient()).SubmitAsync("/Account/Login", [("Input.Email", user.Email), ("Input.Password", "geheimes-falsches-pw")]);

        // The log is written in the background: wait until the sign-in has reached the file.
        var logs = await Eventually.ValueAsync(
            () => Task.FromResult(string.Join("\n", Directory.GetFiles(factory.LogFolder, "*.log").Select(ReadShared))),
            text => text.Contains("HTTP POST /Account/Login", StringComparison.Ordinal),
            "The sign-in never reached the log.");
        Assert.DoesNotContain(WebUser.Password, logs);
        Assert.DoesNotContain("geheimes-falsches-pw", logs);
        Assert.DoesNotContain("streng-vertrauliche-notiz", logs);
    }

    private static string ReadShared(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
