using Microsoft.Data.Sqlite;

namespace NetzwerkCheck.Web.Infrastructure;

/// <summary>
/// A consistent copy of the live database while the app keeps serving. SQLite: VACUUM INTO, plus the
/// Data Protection keys beside it so a restored copy keeps people signed in. Restore: stop the app, put the
/// copy where ConnectionStrings:Default points and the keys folder beside it. PostgreSQL: pg_dump in its
/// custom format (the keys live in the database); restore with pg_restore into an empty database.
/// </summary>
public static class DatabaseBackup
{
    public static async Task<string> CreateAsync(IServiceProvider services, string targetFile, CancellationToken cancellationToken = default)
    {
        var target = Path.GetFullPath(targetFile);
        if (File.Exists(target))
        {
            throw new IOException($"{target} gibt es schon; eine Sicherung überschreibt nichts.");
        }
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);

        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        if (db.Database.IsNpgsql())
        {
            await PostgresDump.WriteAsync(db.Database.GetConnectionString()!, target, cancellationToken);
            return target;
        }
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        await connection.OpenAsync(cancellationToken);
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = "VACUUM INTO $target;";
            command.Parameters.AddWithValue("$target", target);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        var keys = Path.Combine(Path.GetDirectoryName(connection.DataSource) ?? ".", "keys");
        if (Directory.Exists(keys))
        {
            var keysCopy = Path.Combine(Path.GetDirectoryName(target)!, "keys");
            Directory.CreateDirectory(keysCopy);
            foreach (var file in Directory.GetFiles(keys))
            {
                File.Copy(file, Path.Combine(keysCopy, Path.GetFileName(file)), overwrite: true);
            }
        }
        return target;
    }
}
