using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace NetzwerkCheck.Web.Data;

/// <summary>
/// In WAL mode, synchronous=NORMAL syncs at checkpoints instead of at every commit: the database stays
/// consistent after a crash, and only the last commits before a power loss could be lost. That lets
/// many small writes (survey answers, workshop votes) commit without waiting on the disk each time.
/// </summary>
public sealed class SqliteTuning : DbConnectionInterceptor
{
    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Apply(connection);
        return Task.CompletedTask;
    }

    // Pooled connections keep their pragmas; EF opens a connection for every query, so set it only once per handle.
    private static readonly ConditionalWeakTable<object, object> Tuned = [];

    private static void Apply(DbConnection connection)
    {
        if (connection is SqliteConnection { Handle: { } handle } && !Tuned.TryAdd(handle, handle))
        {
            return;
        }
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA synchronous=NORMAL;";
        command.ExecuteNonQuery();
    }
}
