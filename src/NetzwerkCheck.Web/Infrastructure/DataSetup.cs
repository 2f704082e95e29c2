using Microsoft.AspNetCore.DataProtection;
using Microsoft.Data.Sqlite;
using NetzwerkCheck.Web.Data.Postgres;

namespace NetzwerkCheck.Web.Infrastructure;

public static class DataSetup
{
    public static void AddNetzwerkCheckData(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        if (string.Equals(configuration["Database:Provider"], "Postgres", StringComparison.OrdinalIgnoreCase))
        {
            AddPostgres(services, configuration);
            return;
        }

        var connectionString = configuration.GetConnectionString("Default")
            ?? throw new InvalidOperationException("ConnectionStrings:Default fehlt.");
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (!Path.IsPathRooted(builder.DataSource) && builder.DataSource != ":memory:")
        {
            builder.DataSource = Path.Combine(environment.ContentRootPath, builder.DataSource);
        }
        var directory = Path.GetDirectoryName(builder.DataSource);
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }
        builder.DefaultTimeout = 30;
        services.AddSingleton<SqliteWriteGate>();
        // Pooled: a page runs a few small queries, and setting up a fresh context for each request cost more than they did.
        services.AddDbContextPool<AppDbContext>((sp, options) =>
            options.UseSqlite(builder.ToString()).AddInterceptors(new SqliteTuning(), sp.GetRequiredService<SqliteWriteGate>()));

        // Keys beside the database: a restart (or a restored backup) keeps people signed in.
        var keyFolder = Path.Combine(string.IsNullOrEmpty(directory) ? environment.ContentRootPath : directory, "keys");
        services.AddDataProtection()
            .SetApplicationName("NetzwerkCheck")
            .PersistKeysToFileSystem(new DirectoryInfo(keyFolder));
    }

    /// <summary>
    /// The scale-out path: several instances behind a load balancer on one PostgreSQL database. The
    /// Data Protection keys live in that database too, so every instance reads every cookie.
    /// </summary>
    private static void AddPostgres(IServiceCollection services, IConfiguration configuration)
    {
        var connectionString = configuration.GetConnectionString("Postgres")
            ?? throw new InvalidOperationException("ConnectionStrings:Postgres fehlt.");
        services.AddDbContextPool<AppDbContext, PostgresAppDbContext>(options => options.UseNpgsql(connectionString));
        services.AddDataProtection()
            .SetApplicationName("NetzwerkCheck")
            .PersistKeysToDbContext<AppDbContext>();
    }

    public static void MigrateDatabase(this WebApplication app)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        db.Database.Migrate();
        if (db.Database.IsSqlite())
        {
            // WAL lets readers continue while one writer commits; it is a property of the file, set once.
            db.Database.ExecuteSqlRaw("PRAGMA journal_mode=WAL;");
        }
    }
}
