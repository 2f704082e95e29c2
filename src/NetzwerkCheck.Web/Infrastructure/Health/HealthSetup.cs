using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace NetzwerkCheck.Web.Infrastructure.Health;

/// <summary>
/// Health endpoints for an orchestrator or load balancer: <c>/health/live</c> says the process answers (no
/// dependency checked, so a slow database never gets the app restarted), <c>/health/ready</c> says it can
/// serve (<see cref="DatabaseReadyCheck"/>), 503 otherwise. Both answer with one word, anonymously, over
/// http too (HttpsRequiredMiddleware lets /health… through) and without a rate limit. The plain
/// <c>/health</c> the benchmarks measure against stays as it is (WebSetup).
/// </summary>
public static class HealthSetup
{
    private const string ReadyTag = "ready";
    private const string Live = "/health/live";
    private const string Ready = "/health/ready";

    public static void AddNetzwerkCheckHealth(this IServiceCollection services) =>
        services.AddHealthChecks().AddCheck<DatabaseReadyCheck>("database", tags: [ReadyTag]);

    public static void MapNetzwerkCheckHealth(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks(Live, new HealthCheckOptions { Predicate = _ => false })
            .AllowAnonymous()
            .DisableRateLimiting();
        app.MapHealthChecks(Ready, new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadyTag) })
            .AllowAnonymous()
            .DisableRateLimiting();
    }

    public static bool IsProbe(PathString path) => path.Equals(Live, StringComparison.OrdinalIgnoreCase) || path.Equals(Ready, StringComparison.OrdinalIgnoreCase);
}
