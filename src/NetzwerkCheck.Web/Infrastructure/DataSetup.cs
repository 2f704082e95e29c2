using Microsoft.AspNetCore.DataProtection;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using NetzwerkCheck.Web.Data;

namespace NetzwerkCheck.Web.Infrastructure;

public static class DataSetup
{
    public static void AddNetzwerkCheckData(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
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
        services.AddDbContext<AppDbContext>(options => options.UseSqlite(builder.ToString()));

        // Keys beside the database: a restart (or a restored backup) keeps people signed in.
        var keyFolder = Path.Combine(string.IsNullOrEmpty(directory) ? environment.ContentRootPath : directory, "keys");
        services.AddDataProtection()
            .SetApplicationName("NetzwerkCheck")
            .PersistKeysToFileSystem(new DirectoryInfo(keyFolder));
    }

    public static void MigrateDatabase(this WebApplication app)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        db.Database.Migrate();
        // WAL lets readers continue while one writer commits; it is a property of the file, set once.
        db.Database.ExecuteSqlRaw("PRAGMA journal_mode=WAL;");
    }
}
