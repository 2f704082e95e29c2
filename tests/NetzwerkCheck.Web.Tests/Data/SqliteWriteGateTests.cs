using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using System.Net;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NetzwerkCheck.Web.Data;
using NetzwerkCheck.Web.Tests.Infrastructure;
using NetzwerkCheck.Web.Tests.Pages.Workshops;

namespace NetzwerkCheck.Web.Tests.Data;

/// <summary>Every SQLite write of the app passes one gate (Data/SqliteWriteGate.cs): in turn, and never left closed.</summary>
public sealed class SqliteWriteGateTests(NetzwerkCheckFactory factory) : IClassFixture<NetzwerkCheckFactory>
{
    private static readonly TimeSpan Quick = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task ATransactionTakesTheWriteLockAtItsStart()
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await using (await db.Database.BeginTransactionAsync(TestContext.Current.CancellationToken))
        {
            // Nothing written yet, and still another connection cannot begin to write: BEGIN IMMEDIATE, not BEGIN.
            var busy = Assert.Throws<SqliteException>(() => BeginImmediateElsewhere());
            Assert.Equal(5, busy.SqliteErrorCode);
        }
        BeginImmediateElsewhere();
    }

    [Fact]
    public async Task AWriteWaitsInTheGateWhileATransactionIsOpenAndGoesOnAfterItsCommit()
    {
        using var waits = new GateWaits(factory);
        var id = await NewKeyAsync();
        Task<int> Rename(string name) =>
            factory.WithDbAsync(other => other.DataProtectionKeys.Where(k => k.Id == id).ExecuteUpdateAsync(s => s.SetProperty(k => k.FriendlyName, name)));
        // Compiled once beforehand, so that the write below reaches the gate at once, even on a busy machine.
        await Rename("vorher");
        using var holder = factory.Services.CreateScope();
        var db = holder.ServiceProvider.GetRequiredService<AppDbContext>();
        var transaction = await db.Database.BeginTransactionAsync(TestContext.Current.CancellationToken);

        var write = Rename("danach");
        await Task.Delay(300, TestContext.Current.CancellationToken);
        Assert.False(write.IsCompleted);

        await transaction.CommitAsync(TestContext.Current.CancellationToken);
        Assert.Equal(1, await write.WaitAsync(Quick, TestContext.Current.CancellationToken));
        // It waited in the gate (most of the 300 ms held), not in SQLite's busy loop.
        Assert.Contains(waits.Seconds, s => s >= 0.15);
        await transaction.DisposeAsync();
    }

    [Fact]
    public async Task AFailedSaveChangesLetsTheNextWriteThrough()
    {
        var id = await NewKeyAsync();
        // One statement (no transaction) and two statements (a transaction), each failing on the primary key.
        await Assert.ThrowsAsync<DbUpdateException>(() => factory.WithDbAsync(db =>
        {
            db.DataProtectionKeys.Add(new DataProtectionKey { Id = id, Xml = "<doppelt/>" });
            return db.SaveChangesAsync();
        }));
        await Assert.ThrowsAsync<DbUpdateException>(() => factory.WithDbAsync(db =>
        {
            db.DataProtectionKeys.AddRange(new DataProtectionKey { Id = id, Xml = "<doppelt/>" }, new DataProtectionKey { Xml = "<neu/>" });
            return db.SaveChangesAsync();
        }));
        await NewKeyAsync().WaitAsync(Quick, TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task ATransactionLeftWithoutCommitOrAnExceptionInsideItLetsTheNextWriteThrough()
    {
        var id = await NewKeyAsync();
        await Assert.ThrowsAsync<InvalidOperationException>(() => factory.WithDbAsync<int>(async db =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            await db.DataProtectionKeys.Where(k => k.Id == id).ExecuteUpdateAsync(s => s.SetProperty(k => k.FriendlyName, "verworfen"));
            throw new InvalidOperationException("mittendrin");
        }));
        await NewKeyAsync().WaitAsync(Quick, TestContext.Current.CancellationToken);
        Assert.Null(await factory.WithDbAsync(db => db.DataProtectionKeys.Where(k => k.Id == id).Select(k => k.FriendlyName).SingleAsync()));
    }

    [Fact]
    public async Task AWriteCancelledWhileWaitingLeavesTheGateOpen()
    {
        var id = await NewKeyAsync();
        using var holder = factory.Services.CreateScope();
        var db = holder.ServiceProvider.GetRequiredService<AppDbContext>();
        var transaction = await db.Database.BeginTransactionAsync(TestContext.Current.CancellationToken);

        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => factory.WithDbAsync(other =>
            other.DataProtectionKeys.Where(k => k.Id == id).ExecuteUpdateAsync(s => s.SetProperty(k => k.FriendlyName, "nie"), cancel.Token)));

        await transaction.CommitAsync(TestContext.Current.CancellationToken);
        await transaction.DisposeAsync();
        await NewKeyAsync().WaitAsync(Quick, TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task ASaveChangesInsideAnOpenTransactionDoesNotWaitForItself()
    {
        await factory.WithDbAsync(async db =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            db.DataProtectionKeys.AddRange(new DataProtectionKey { Xml = "<eins/>" }, new DataProtectionKey { Xml = "<zwei/>" });
            await db.SaveChangesAsync().WaitAsync(Quick);
            await transaction.CommitAsync();
            return 0;
        });
    }

    [Fact]
    public async Task FiftyPhonesAnsweringAtOnceAreAllStoredWithoutALockedDatabase()
    {
        using var waits = new GateWaits(factory);
        var facilitator = await WebUser.RegisterAsync(factory);
        var (id, code) = await WorkshopTests.OpenWorkshopAsync(facilitator);
        var phones = new List<WebUser>();
        for (var i = 0; i < 50; i++)
        {
            phones.Add(await WorkshopTests.JoinAsync(factory.CreateBrowserClient(), code));
        }
        var forms = await Task.WhenAll(phones.Select(async phone =>
        {
            var document = await phone.GetDocumentAsync($"/w/{code}");
            return WebUser.FormValues((AngleSharp.Html.Dom.IHtmlFormElement)document.QuerySelector("main form")!);
        }));
        var before = waits.Seconds.Length;
        var versionBefore = await factory.WithDbAsync(db => db.Workshops.Where(w => w.Id == id).Select(w => w.Version).SingleAsync());

        var answers = await Task.WhenAll(phones.Select((phone, i) =>
        {
            var fields = forms[i].Where(f => f.Key != "Values").Append(new("Values", i % 2 == 0 ? "hunter" : "gatherer"));
            return phone.Client.PostAsync($"/w/{code}", new FormUrlEncodedContent(fields), TestContext.Current.CancellationToken);
        }));

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.Redirect, a.StatusCode));
        Assert.Equal(50, await factory.WithDbAsync(db => db.WorkshopAnswers.CountAsync(a => a.WorkshopId == id && a.QuestionKey == "style")));
        // Each answer is one command (the answer and the room's version step) through the gate.
        Assert.True(waits.Seconds.Length - before >= 50, $"{waits.Seconds.Length - before} writes passed the gate");
        Assert.Equal(50 + versionBefore, await factory.WithDbAsync(db => db.Workshops.Where(w => w.Id == id).Select(w => w.Version).SingleAsync()));
        Assert.DoesNotContain(LogLines(), line => line.Contains("database is locked", StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("SELECT 1", true)]
    [InlineData("-- Ein Tag\n  select \"x\" FROM \"Workshops\"", true)]
    [InlineData("INSERT INTO \"WorkshopAnswers\" VALUES (1)", false)]
    [InlineData("\n UPDATE \"Workshops\" SET \"Version\" = \"Version\" + 1", false)]
    [InlineData("-- Nur ein Kommentar", false)]
    public void OnlyAQueryPassesWithoutTheGate(string sql, bool query) => Assert.Equal(query, SqliteWriteGate.IsQuery(sql));

    private Task<int> NewKeyAsync() => factory.WithDbAsync(async db =>
    {
        var key = new DataProtectionKey { Xml = "<gate-test/>" };
        db.DataProtectionKeys.Add(key);
        await db.SaveChangesAsync();
        return key.Id;
    });

    private void BeginImmediateElsewhere()
    {
        using var connection = new SqliteConnection($"Data Source={factory.DatabaseFile};Pooling=False;Default Timeout=1");
        connection.Open();
        using var transaction = connection.BeginTransaction(deferred: false);
        transaction.Rollback();
    }

    private List<string> LogLines() =>
        Directory.GetFiles(factory.LogFolder, "nc-*.log").SelectMany(file =>
        {
            using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            return new StreamReader(stream).ReadToEnd().Split('\n');
        }).ToList();

    /// <summary>The waits this app's gate records (netzwerkcheck.write_gate.wait), in seconds.</summary>
    private sealed class GateWaits : IDisposable
    {
        private readonly MeterListener _listener = new();
        private readonly ConcurrentQueue<double> _seconds = new();

        public GateWaits(NetzwerkCheckFactory factory)
        {
            var meters = factory.Services.GetRequiredService<IMeterFactory>();
            _listener.InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Name == "netzwerkcheck.write_gate.wait" && ReferenceEquals(instrument.Meter.Scope, meters))
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            };
            _listener.SetMeasurementEventCallback<double>((_, value, _, _) => _seconds.Enqueue(value));
            _listener.Start();
        }

        public double[] Seconds => _seconds.ToArray();

        public void Dispose() => _listener.Dispose();
    }
}
