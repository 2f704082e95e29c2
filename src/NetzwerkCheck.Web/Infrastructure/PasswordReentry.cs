using Microsoft.AspNetCore.Identity;
using System.Security.Claims;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace NetzwerkCheck.Web.Infrastructure;

/// <summary>
/// The current password asked again before changing it or deleting the account. A wrong one counts toward the
/// same lock-out as a failed sign-in (five, then 15 minutes), a right one clears the count, and while the
/// account is locked no password is accepted here either. With the rate limit of <see cref="Policy"/> on top,
/// someone at an unlocked computer cannot try password after password.
/// </summary>
public sealed class PasswordReentry(UserManager<IdentityUser> users, IStringLocalizer<PasswordReentry> l)
{
    public const string Policy = "password-reentry";

    /// <returns>null when the password is right, otherwise the message to show.</returns>
    public async Task<string?> CheckAsync(IdentityUser user, string password)
    {
        if (await users.IsLockedOutAsync(user))
        {
            return Locked;
        }
        if (await users.CheckPasswordAsync(user, password))
        {
            await users.ResetAccessFailedCountAsync(user);
            return null;
        }
        await users.AccessFailedAsync(user);
        return await users.IsLockedOutAsync(user) ? Locked : l["Das Passwort stimmt nicht. Nach mehreren Fehlversuchen wird das Konto für 15 Minuten gesperrt."];
    }

    /// <summary>As <see cref="CheckAsync"/>, for a password field bound by hand: empty and overlong input get their message too.</summary>
    public async Task<string?> CheckFieldAsync(IdentityUser user, string? password) =>
        string.IsNullOrEmpty(password) ? l["Bitte geben Sie Ihr Passwort ein."]
        : password.Length > 128 ? l["Das Passwort darf höchstens 128 Zeichen lang sein."]
        : await CheckAsync(user, password);

    private string Locked => l["Nach mehreren falschen Passwörtern ist das Konto für 15 Minuten gesperrt. Bitte versuchen Sie es danach noch einmal."];

    /// <summary>
    /// POSTs of the pages that ask for the password again, per account (per address for anyone else):
    /// <c>RateLimits:PasswordReentriesPer15Minutes</c>, default 10. Showing the pages costs nothing.
    /// </summary>
    public static void AddPolicy(RateLimiterOptions options, IConfiguration configuration) =>
        options.AddPolicy(Policy, context =>
            HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method)
                ? RateLimitPartition.GetNoLimiter("view")
                : RateLimitPartition.GetFixedWindowLimiter(
                    context.User.FindFirstValue(ClaimTypes.NameIdentifier) ?? context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions
                    {
                        PermitLimit = configuration.GetValue("RateLimits:PasswordReentriesPer15Minutes", 10),
                        Window = TimeSpan.FromMinutes(15),
                    }));
}
