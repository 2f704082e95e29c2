using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using NetzwerkCheck.Web.Infrastructure;
using NetzwerkCheck.Web.Tests.Infrastructure;
using NetzwerkCheck.Web.Tests.Operations;
using NetzwerkCheck.Web.Tests.Pages.Reports;
using Npgsql;
using NetzwerkCheck.Web.Tests.Pages.Workshops;

namespace NetzwerkCheck.Web.Tests.Data;

/// <summary>
/// The same app on a real PostgreSQL server (the scale-out path), on a database of its own per run.
/// Needs NC_POSTGRES (set by .ci/run through .ci/postgres.sh); skipped without it, except under CI=true.
/// </summary>
public sealed class PostgresTests(PostgresTests.PostgresFactory factory) : IClassFixture<PostgresTests.PostgresFactory>
{
    public class PostgresFactory : NetzwerkCheckFactory
    {
        public static string? ServerConnection => Environment.GetEnvironmentVariable("NC_POSTGRES");

        public virtual string Database { get; } = "nc_test_" + Guid.NewGuid().ToString("N")[..12];

        public string ConnectionString => $"{ServerConnection};Database={Database}";

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Database:Provider", "Postgres");
            builder.UseSetting("ConnectionStrings:Postgres", ConnectionString);
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing && ServerConnection is not null)
            {
                try
                {
                    WithDbAsync(db => db.Database.EnsureDeletedAsync()).GetAwaiter().GetResult();
                }
                catch (InvalidOperationException)
                {
                    // The host never started (no server): nothing to drop.
                }
            }
            base.Dispose(disposing);
        }
    }

    private static void RequireServer()
    {
        if (PostgresFactory.ServerConnection is not null)
        {
            return;
        }
        const string reason = "NC_POSTGRES ist nicht gesetzt – PostgreSQL-Tests laufen mit .ci/run (oder: export NC_POSTGRES=$(.ci/postgres.sh)).";
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Assert.Fail(reason);
        }
        Assert.Skip(reason);
    }

    [Fact]
    public async Task PostgresMigrationsMatchTheModel()
    {
        RequireServer();
        _ = factory.Server;

        Assert.True(await factory.WithDbAsync(db => Task.FromResult(db.Database.IsNpgsql())));
        Assert.False(await factory.WithDbAsync(db => Task.FromResult(db.Database.HasPendingModelChanges())));
    }

    [Fact]
    public async Task TheDashboardSearchesSortsAndPagesInPostgresSql()
    {
        RequireServer();
        var user = await WebUser.RegisterAsync(factory);
        await Pages.Networks.DashboardTests.SeedAsync(factory, user);
        await user.CreateNetworkAsync("Überregionaler Kreis");
        string[] Names(AngleSharp.Html.Dom.IHtmlDocument page) => [.. page.Texts(".network-list .network-card h2")];

        Assert.Equal(["Netz 30", "Netz 29"], Names(await user.GetDocumentAsync("/Networks?sort=punkte")).Take(2));
        Assert.Equal(["Netz 26", "Netz 27", "Netz 28", "Netz 29", "Netz 30", "Netz 31"], Names(await user.GetDocumentAsync("/Networks?sort=geprueft&page=2")).Take(6));
        Assert.Equal(["Netz 05", "Netz 15"], Names(await user.GetDocumentAsync("/Networks?sort=status")).Take(2));
        Assert.Equal(["Überregionaler Kreis", "Netz 59"], Names(await user.GetDocumentAsync("/Networks?sort=geaendert")).Take(2));
        Assert.Equal(11, Names(await user.GetDocumentAsync("/Networks?page=3")).Length);
        Assert.Equal(["Unternehmerclub Leipzig"], Names(await user.GetDocumentAsync("/Networks?q=UNTERNEHMER")));
        Assert.Equal(["Überregionaler Kreis"], Names(await user.GetDocumentAsync("/Networks?q=%C3%BCberregional")));
        Assert.Empty(Names(await user.GetDocumentAsync("/Networks?q=Netz_0")));
    }

    [Fact]
    public async Task EveryCapabilityWorksOnPostgres()
    {
        RequireServer();
        var user = await WebUser.RegisterAsync(factory);
        var networkId = await user.CreateNetworkAsync("Netzwerk auf PostgreSQL");
        var assessmentId = await user.StartCheckAsync(networkId);
        await user.SubmitAsync($"/Checks/Goal/{assessmentId}", [("Input.Goal", "WinClients"), ("Input.Style", "Hunter"), ("go", "next")]);
        await user.SubmitAsync($"/Checks/Criteria/{assessmentId}", [("Criteria[0].Rating", "5"), ("Criteria[1].Rating", "4"), ("Criteria[2].Rating", "4"), ("TrialWeeks", "16"), ("Criteria[3].Rating", "4"), ("go", "next")]);
        var result = await user.FollowToDocumentAsync(await user.SubmitAsync($"/Checks/Flags/{assessmentId}", [("go", "next")]));
        Assert.Equal("Engagieren", result.Text("#verdict-heading")); // 81 points, 70 % complete (profile 34/33/33)
        Assert.Equal(HttpStatusCode.OK, (await user.Client.GetAsync($"/Reports/Assessment/{assessmentId}", TestContext.Current.CancellationToken)).StatusCode);

        // A shared report: the view count is one conditional UPDATE, revoking another; then the link answers 410.
        var sharePath = await ShareTests.CreateLinkAsync(user, assessmentId);
        Assert.Equal(HttpStatusCode.OK, (await factory.CreateBrowserClient().GetAsync(sharePath, TestContext.Current.CancellationToken)).StatusCode);
        var linkId = await factory.WithDbAsync(db => db.ReportShares.Where(s => s.AssessmentId == assessmentId).Select(s => s.Id).SingleAsync());
        Assert.Equal("1", (await user.GetDocumentAsync($"/Reports/Share/{assessmentId}")).Text($"#share-{linkId} .share-count"));
        await user.SubmitAsync($"/Reports/Share/{assessmentId}", [], $"form:has(input[name=linkId][value='{linkId}'])");
        Assert.Equal(HttpStatusCode.Gone, (await factory.CreateBrowserClient().GetAsync(sharePath, TestContext.Current.CancellationToken)).StatusCode);

        await user.SubmitAsync($"/Surveys/{networkId}", [], "form[action*='handler=Open']");
        var link = new Uri((await user.GetDocumentAsync($"/Surveys/{networkId}")).QuerySelector("#share-url")!.GetAttribute("value")!).AbsolutePath;
        var member = new WebUser(factory.CreateBrowserClient());
        var answered = await member.SubmitAsync(link, [("Input.ConductRating", "4"), ("Input.ValueRating", "4"), ("Input.SeenAs", "Referral"), ("Input.WouldRecommend", "true")]);
        Assert.Equal(HttpStatusCode.Redirect, answered.StatusCode);

        var (workshopId, code) = await WorkshopTests.OpenWorkshopAsync(user);
        var participant = await WorkshopTests.JoinAsync(factory.CreateBrowserClient(), code);
        await participant.SubmitAsync($"/w/{code}", [("Values", "hunter")]);
        await participant.SubmitAsync($"/w/{code}", [("Values", "gatherer")]); // the upsert's update path: still one answer
        var stage = Html.Parse(await (await user.Client.GetAsync($"/Workshops/Present/{workshopId}?handler=Stage", TestContext.Current.CancellationToken)).TextAsync());
        Assert.Equal("1", stage.Text("#answer-count"));

        // Costs and the journal: amounts as hundredths, entries grouped by calendar year, the figures on the network page.
        var today = DateOnly.FromDateTime(DateTime.Today);
        var joined = new DateOnly(today.Year, today.Month, 1).AddMonths(-13);
        await user.SaveCostsAsync(networkId, ("MemberSince", Membership.Iso(joined)), ("YearlyFee", "1.234,50"), ("HoursPerMonth", "2,5"));
        await user.AddEntryAsync(networkId, "Event", date: joined);
        await user.AddEntryAsync(networkId, "Order", "Logo", today, "3.703,50");
        var journal = await user.GetDocumentAsync($"/Networks/Journal/{networkId}");
        Assert.Equal([$"{today.Year} (1)", $"{joined.Year} (1)"], journal.Texts(".year-nav a"));
        // Two membership years begun (2 × 1,234.50 €) against one order of 3,703.50 €.
        Assert.Equal("+1.234,50 € Auftragswert minus Kosten", (await user.GetDocumentAsync($"/Networks/Details/{networkId}")).Text("#value-net"));

        var export = await user.Client.GetStringAsync("/Account/Data?handler=Json", TestContext.Current.CancellationToken);
        Assert.Contains("Netzwerk auf PostgreSQL", export);

        var stranger = await WebUser.RegisterAsync(factory);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.Client.GetAsync($"/Networks/Details/{networkId}", TestContext.Current.CancellationToken)).StatusCode);
        Assert.Equal(1, await factory.WithDbAsync(db => db.DataProtectionKeys.CountAsync()));
    }

    [Fact]
    public async Task BackupWithPgDumpRestoresIntoAWorkingApp()
    {
        RequireServer();
        var user = await WebUser.RegisterAsync(factory);
        await user.CreateNetworkAsync("Gesichert auf PostgreSQL");
        var dump = Path.Combine(Path.GetTempPath(), "nc-pg-backup-" + Guid.NewGuid().ToString("N"), "netzwerkcheck.dump");

        Assert.Equal(dump, await DatabaseBackup.CreateAsync(factory.Services, dump, TestContext.Current.CancellationToken));
        await user.CreateNetworkAsync("Nach der Sicherung");

        using var restored = new RestoredFactory();
        await using (var server = new NpgsqlConnection(PostgresFactory.ServerConnection))
        {
            await server.OpenAsync(TestContext.Current.CancellationToken);
            await using var create = new NpgsqlCommand($"CREATE DATABASE {restored.Database};", server);
            await create.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
        }
        await PostgresDump.RestoreAsync(restored.ConnectionString, dump, TestContext.Current.CancellationToken);

        var sameUser = new WebUser(restored.CreateBrowserClient());
        var login = await sameUser.SubmitAsync("/Account/Login", [("Input.Email", user.Email), ("Input.Password", WebUser.Password)]);
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        var list = await (await sameUser.Client.GetAsync("/Networks", TestContext.Current.CancellationToken)).TextAsync();
        Assert.Contains("Gesichert auf PostgreSQL", list);
        Assert.DoesNotContain("Nach der Sicherung", list);
        Directory.Delete(Path.GetDirectoryName(dump)!, recursive: true);
    }

    [Fact]
    public async Task ReadinessSeesAPendingMigrationOnPostgres()
    {
        RequireServer();
        Assert.Equal((HttpStatusCode.OK, "Healthy"), await HealthTests.ProbeAsync(factory, "/health/ready"));

        var latest = (await factory.WithDbAsync(db => db.Database.GetAppliedMigrationsAsync(TestContext.Current.CancellationToken))).Last();
        var renamed = "pending-" + latest;
        await factory.WithDbAsync(db => db.Database.ExecuteSqlAsync(
            $"""UPDATE "__EFMigrationsHistory" SET "MigrationId" = {renamed} WHERE "MigrationId" = {latest}""", TestContext.Current.CancellationToken));
        try
        {
            Assert.Equal((HttpStatusCode.ServiceUnavailable, "Unhealthy"), await HealthTests.ProbeAsync(factory, "/health/ready"));
        }
        finally
        {
            await factory.WithDbAsync(db => db.Database.ExecuteSqlAsync(
                $"""UPDATE "__EFMigrationsHistory" SET "MigrationId" = {latest} WHERE "MigrationId" = {renamed}""", TestContext.Current.CancellationToken));
        }
        Assert.Equal((HttpStatusCode.OK, "Healthy"), await HealthTests.ProbeAsync(factory, "/health/ready"));
    }

    [Fact]
    public async Task AVanishedPostgresDatabaseMakesTheAppNotReadyButKeepsItLive()
    {
        RequireServer();
        using var app = new PostgresFactory();
        Assert.Equal(HttpStatusCode.OK, (await HealthTests.ProbeAsync(app, "/health/ready")).Status);

        await using (var server = new NpgsqlConnection(PostgresFactory.ServerConnection))
        {
            await server.OpenAsync(TestContext.Current.CancellationToken);
            await using var drop = new NpgsqlCommand($"DROP DATABASE {app.Database} WITH (FORCE);", server);
            await drop.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
        }
        NpgsqlConnection.ClearAllPools();

        Assert.Equal((HttpStatusCode.ServiceUnavailable, "Unhealthy"), await HealthTests.ProbeAsync(app, "/health/ready"));
        Assert.Equal((HttpStatusCode.OK, "Healthy"), await HealthTests.ProbeAsync(app, "/health/live"));
    }

    private sealed class RestoredFactory : PostgresFactory
    {
        public override string Database { get; } = "nc_restored_" + Guid.NewGuid().ToString("N")[..12];
    }
}
