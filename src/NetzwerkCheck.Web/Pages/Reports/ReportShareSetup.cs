using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace NetzwerkCheck.Web.Pages.Reports;

/// <summary>
/// What sharing a report adds to the app: the budget of the anonymous link page, per client address and counting
/// every request (each view writes its count). <c>RateLimits:SharedReportViewsPerMinute</c> (30) is far more than a
/// person reading and printing a report needs, and makes trying tokens or inflating a count slow.
/// </summary>
public static class ReportShareSetup
{
    public const string ViewPolicy = "shared-report";

    public static void AddReportShares(this IServiceCollection services, IConfiguration configuration)
    {
        var perMinute = configuration.GetValue("RateLimits:SharedReportViewsPerMinute", 30);
        services.Configure<RateLimiterOptions>(options => options.AddPolicy(ViewPolicy, context =>
            RateLimitPartition.GetFixedWindowLimiter(context.Connection.RemoteIpAddress?.ToString() ?? "unknown", _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = Math.Max(1, perMinute),
                Window = TimeSpan.FromMinutes(1),
            })));
    }
}
