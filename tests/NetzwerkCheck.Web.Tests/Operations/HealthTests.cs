using System.Net;
using Microsoft.EntityFrameworkCore;
using NetzwerkCheck.Web.Tests.Infrastructure;

namespace NetzwerkCheck.Web.Tests.Operations;

/// <summary>
/// Liveness answers while the process runs; readiness only while the database answers and has every migration.
/// Each test breaks its own app's database, so each starts its own app.
/// </summary>
public sealed class HealthTests
{
    /// <summary>Plain http, as a load balancer or orchestrator probes an instance (the app otherwise wants https).</summary>
    internal static async Task<(HttpStatusCode Status, string Body)> ProbeAsync(NetzwerkCheckFactory factory, string path)
    {
        using var http = factory.CreateClient(new() { BaseAddress = new Uri("http://localhost"), AllowAutoRedirect = false });
        var response = await http.GetAsync(path, TestContext.Current.CancellationToken);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task AMigratedAppIsLiveAndReadyAndPassingProbesStayOutOfTheLog()
    {
        await using var factory = new NetzwerkCheckFactory();

        Assert.Equal((HttpStatusCode.OK, "Healthy"), await ProbeAsync(factory, "/health/live"));
        Assert.Equal((HttpStatusCode.OK, "Healthy"), await ProbeAsync(factory, "/health/ready"));
        Assert.Equal((HttpStatusCode.OK, "ok"), await ProbeAsync(factory, "/health"));

        // The plain endpoint is logged after the probes; once its line is there, theirs would be too.
        var log = await Eventually.ValueAsync(
            () => Task.FromResult(LogFiles.Read(factory)),
            text => text.Contains("HTTP GET /health responded 200", StringComparison.Ordinal),
            "The request log never showed /health.");
        Assert.DoesNotContain("/health/live", log, StringComparison.Ordinal);
        Assert.DoesNotContain("/health/ready", log, StringComparison.Ordinal);
    }

    [Fact]
    public async Task APendingMigrationMakesTheAppNotReady()
    {
        await using var factory = new NetzwerkCheckFactory();
        _ = factory.Server;

        // As if this build brought a migration the database has not had yet.
        var latest = await factory.WithDbAsync(db => db.Database.GetAppliedMigrationsAsync(TestContext.Current.CancellationToken));
        await factory.WithDbAsync(db => db.Database.ExecuteSqlAsync(
            $"""DELETE FROM "__EFMigrationsHistory" WHERE "MigrationId" = {latest.Last()}""", TestContext.Current.CancellationToken));

        Assert.Equal((HttpStatusCode.ServiceUnavailable, "Unhealthy"), await ProbeAsync(factory, "/health/ready"));
        Assert.Equal((HttpStatusCode.OK, "Healthy"), await ProbeAsync(factory, "/health/live"));
    }

    [Fact]
    public async Task AnUnreachableDatabaseMakesTheAppNotReadyButKeepsItLive()
    {
        await using var factory = new NetzwerkCheckFactory();
        _ = factory.Server;
        Assert.Equal(HttpStatusCode.OK, (await ProbeAsync(factory, "/health/ready")).Status);

        // The database file disappears under the running app (an unmounted volume, a deleted file).
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        var moved = factory.DatabaseFile + ".weg";
        File.Move(factory.DatabaseFile, moved);
        try
        {
            Assert.Equal((HttpStatusCode.ServiceUnavailable, "Unhealthy"), await ProbeAsync(factory, "/health/ready"));
            Assert.Equal((HttpStatusCode.OK, "Healthy"), await ProbeAsync(factory, "/health/live"));
            // A failing probe is news.
            await Eventually.TrueAsync(
                () => LogFiles.Read(factory).Contains("HTTP GET /health/ready responded 503", StringComparison.Ordinal),
                "The failed readiness probe is not in the log.");
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            File.Move(moved, factory.DatabaseFile, overwrite: true);
        }
        Assert.Equal((HttpStatusCode.OK, "Healthy"), await ProbeAsync(factory, "/health/ready"));
    }
}
