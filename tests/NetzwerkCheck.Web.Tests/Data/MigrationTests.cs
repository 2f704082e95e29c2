using Microsoft.EntityFrameworkCore;
using NetzwerkCheck.Web.Tests.Infrastructure;

namespace NetzwerkCheck.Web.Tests.Data;

public sealed class MigrationTests(NetzwerkCheckFactory factory) : IClassFixture<NetzwerkCheckFactory>
{
    [Fact]
    public async Task MigrationsMatchTheModel()
    {
        _ = factory.Server;
        Assert.False(await factory.WithDbAsync(db => Task.FromResult(db.Database.HasPendingModelChanges())));
    }

    [Fact]
    public async Task DatabaseRunsInWalMode()
    {
        _ = factory.Server;
        var mode = await factory.WithDbAsync(async db =>
        {
            var connection = db.Database.GetDbConnection();
            await connection.OpenAsync(TestContext.Current.CancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA journal_mode;";
            return (string?)await command.ExecuteScalarAsync(TestContext.Current.CancellationToken);
        });
        Assert.Equal("wal", mode);
    }
}
