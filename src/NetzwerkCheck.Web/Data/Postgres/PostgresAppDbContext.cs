using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace NetzwerkCheck.Web.Data.Postgres;

/// <summary>
/// The same model on PostgreSQL. A subclass only so that its migrations (Data/Postgres/Migrations)
/// stay apart from the SQLite ones; everything else resolves it as <see cref="AppDbContext"/>.
/// </summary>
public sealed class PostgresAppDbContext(DbContextOptions<PostgresAppDbContext> options) : AppDbContext(options);

/// <summary>Lets <c>dotnet ef migrations add … --context PostgresAppDbContext</c> build the model without a server.</summary>
public sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresAppDbContext>
{
    public PostgresAppDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresAppDbContext>().UseNpgsql("Host=localhost;Database=netzwerkcheck_design").Options);
}
