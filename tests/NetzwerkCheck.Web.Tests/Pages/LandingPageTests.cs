using NetzwerkCheck.Web.Tests.Infrastructure;

namespace NetzwerkCheck.Web.Tests.Pages;

/// <summary>The landing page describes itself to search engines in the visitor's language; other pages carry no stale description.</summary>
public sealed class LandingPageTests(NetzwerkCheckFactory factory) : IClassFixture<NetzwerkCheckFactory>
{
    [Fact]
    public async Task TheLandingPageHasAMetaDescription()
    {
        var visitor = new WebUser(factory.CreateBrowserClient());

        var german = (await visitor.GetDocumentAsync("/")).QuerySelector("meta[name=description]")?.GetAttribute("content");
        await visitor.SwitchLanguageAsync("en-GB");
        var english = (await visitor.GetDocumentAsync("/")).QuerySelector("meta[name=description]")?.GetAttribute("content");

        Assert.StartsWith("Prüfen Sie, ob ein Verein", german, StringComparison.Ordinal);
        Assert.InRange(german!.Length, 50, 160);
        Assert.StartsWith("Check whether an association", english, StringComparison.Ordinal);
        Assert.Null((await visitor.GetDocumentAsync("/Account/Login")).QuerySelector("meta[name=description]"));
    }
}
