using System.Diagnostics;
using Npgsql;

namespace NetzwerkCheck.Web.Infrastructure;

/// <summary>Runs PostgreSQL's own pg_dump (from the postgresql-client package) against the app's database.</summary>
public static class PostgresDump
{
    public static async Task WriteAsync(string connectionString, string target, CancellationToken cancellationToken)
    {
        var start = Tool("pg_dump", connectionString);
        foreach (var argument in new[] { "--format=custom", "--no-owner", "--file", target })
        {
            start.ArgumentList.Add(argument);
        }
        await RunAsync(start, cancellationToken);
    }

    public static async Task RestoreAsync(string connectionString, string dumpFile, CancellationToken cancellationToken)
    {
        var start = Tool("pg_restore", connectionString);
        foreach (var argument in new[] { "--no-owner", "--exit-on-error", "--dbname", new NpgsqlConnectionStringBuilder(connectionString).Database!, dumpFile })
        {
            start.ArgumentList.Add(argument);
        }
        await RunAsync(start, cancellationToken);
    }

    // The password goes through the environment, never the command line (which other users can read).
    private static ProcessStartInfo Tool(string name, string connectionString)
    {
        var settings = new NpgsqlConnectionStringBuilder(connectionString);
        var start = new ProcessStartInfo(name) { RedirectStandardError = true, UseShellExecute = false };
        start.Environment["PGHOST"] = settings.Host;
        start.Environment["PGPORT"] = settings.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["PGDATABASE"] = settings.Database;
        start.Environment["PGUSER"] = settings.Username;
        start.Environment["PGPASSWORD"] = settings.Password;
        return start;
    }

    private static async Task RunAsync(ProcessStartInfo start, CancellationToken cancellationToken)
    {
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            throw new IOException($"{start.FileName} fehlt – bitte das Paket postgresql-client installieren.");
        }
        using (process)
        {
            var errors = await process.StandardError.ReadToEndAsync(cancellationToken);
            await process.WaitForExitAsync(cancellationToken);
            if (process.ExitCode != 0)
            {
                throw new IOException($"{start.FileName} ist fehlgeschlagen: {errors.Trim()}");
            }
        }
    }
}
