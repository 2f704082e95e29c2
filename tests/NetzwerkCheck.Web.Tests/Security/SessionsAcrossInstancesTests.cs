using System.Net;
using NetzwerkCheck.Web.Infrastructure.Sessions;
using NetzwerkCheck.Web.Tests.Infrastructure;

namespace NetzwerkCheck.Web.Tests.Security;

/// <summary>
/// Two instances of the app on one database, as behind a load balancer. Each trusts a session it found good for
/// <see cref="UserSessionOptions.RecheckAfter"/> (3 seconds); a session ended on the other instance ends here
/// within that time, one ended here at once. Each instance has its own clock, moved by the test.
/// </summary>
public sealed class SessionsAcrossInstancesTests : IDisposable
{
    private readonly FakeClockFactory first = new();
    private readonly SecondInstance second;

    public SessionsAcrossInstancesTests() => second = new SecondInstance(first);

    [Fact]
    public async Task SigningOutOnOneInstanceEndsTheSessionOnTheOtherWithinTheRecheckTime()
    {
        var user = await WebUser.RegisterAsync(first);
        var (device, cookie) = await Devices.SignInAsync(first, user.Email);
        Assert.Equal(HttpStatusCode.OK, await Devices.UseCopiedCookieAsync(second, cookie));

        var signOut = await device.SubmitAsync("/Networks", [], "form[action='/Account/Logout']");
        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);

        // The instance that ended it knows at once.
        Assert.Equal(HttpStatusCode.Redirect, await Devices.UseCopiedCookieAsync(first, cookie));
        // The other one asks the database again once its last check is RecheckAfter old.
        second.Clock.Advance(new UserSessionOptions().RecheckAfter);
        Assert.Equal(HttpStatusCode.Redirect, await Devices.UseCopiedCookieAsync(second, cookie));
        Assert.Equal(HttpStatusCode.OK, await user.StatusAsync());
    }

    [Fact]
    public async Task ChangingThePasswordOnOneInstanceEndsTheOtherDevicesOnTheOtherInstance()
    {
        var user = await WebUser.RegisterAsync(first);
        var (_, laptop) = await Devices.SignInAsync(first, user.Email);
        Assert.Equal(HttpStatusCode.OK, await Devices.UseCopiedCookieAsync(second, laptop));

        var change = await user.SubmitAsync("/Account/Manage", [
            ("Input.CurrentPassword", WebUser.Password), ("Input.NewPassword", "neues-passwort-42"), ("Input.ConfirmPassword", "neues-passwort-42")]);
        Assert.Equal(HttpStatusCode.Redirect, change.StatusCode);

        second.Clock.Advance(new UserSessionOptions().RecheckAfter);
        Assert.Equal(HttpStatusCode.Redirect, await Devices.UseCopiedCookieAsync(second, laptop));
        Assert.Equal(HttpStatusCode.OK, await user.StatusAsync());
    }

    public void Dispose()
    {
        second.Dispose();
        first.Dispose();
    }

    /// <summary>Another instance on the first one's database file (and so its Data Protection keys beside it).</summary>
    private sealed class SecondInstance(NetzwerkCheckFactory first) : FakeClockFactory
    {
        public override string DatabaseFile => first.DatabaseFile;
    }
}
