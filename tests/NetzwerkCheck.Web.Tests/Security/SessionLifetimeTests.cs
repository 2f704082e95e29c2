using System.Net;
using Microsoft.EntityFrameworkCore;
using NetzwerkCheck.Web.Tests.Infrastructure;

namespace NetzwerkCheck.Web.Tests.Security;

/// <summary>A sign-in cookie is honoured only while its session on the server is: signed out, idle or too old, it is dead, copies included.</summary>
public sealed class SessionLifetimeTests(FakeClockFactory factory) : IClassFixture<FakeClockFactory>
{
    [Fact]
    public async Task ACopiedCookieIsRejectedAfterSigningOut()
    {
        var user = await WebUser.RegisterAsync(factory);
        var (device, cookie) = await Devices.SignInAsync(factory, user.Email);
        Assert.Equal(HttpStatusCode.OK, await Devices.UseCopiedCookieAsync(factory, cookie));

        var signOut = await device.SubmitAsync("/Networks", [], "form[action='/Account/Logout']");
        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, await Devices.UseCopiedCookieAsync(factory, cookie));
        // Signing out here ended only this browser's session.
        Assert.Equal(HttpStatusCode.OK, await user.StatusAsync());
    }

    [Fact]
    public async Task SigningInAgainInTheSameBrowserEndsItsPreviousSession()
    {
        var user = await WebUser.RegisterAsync(factory);
        var (device, cookie) = await Devices.SignInAsync(factory, user.Email);

        var again = await device.SubmitAsync("/Account/Login", [("Input.Email", user.Email), ("Input.Password", WebUser.Password)]);

        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, await Devices.UseCopiedCookieAsync(factory, cookie));
        Assert.Equal(HttpStatusCode.OK, await device.StatusAsync());
    }

    [Fact]
    public async Task ASessionEndsAfterEightIdleHoursButNotWhileInUse()
    {
        var user = await WebUser.RegisterAsync(factory);
        var (device, cookie) = await Devices.SignInAsync(factory, user.Email);

        factory.Clock.Advance(TimeSpan.FromHours(7));
        Assert.Equal(HttpStatusCode.OK, await device.StatusAsync());
        factory.Clock.Advance(TimeSpan.FromHours(4));
        Assert.Equal(HttpStatusCode.OK, await device.StatusAsync());

        factory.Clock.Advance(TimeSpan.FromHours(8));
        Assert.Equal(HttpStatusCode.Redirect, await device.StatusAsync());
        Assert.Equal(HttpStatusCode.Redirect, await Devices.UseCopiedCookieAsync(factory, cookie));
        Assert.Equal(1, await factory.WithDbAsync(db => db.UserSessions.CountAsync(s => db.Users.Any(u => u.Id == s.UserId && u.Email == user.Email))));
    }

    [Fact]
    public async Task ARememberedSessionEndsAfterThirtyDaysHoweverActive()
    {
        var user = await WebUser.RegisterAsync(factory);
        var (device, _) = await Devices.SignInAsync(factory, user.Email, remember: true);

        foreach (var days in new[] { 10, 10, 9 })
        {
            factory.Clock.Advance(TimeSpan.FromDays(days));
            Assert.Equal(HttpStatusCode.OK, await device.StatusAsync());
        }
        factory.Clock.Advance(TimeSpan.FromDays(1.5));

        // The browser's cookie would still be good (renewed on every visit); the server's absolute end is not.
        Assert.Equal(HttpStatusCode.Redirect, await device.StatusAsync());
    }

    [Fact]
    public async Task WithoutRememberMeASessionLastsTwelveHoursAtMost()
    {
        var user = await WebUser.RegisterAsync(factory);
        var (device, _) = await Devices.SignInAsync(factory, user.Email);
        for (var visit = 0; visit < 5; visit++)
        {
            factory.Clock.Advance(TimeSpan.FromHours(2));
            Assert.Equal(HttpStatusCode.OK, await device.StatusAsync());
        }
        factory.Clock.Advance(TimeSpan.FromHours(1.5));
        Assert.Equal(HttpStatusCode.OK, await device.StatusAsync());

        factory.Clock.Advance(TimeSpan.FromHours(1));

        Assert.Equal(HttpStatusCode.Redirect, await device.StatusAsync());
    }

    [Fact]
    public async Task ActivityIsWrittenAtMostEveryFiveMinutes()
    {
        var user = await WebUser.RegisterAsync(factory);
        var (device, _) = await Devices.SignInAsync(factory, user.Email, userAgent: Devices.Firefox);
        async Task<DateTime> LastSeenAsync() => await factory.WithDbAsync(db => db.UserSessions
            .Where(s => s.Browser == "Firefox" && db.Users.Any(u => u.Id == s.UserId && u.Email == user.Email)).Select(s => s.LastSeenUtc).SingleAsync());
        var signedIn = await LastSeenAsync();

        factory.Clock.Advance(TimeSpan.FromMinutes(4));
        await device.StatusAsync();
        Assert.Equal(signedIn, await LastSeenAsync());

        factory.Clock.Advance(TimeSpan.FromMinutes(2));
        await device.StatusAsync();
        Assert.Equal(signedIn.AddMinutes(6), await LastSeenAsync());
    }

    [Fact]
    public async Task DeletingTheAccountRemovesItsSessions()
    {
        var user = await WebUser.RegisterAsync(factory);
        var (_, cookie) = await Devices.SignInAsync(factory, user.Email);
        var userId = await factory.WithDbAsync(db => db.Users.Where(u => u.Email == user.Email).Select(u => u.Id).SingleAsync());
        Assert.Equal(2, await factory.WithDbAsync(db => db.UserSessions.CountAsync(s => s.UserId == userId)));

        var deleted = await user.SubmitAsync("/Account/Data", [("Input.Password", WebUser.Password), ("Input.Confirm", "true")]);

        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Equal(0, await factory.WithDbAsync(db => db.UserSessions.CountAsync(s => s.UserId == userId)));
        Assert.Equal(HttpStatusCode.Redirect, await Devices.UseCopiedCookieAsync(factory, cookie));
    }
}
