using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace NetzwerkCheck.Web.Infrastructure.Sessions;

/// <summary>
/// Remembers for a few seconds (<see cref="UserSessionOptions.RecheckAfter"/>) that a session was found good, so
/// that a burst of requests from one browser costs one database read instead of one each. A session ended on
/// this instance is forgotten at once; one ended on another instance (several instances on one PostgreSQL
/// database) stops working here once the remembered check is older than <see cref="UserSessionOptions.RecheckAfter"/>.
/// </summary>
public sealed class SessionCheckCache(TimeProvider clock, IOptions<UserSessionOptions> options)
{
    // Swept when it grows past this: entries are worth anything only for RecheckAfter.
    private const int SweepAbove = 10_000;

    private readonly ConcurrentDictionary<string, Check> checks = new(StringComparer.Ordinal);

    private sealed record Check(string UserId, string SecurityStamp, DateTimeOffset CheckedAt);

    public bool IsKnownGood(string userId, string sessionId, string securityStamp) =>
        checks.TryGetValue(sessionId, out var check)
        && check.UserId == userId
        && check.SecurityStamp == securityStamp
        && clock.GetUtcNow() - check.CheckedAt < options.Value.RecheckAfter;

    public void RememberGood(string userId, string sessionId, string securityStamp)
    {
        if (options.Value.RecheckAfter <= TimeSpan.Zero)
        {
            return;
        }
        var now = clock.GetUtcNow();
        if (checks.Count > SweepAbove)
        {
            foreach (var (id, check) in checks)
            {
                if (now - check.CheckedAt >= options.Value.RecheckAfter)
                {
                    checks.TryRemove(id, out _);
                }
            }
        }
        checks[sessionId] = new Check(userId, securityStamp, now);
    }

    public void Forget(string sessionId) => checks.TryRemove(sessionId, out _);

    public void ForgetAccount(string userId)
    {
        foreach (var (id, check) in checks)
        {
            if (check.UserId == userId)
            {
                checks.TryRemove(id, out _);
            }
        }
    }
}
