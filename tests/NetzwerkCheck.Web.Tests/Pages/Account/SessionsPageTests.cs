using System.Net;
using Microsoft.EntityFrameworkCore;
using NetzwerkCheck.Web.Tests.Infrastructure;

namespace NetzwerkCheck.Web.Tests.Pages.Account;

public sealed class SessionsPageTests(NetzwerkCheckFactory factory) : IClassFixture<NetzwerkCheckFactory>
{
    private const string Table = "#sessions";

    [Fact]
    public async Task ListsTheAccountsBrowsersWithThisDeviceMarked()
    {
        var (laptop, _) = await Devices.SignInAsync(factory, (await WebUser.RegisterAsync(factory)).Email, userAgent: Devices.Firefox);

        var page = await laptop.GetDocumentAsync("/Account/Sessions");

        Assert.Equal("Angemeldete Geräte", page.Text("h1"));
        Assert.Equal(["Gerät", "Angemeldet seit", "Zuletzt aktiv", "Aktion"], page.Texts($"{Table} thead th"));
        var devices = page.Texts($"{Table} tbody th");
        Assert.Equal(2, devices.Count);
        Assert.Equal("Firefox unter Windows dieses Gerät", devices[0]);
        // The registration's own browser sent no User-Agent.
        Assert.Contains("Unbekannter Browser", devices);
        Assert.Single(page.QuerySelectorAll($"{Table} tbody tr"), row => row.QuerySelector("form") is null);
        Assert.NotNull(page.QuerySelector("#end-others"));
        Assert.NotNull((await (await WebUser.RegisterAsync(factory)).GetDocumentAsync("/Account/Manage")).QuerySelector("a[href='/Account/Sessions']"));
    }

    [Fact]
    public async Task EndingAnotherSessionKillsThatCookie()
    {
        var user = await WebUser.RegisterAsync(factory);
        var (phone, phoneCookie) = await Devices.SignInAsync(factory, user.Email, userAgent: Devices.Firefox);
        var (_, tabletCookie) = await Devices.SignInAsync(factory, user.Email);

        var firefox = (await user.GetDocumentAsync("/Account/Sessions")).QuerySelectorAll($"{Table} tbody tr")
            .Single(row => row.QuerySelector("th")!.TextContent.Contains("Firefox", StringComparison.Ordinal))
            .QuerySelector("input[name=id]")!.GetAttribute("value");

        var ended = await user.SubmitAsync("/Account/Sessions", [("id", firefox)], $"{Table} tbody form");

        Assert.Equal(HttpStatusCode.Redirect, ended.StatusCode);
        var after = await user.FollowToDocumentAsync(ended);
        Assert.Equal("Das Gerät ist abgemeldet.", after.Text("[role=status]"));
        Assert.Equal(HttpStatusCode.Redirect, await phone.StatusAsync());
        Assert.Equal(HttpStatusCode.Redirect, await Devices.UseCopiedCookieAsync(factory, phoneCookie));
        Assert.Equal(HttpStatusCode.OK, await Devices.UseCopiedCookieAsync(factory, tabletCookie));
        Assert.Equal(HttpStatusCode.OK, await user.StatusAsync());
        Assert.Equal(2, after.QuerySelectorAll($"{Table} tbody tr").Length);
    }

    [Fact]
    public async Task AllOthersSignsOutEveryOtherBrowserAndKeepsThisOne()
    {
        var user = await WebUser.RegisterAsync(factory);
        var (_, first) = await Devices.SignInAsync(factory, user.Email);
        var (_, second) = await Devices.SignInAsync(factory, user.Email, remember: true);

        var ended = await user.SubmitAsync("/Account/Sessions", [], "form:has(#end-others)");

        var after = await user.FollowToDocumentAsync(ended);
        Assert.Equal("2 andere Geräte sind abgemeldet.", after.Text("[role=status]"));
        Assert.Equal(HttpStatusCode.Redirect, await Devices.UseCopiedCookieAsync(factory, first));
        Assert.Equal(HttpStatusCode.Redirect, await Devices.UseCopiedCookieAsync(factory, second));
        Assert.Single(after.QuerySelectorAll($"{Table} tbody tr"));
        Assert.Equal("Sie sind nur auf diesem Gerät angemeldet.", after.Text("main p:last-of-type"));
    }

    [Fact]
    public async Task SomeoneElsesSessionIsNotFoundAndKeepsWorking()
    {
        var victim = await WebUser.RegisterAsync(factory);
        var (_, victimCookie) = await Devices.SignInAsync(factory, victim.Email);
        var victimSessions = await factory.WithDbAsync(db => db.UserSessions
            .Where(s => db.Users.Any(u => u.Id == s.UserId && u.Email == victim.Email)).Select(s => s.Id).ToListAsync());
        var attacker = await WebUser.RegisterAsync(factory);
        await Devices.SignInAsync(factory, attacker.Email);

        foreach (var id in victimSessions)
        {
            var response = await attacker.SubmitAsync("/Account/Sessions", [("id", id)], $"{Table} tbody form");
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }

        Assert.Equal(HttpStatusCode.OK, await Devices.UseCopiedCookieAsync(factory, victimCookie));
        Assert.Equal(victimSessions.Count, await factory.WithDbAsync(db => db.UserSessions.CountAsync(s => victimSessions.Contains(s.Id))));
    }

    [Fact]
    public async Task ChangingThePasswordEndsTheOtherSessionsRows()
    {
        var user = await WebUser.RegisterAsync(factory);
        var (_, other) = await Devices.SignInAsync(factory, user.Email);

        var change = await user.SubmitAsync("/Account/Manage", [
            ("Input.CurrentPassword", WebUser.Password), ("Input.NewPassword", "neues-passwort-42"), ("Input.ConfirmPassword", "neues-passwort-42")]);

        Assert.Equal(HttpStatusCode.Redirect, change.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, await Devices.UseCopiedCookieAsync(factory, other));
        var page = await user.GetDocumentAsync("/Account/Sessions");
        Assert.Equal(["Unbekannter Browser dieses Gerät"], page.Texts($"{Table} tbody th"));
    }
}
