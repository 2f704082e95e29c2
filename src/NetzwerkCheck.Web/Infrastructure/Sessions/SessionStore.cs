using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace NetzwerkCheck.Web.Infrastructure.Sessions;

/// <summary>Starts, checks and ends the server-side rows behind sign-in cookies (<see cref="UserSession"/>).</summary>
public sealed class SessionStore(AppDbContext db, SessionCheckCache recentChecks, TimeProvider clock, IOptions<UserSessionOptions> options)
{
    /// <summary>The claim in the sign-in cookie that names its <see cref="UserSession"/>.</summary>
    public const string ClaimType = "nc_session";

    public UserSessionOptions Options => options.Value;

    public static string? IdOf(ClaimsPrincipal? principal) => principal?.FindFirstValue(ClaimType);

    public async Task<string> StartAsync(string userId, bool remembered, string? userAgent, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        // Rows that can no longer be used go when their owner signs in again: no background job needed.
        var idleSince = now - Options.IdleTimeoutOf(false);
        var rememberedIdleSince = now - Options.IdleTimeoutOf(true);
        await db.UserSessions
            .Where(s => s.UserId == userId && (s.ExpiresUtc <= now || s.LastSeenUtc <= (s.Remembered ? rememberedIdleSince : idleSince)))
            .ExecuteDeleteAsync(cancellationToken);

        var (browser, platform) = BrowserFamily.Parse(userAgent);
        var session = new UserSession
        {
            Id = WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32)),
            UserId = userId,
            CreatedUtc = now,
            LastSeenUtc = now,
            ExpiresUtc = now + Options.LifetimeOf(remembered),
            Remembered = remembered,
            Browser = browser,
            Platform = platform,
        };
        db.UserSessions.Add(session);
        await db.SaveChangesAsync(cancellationToken);
        db.Entry(session).State = EntityState.Detached;
        return session.Id;
    }

    public Task<bool> ExistsAsync(string userId, string sessionId, CancellationToken cancellationToken) =>
        db.UserSessions.AnyAsync(s => s.Id == sessionId && s.UserId == userId, cancellationToken);

    /// <summary>
    /// Whether the cookie's session is still good: the account's security stamp unchanged and the row neither
    /// ended nor expired; one query. Notes the activity when the last note is older than the write interval.
    /// </summary>
    public async Task<bool> IsValidAsync(string userId, string sessionId, string securityStamp, CancellationToken cancellationToken)
    {
        if (recentChecks.IsKnownGood(userId, sessionId, securityStamp))
        {
            return true;
        }
        var row = await (
            from s in db.UserSessions
            join u in db.Users on s.UserId equals u.Id
            where s.Id == sessionId && s.UserId == userId
            select new { u.SecurityStamp, s.LastSeenUtc, s.ExpiresUtc, s.Remembered })
            .FirstOrDefaultAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        if (row is null || row.SecurityStamp != securityStamp)
        {
            return false;
        }
        if (now >= row.ExpiresUtc || now - row.LastSeenUtc >= Options.IdleTimeoutOf(row.Remembered))
        {
            // Over: the row goes with the browser's last try instead of waiting for the next sign-in.
            recentChecks.Forget(sessionId);
            await db.UserSessions.Where(s => s.Id == sessionId).ExecuteDeleteAsync(cancellationToken);
            return false;
        }
        if (now - row.LastSeenUtc >= Options.ActivityWriteInterval)
        {
            await db.UserSessions.Where(s => s.Id == sessionId).ExecuteUpdateAsync(u => u.SetProperty(s => s.LastSeenUtc, now), cancellationToken);
        }
        recentChecks.RememberGood(userId, sessionId, securityStamp);
        return true;
    }

    /// <returns>Whether a session of this account was ended.</returns>
    public async Task<bool> EndAsync(string userId, string sessionId, CancellationToken cancellationToken)
    {
        var ended = await db.UserSessions.Where(s => s.Id == sessionId && s.UserId == userId).ExecuteDeleteAsync(cancellationToken) > 0;
        if (ended)
        {
            recentChecks.Forget(sessionId);
        }
        return ended;
    }

    /// <summary>Ends every session of the account but <paramref name="keepSessionId"/> (all of them when null).</summary>
    /// <returns>How many were ended.</returns>
    public async Task<int> EndOthersAsync(string userId, string? keepSessionId, CancellationToken cancellationToken)
    {
        var ended = await db.UserSessions.Where(s => s.UserId == userId && s.Id != keepSessionId).ExecuteDeleteAsync(cancellationToken);
        recentChecks.ForgetAccount(userId);
        return ended;
    }

    /// <summary>The account is gone (its sessions with it, by cascade): no remembered check may outlive it here.</summary>
    public void ForgetAccount(string userId) => recentChecks.ForgetAccount(userId);

    /// <summary>The account's sessions that are still good, most recently used first.</summary>
    public async Task<IReadOnlyList<UserSession>> ActiveOfAsync(string userId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var idleSince = now - Options.IdleTimeoutOf(false);
        var rememberedIdleSince = now - Options.IdleTimeoutOf(true);
        return await db.UserSessions.AsNoTracking()
            .Where(s => s.UserId == userId && s.ExpiresUtc > now && s.LastSeenUtc > (s.Remembered ? rememberedIdleSince : idleSince))
            .OrderByDescending(s => s.LastSeenUtc).ThenByDescending(s => s.CreatedUtc)
            .ToListAsync(cancellationToken);
    }
}
