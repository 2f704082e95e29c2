using System.Net;
using NetzwerkCheck.Web.Tests.Infrastructure;

namespace NetzwerkCheck.Web.Tests.Security;

public sealed class SessionTests(NetzwerkCheckFactory factory) : IClassFixture<NetzwerkCheckFactory>
{
    [Fact]
    public async Task ChangingThePasswordEndsOtherSessionsAtOnceButKeepsThisOne()
    {
        var user = await WebUser.RegisterAsync(factory);
        var otherDevice = new WebUser(factory.CreateBrowserClient());
        var login = await otherDevice.SubmitAsync("/Account/Login", [("Input.Email", user.Email), ("Input.Password", WebUser.Password)]);
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await otherDevice.Client.GetAsync("/Networks", TestContext.Current.CancellationToken)).StatusCode);

        var change = await user.SubmitAsync("/Account/Manage", [
            ("Input.CurrentPassword", WebUser.Password), ("Input.NewPassword", "neues-passwort-42"), ("Input.ConfirmPassword", "neues-passwort-42")]);
        Assert.Equal(HttpStatusCode.Redirect, change.StatusCode);

        var other = await otherDevice.Client.GetAsync("/Networks", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, other.StatusCode);
        Assert.StartsWith("/Account/Login", other.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await user.Client.GetAsync("/Networks", TestContext.Current.CancellationToken)).StatusCode);
    }

    [Fact]
    public async Task AnOrdinaryRequestDoesNotReissueTheSignInCookie()
    {
        var user = await WebUser.RegisterAsync(factory);

        var page = await user.Client.GetAsync("/Networks", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.DoesNotContain(page.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies : [], c => c.Contains("nc-auth=", StringComparison.Ordinal));
    }
}
