using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace NetzwerkCheck.Web.Infrastructure.Health;

/// <summary>
/// Ready when the database answers and every migration this build knows is applied: an instance of a newer
/// build on a database that has not been migrated yet must not take requests. Two cheap reads (a connection
/// and the migrations history); the description names no server, file or connection string.
/// </summary>
public sealed class DatabaseReadyCheck(AppDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            if (!await db.Database.CanConnectAsync(cancellationToken))
            {
                return HealthCheckResult.Unhealthy("Datenbank nicht erreichbar.");
            }
            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).Count();
            return pending == 0
                ? HealthCheckResult.Healthy()
                : HealthCheckResult.Unhealthy($"{pending} Migration(en) ausstehend.");
        }
        catch (Exception problem) when (problem is System.Data.Common.DbException or InvalidOperationException)
        {
            return HealthCheckResult.Unhealthy("Datenbank nicht lesbar.", problem);
        }
    }
}
