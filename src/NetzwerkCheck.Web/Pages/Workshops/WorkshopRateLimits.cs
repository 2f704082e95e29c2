using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace NetzwerkCheck.Web.Pages.Workshops;

/// <summary>
/// The workshop's own rate limits, per client address. A workshop room usually shares one public
/// address (the venue's Wi-Fi), so these budgets are sized for a room rather than for one person: the
/// small per-address budgets of the sign-in and survey forms would turn away most of a room that joins, and
/// every phone makes about four requests per question.
/// <list type="bullet">
/// <item><see cref="JoinPolicy"/> (the join form's POST, the only answer that tells whether a code
/// exists): a burst of <c>RateLimits:WorkshopJoinBurst</c> (300) at once, then
/// <c>RateLimits:WorkshopJoinsPerMinute</c> (60) a minute, so guessing codes stays slow.</item>
/// <item><see cref="RoomPolicy"/> (the question page, answers and the live channel of joined phones):
/// a burst of <c>RateLimits:WorkshopRoomBurst</c> (1,200), then <c>RateLimits:WorkshopRoomPerMinute</c>
/// (1,200) a minute.</item>
/// </list>
/// </summary>
public static class WorkshopRateLimits
{
    public const string JoinPolicy = "workshop-join";
    public const string RoomPolicy = "workshop-room";

    public static void AddWorkshopPolicies(this RateLimiterOptions options, IConfiguration configuration)
    {
        var joinBurst = configuration.GetValue("RateLimits:WorkshopJoinBurst", 300);
        var joinsPerMinute = configuration.GetValue("RateLimits:WorkshopJoinsPerMinute", 60);
        var roomBurst = configuration.GetValue("RateLimits:WorkshopRoomBurst", 1200);
        var roomPerMinute = configuration.GetValue("RateLimits:WorkshopRoomPerMinute", 1200);

        options.AddPolicy(JoinPolicy, context =>
            // Showing the empty join form reveals nothing; only the POST that checks a code counts.
            HttpMethods.IsPost(context.Request.Method)
                ? RateLimitPartition.GetTokenBucketLimiter(Address(context), _ => Bucket(joinBurst, joinsPerMinute))
                : RateLimitPartition.GetNoLimiter("join-form"));
        options.AddPolicy(RoomPolicy, context =>
            RateLimitPartition.GetTokenBucketLimiter(Address(context), _ => Bucket(roomBurst, roomPerMinute)));
    }

    private static string Address(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    // Refilled every second (or, below one a second, once a minute), so a spent budget comes back smoothly.
    private static TokenBucketRateLimiterOptions Bucket(int burst, int perMinute) => new()
    {
        TokenLimit = Math.Max(1, burst),
        TokensPerPeriod = perMinute >= 60 ? perMinute / 60 : Math.Max(1, perMinute),
        ReplenishmentPeriod = perMinute >= 60 ? TimeSpan.FromSeconds(1) : TimeSpan.FromMinutes(1),
        AutoReplenishment = true,
        QueueLimit = 0,
    };
}
