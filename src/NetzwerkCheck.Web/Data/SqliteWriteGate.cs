using System.Data.Common;
using System.Diagnostics;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;
using NetzwerkCheck.Web.Infrastructure.Telemetry;

namespace NetzwerkCheck.Web.Data;

/// <summary>
/// One writer at a time on SQLite, queued in this process instead of colliding in the database. SQLite takes one
/// writer; a second one gets SQLITE_BUSY, and Microsoft.Data.Sqlite then sleeps a fixed 150 ms before it tries
/// again, which made the write tail of a busy workshop. Every write – a write command outside a transaction
/// (ExecuteUpdate/ExecuteDelete/ExecuteSql, a one-statement SaveChanges) and every transaction (SaveChanges of
/// several statements, BeginTransaction) – first waits here, in order, without sleeping; a transaction then starts
/// with BEGIN IMMEDIATE, so it holds the database's write lock from its first statement and cannot fail halfway
/// on a busy database. Connection.DefaultTimeout stays the backstop for writers outside this process (the backup
/// command, sqlite3). Commands inside a transaction pass freely: the transaction holds the gate, so a SaveChanges
/// inside an explicit transaction does not wait for itself. A write on a second connection while the same request
/// holds the gate through a transaction would wait for itself: the app does not do that (one DbContext per
/// request), and the wait is bounded by the command timeout, after which it fails as "database is locked".
/// Shared by all DbContexts of the app (it keeps no per-context state), so it suits DbContext pooling.
/// </summary>
public sealed class SqliteWriteGate(AppMetrics metrics) : DbCommandInterceptor, IDbTransactionInterceptor, IDbConnectionInterceptor, IDisposable
{
    private const int SqliteBusy = 5;

    private readonly SemaphoreSlim _gate = new(1, 1);

    // Who holds the gate: a write command until it is done, a transaction until it commits, rolls back or its connection closes.
    private readonly ConditionalWeakTable<DbCommand, Lease> _commands = [];
    private readonly ConditionalWeakTable<DbConnection, Lease> _transactions = [];

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        EnterForCommand(command);
        return result;
    }

    public override async ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        await EnterForCommandAsync(command, cancellationToken);
        return result;
    }

    public override int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result)
    {
        Leave(command);
        return result;
    }

    public override ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Leave(command);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        EnterForCommand(command);
        return result;
    }

    public override async ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        await EnterForCommandAsync(command, cancellationToken);
        return result;
    }

    public override object? ScalarExecuted(DbCommand command, CommandExecutedEventData eventData, object? result)
    {
        Leave(command);
        return result;
    }

    public override ValueTask<object?> ScalarExecutedAsync(DbCommand command, CommandExecutedEventData eventData, object? result, CancellationToken cancellationToken = default)
    {
        Leave(command);
        return ValueTask.FromResult(result);
    }

    // A write that returns rows (INSERT … RETURNING) commits when its statement is reset, so it holds the gate until the reader is gone.
    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        EnterForCommand(command);
        return result;
    }

    public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        await EnterForCommandAsync(command, cancellationToken);
        return result;
    }

    public override InterceptionResult DataReaderDisposing(DbCommand command, DataReaderDisposingEventData eventData, InterceptionResult result)
    {
        Leave(command);
        return result;
    }

    public override void CommandFailed(DbCommand command, CommandErrorEventData eventData) => Leave(command);

    public override Task CommandFailedAsync(DbCommand command, CommandErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Leave(command);
        return Task.CompletedTask;
    }

    public override void CommandCanceled(DbCommand command, CommandEndEventData eventData) => Leave(command);

    public override Task CommandCanceledAsync(DbCommand command, CommandEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Leave(command);
        return Task.CompletedTask;
    }

    public InterceptionResult<DbTransaction> TransactionStarting(DbConnection connection, TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result)
    {
        if (connection is not SqliteConnection sqlite)
        {
            return result;
        }
        var lease = Enter(TimeoutOf(sqlite));
        return Begin(sqlite, eventData, lease);
    }

    public async ValueTask<InterceptionResult<DbTransaction>> TransactionStartingAsync(
        DbConnection connection, TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result, CancellationToken cancellationToken = default)
    {
        if (connection is not SqliteConnection sqlite)
        {
            return result;
        }
        var lease = await EnterAsync(TimeoutOf(sqlite), cancellationToken);
        return Begin(sqlite, eventData, lease);
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => LeaveTransaction(eventData.Context?.Database.GetDbConnection());

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        LeaveTransaction(eventData.Context?.Database.GetDbConnection());
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => LeaveTransaction(eventData.Context?.Database.GetDbConnection());

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        LeaveTransaction(eventData.Context?.Database.GetDbConnection());
        return Task.CompletedTask;
    }

    // A transaction disposed without commit or rollback (an exception in between) is rolled back by its
    // DbTransaction, and EF then closes the connection it opened for it: that is the last chance to let go.
    public InterceptionResult ConnectionClosing(DbConnection connection, ConnectionEventData eventData, InterceptionResult result)
    {
        LeaveTransaction(connection);
        return result;
    }

    public ValueTask<InterceptionResult> ConnectionClosingAsync(DbConnection connection, ConnectionEventData eventData, InterceptionResult result)
    {
        LeaveTransaction(connection);
        return ValueTask.FromResult(result);
    }

    private InterceptionResult<DbTransaction> Begin(SqliteConnection sqlite, TransactionStartingEventData eventData, Lease lease)
    {
        try
        {
            // BEGIN IMMEDIATE: the write lock from the first statement on (Microsoft.Data.Sqlite issues "BEGIN;" only for deferred: true).
            var transaction = sqlite.BeginTransaction(eventData.IsolationLevel, deferred: false);
            _transactions.AddOrUpdate(sqlite, lease);
            return InterceptionResult<DbTransaction>.SuppressWithResult(transaction);
        }
        catch
        {
            lease.Dispose();
            throw;
        }
    }

    private void EnterForCommand(DbCommand command)
    {
        if (NeedsGate(command))
        {
            _commands.AddOrUpdate(command, Enter(TimeoutOf(command)));
        }
    }

    private async ValueTask EnterForCommandAsync(DbCommand command, CancellationToken cancellationToken)
    {
        if (NeedsGate(command))
        {
            _commands.AddOrUpdate(command, await EnterAsync(TimeoutOf(command), cancellationToken));
        }
    }

    private Lease Enter(TimeSpan timeout)
    {
        var started = Stopwatch.GetTimestamp();
        if (!_gate.Wait(timeout))
        {
            throw Locked();
        }
        metrics.WriteGateWaited(Stopwatch.GetElapsedTime(started));
        return new Lease(_gate);
    }

    private async ValueTask<Lease> EnterAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        if (!await _gate.WaitAsync(timeout, cancellationToken))
        {
            throw Locked();
        }
        metrics.WriteGateWaited(Stopwatch.GetElapsedTime(started));
        return new Lease(_gate);
    }

    private void Leave(DbCommand command)
    {
        if (_commands.TryGetValue(command, out var lease))
        {
            _commands.Remove(command);
            lease.Dispose();
        }
    }

    private void LeaveTransaction(DbConnection? connection)
    {
        if (connection is not null && _transactions.TryGetValue(connection, out var lease))
        {
            _transactions.Remove(connection);
            lease.Dispose();
        }
    }

    /// <summary>Inside a transaction the transaction holds the gate; outside, everything but a query writes.</summary>
    private static bool NeedsGate(DbCommand command) =>
        command is SqliteCommand { Transaction: null } && !IsQuery(command.CommandText);

    public static bool IsQuery(string sql)
    {
        var text = sql.AsSpan();
        while (true)
        {
            text = text.TrimStart();
            // EF's query tags come first as comment lines.
            if (!text.StartsWith("--"))
            {
                break;
            }
            var end = text.IndexOf('\n');
            text = end < 0 ? [] : text[(end + 1)..];
        }
        return text.StartsWith("SELECT", StringComparison.OrdinalIgnoreCase);
    }

    private static TimeSpan TimeoutOf(DbCommand command) => TimeSpan.FromSeconds(command.CommandTimeout > 0 ? command.CommandTimeout : 30);

    private static TimeSpan TimeoutOf(SqliteConnection connection) => TimeSpan.FromSeconds(connection.DefaultTimeout > 0 ? connection.DefaultTimeout : 30);

    private static SqliteException Locked() => new("database is locked: no turn at the write gate within the command timeout", SqliteBusy);

    public void Dispose() => _gate.Dispose();

    private sealed class Lease(SemaphoreSlim gate) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                gate.Release();
            }
        }
    }
}
