using System.Net;
using Microsoft.EntityFrameworkCore;
using NetzwerkCheck.Web.Tests.Infrastructure;
using NetzwerkCheck.Web.Tests.Pages.Reports;

namespace NetzwerkCheck.Web.Tests.Pages.Checks;

/// <summary>
/// The result and report of a completed check are kept per account, session, antiforgery cookie and language
/// (OwnerPageCache). To see whether a page came from the cache, the tests rename the network behind the app's back:
/// a kept page still shows the old name.
/// </summary>
public sealed class PageCacheTests(NetzwerkCheckFactory factory) : IClassFixture<NetzwerkCheckFactory>
{
    public static TheoryData<string> Pages => ["/Checks/Result/{0}", "/Reports/Assessment/{0}"];

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task APageIsKeptUntilTheOwnerChangesSomething(string page)
    {
        var owner = await WebUser.RegisterAsync(factory);
        var id = await ShareTests.CompletedCheckAsync(owner, "Alter Name");
        var url = string.Format(System.Globalization.CultureInfo.InvariantCulture, page, id);
        // The first view after completing shows (and uses up) a one-time notice; such a page is not kept.
        await TextAsync(owner, url);
        Assert.Contains("Alter Name", await TextAsync(owner, url));

        await RenameBehindTheAppsBackAsync(id, "Neuer Name");
        Assert.Contains("Alter Name", await TextAsync(owner, url));

        // Any change the owner makes through the app – here one that has nothing to do with this check – drops what was kept.
        await owner.CreateNetworkAsync("Noch ein Netzwerk");
        var after = await TextAsync(owner, url);
        Assert.Contains("Neuer Name", after);
        Assert.DoesNotContain("Alter Name", after);
    }

    [Fact]
    public async Task AnotherAccountNeverGetsAKeptPage()
    {
        var owner = await WebUser.RegisterAsync(factory);
        var id = await ShareTests.CompletedCheckAsync(owner, "Nur für mich");
        Assert.Contains("Nur für mich", await TextAsync(owner, $"/Checks/Result/{id}"));
        Assert.Contains("Nur für mich", await TextAsync(owner, $"/Reports/Assessment/{id}"));

        var stranger = await WebUser.RegisterAsync(factory);
        foreach (var url in new[] { $"/Checks/Result/{id}", $"/Reports/Assessment/{id}" })
        {
            var response = await stranger.Client.GetAsync(url, TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.DoesNotContain("Nur für mich", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        }
    }

    [Fact]
    public async Task AnotherSessionOfTheSameAccountRendersItsOwnPage()
    {
        var owner = await WebUser.RegisterAsync(factory);
        var id = await ShareTests.CompletedCheckAsync(owner, "Erster Stand");
        Assert.Contains("Erster Stand", await TextAsync(owner, $"/Checks/Result/{id}"));
        await RenameBehindTheAppsBackAsync(id, "Zweiter Stand");

        var (laptop, _) = await Devices.SignInAsync(factory, owner.Email);

        Assert.Contains("Zweiter Stand", await TextAsync(laptop, $"/Checks/Result/{id}"));
        // Its forms carry tokens of its own antiforgery cookie: signing out from the page it got works.
        var signOut = await laptop.SubmitAsync($"/Checks/Result/{id}", [], "form[action='/Account/Logout']");
        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
    }

    [Fact]
    public async Task EachLanguageIsKeptApart()
    {
        var owner = await WebUser.RegisterAsync(factory);
        var id = await ShareTests.CompletedCheckAsync(owner);
        var german = await TextAsync(owner, $"/Reports/Assessment/{id}");

        await owner.SwitchLanguageAsync("en-GB");
        var english = await owner.GetDocumentAsync($"/Reports/Assessment/{id}");

        Assert.Equal("en", english.DocumentElement.GetAttribute("lang"));
        Assert.NotEqual(german, english.Body!.TextContent);
    }

    [Fact]
    public async Task ASignedOutSessionGetsNothingFromTheCache()
    {
        var owner = await WebUser.RegisterAsync(factory);
        var id = await ShareTests.CompletedCheckAsync(owner);
        var (device, cookie) = await Devices.SignInAsync(factory, owner.Email);
        Assert.Equal(HttpStatusCode.OK, await device.StatusAsync($"/Checks/Result/{id}"));

        await device.SubmitAsync($"/Checks/Result/{id}", [], "form[action='/Account/Logout']");

        Assert.Equal(HttpStatusCode.Redirect, await Devices.UseCopiedCookieAsync(factory, cookie, $"/Checks/Result/{id}"));
    }

    [Fact]
    public async Task TheReportOfADeletedNetworkIsGoneAtOnce()
    {
        var owner = await WebUser.RegisterAsync(factory);
        var id = await ShareTests.CompletedCheckAsync(owner);
        Assert.Equal(HttpStatusCode.OK, await owner.StatusAsync($"/Reports/Assessment/{id}"));
        var networkId = await factory.WithDbAsync(db => db.Assessments.Where(a => a.Id == id).Select(a => a.NetworkId).SingleAsync());

        var deleted = await owner.SubmitAsync($"/Networks/Delete/{networkId}", []);
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);

        Assert.Equal(HttpStatusCode.NotFound, await owner.StatusAsync($"/Reports/Assessment/{id}"));
    }

    private static async Task<string> TextAsync(WebUser user, string url) =>
        (await user.GetDocumentAsync(url)).QuerySelector("main")!.TextContent;

    private Task<int> RenameBehindTheAppsBackAsync(int assessmentId, string name) =>
        factory.WithDbAsync(async db =>
        {
            var networkId = await db.Assessments.Where(a => a.Id == assessmentId).Select(a => a.NetworkId).SingleAsync();
            return await db.Networks.Where(n => n.Id == networkId).ExecuteUpdateAsync(s => s.SetProperty(n => n.Name, name));
        });
}
