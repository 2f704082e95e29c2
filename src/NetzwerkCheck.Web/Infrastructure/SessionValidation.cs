using Microsoft.AspNetCore.Identity;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.Options;
using NetzwerkCheck.Web.Infrastructure.Sessions;

namespace NetzwerkCheck.Web.Infrastructure;

/// <summary>
/// Ties every sign-in cookie to a server-side <see cref="UserSession"/>: created when any sign-in issues the
/// cookie (password, reset, whatever comes later), checked on every request together with the account's
/// security stamp, ended by signing out. A copied cookie therefore dies with the session, and a deleted account
/// or a changed password ends the sessions on all other devices at once. Identity's own validator checks only
/// the stamp, loads the whole user and re-issues the cookie each time; this is one query.
/// </summary>
public static class SessionValidation
{
    // Kept in the cookie's properties, so that re-issuing the cookie (RefreshSignInAsync after a password
    // change) continues this session instead of starting a new one.
    private const string PropertyKey = "nc.session";

    public static async Task SigningInAsync(CookieSigningInContext context)
    {
        var userId = UserIdOf(context.HttpContext, context.Principal);
        if (userId is null || context.Principal?.Identities.FirstOrDefault() is not { } identity)
        {
            return;
        }
        var store = context.HttpContext.RequestServices.GetRequiredService<SessionStore>();
        var cancellationToken = context.HttpContext.RequestAborted;
        if (!context.Properties.Items.TryGetValue(PropertyKey, out var sessionId) || sessionId is null
            || !await store.ExistsAsync(userId, sessionId, cancellationToken))
        {
            sessionId = await store.StartAsync(userId, context.Properties.IsPersistent, context.Request.Headers.UserAgent.ToString(), cancellationToken);
            // Signing in again in a browser that was still signed in: the session its old cookie named ends now.
            if (SessionStore.IdOf(context.HttpContext.User) is { } previous && UserIdOf(context.HttpContext, context.HttpContext.User) is { } previousUser)
            {
                await store.EndAsync(previousUser, previous, cancellationToken);
            }
        }
        context.Properties.Items[PropertyKey] = sessionId;
        identity.AddClaim(new Claim(SessionStore.ClaimType, sessionId));
    }

    public static async Task SigningOutAsync(CookieSigningOutContext context)
    {
        var userId = UserIdOf(context.HttpContext, context.HttpContext.User);
        if (userId is not null && SessionStore.IdOf(context.HttpContext.User) is { } sessionId)
        {
            await context.HttpContext.RequestServices.GetRequiredService<SessionStore>().EndAsync(userId, sessionId, CancellationToken.None);
        }
    }

    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var claimTypes = ClaimTypesOf(context.HttpContext);
        var userId = context.Principal?.FindFirstValue(claimTypes.UserIdClaimType);
        var stamp = context.Principal?.FindFirstValue(claimTypes.SecurityStampClaimType);
        var sessionId = SessionStore.IdOf(context.Principal);
        if (userId is not null && stamp is not null && sessionId is not null
            && await context.HttpContext.RequestServices.GetRequiredService<SessionStore>().IsValidAsync(userId, sessionId, stamp, context.HttpContext.RequestAborted))
        {
            return;
        }
        context.RejectPrincipal();
        await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
    }

    private static string? UserIdOf(HttpContext httpContext, ClaimsPrincipal? principal) =>
        principal?.FindFirstValue(ClaimTypesOf(httpContext).UserIdClaimType);

    private static ClaimsIdentityOptions ClaimTypesOf(HttpContext httpContext) =>
        httpContext.RequestServices.GetRequiredService<IOptions<IdentityOptions>>().Value.ClaimsIdentity;
}
