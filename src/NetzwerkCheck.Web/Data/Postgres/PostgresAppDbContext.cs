namespace NetzwerkCheck.Web.Data.Postgres;

/// <summary>
/// The same model on PostgreSQL. A subclass only so that its migrations (Data/Postgres/Migrations)
/// stay apart from the SQLite ones; everything else resolves it as <see cref="AppDbContext"/>.
/// </summary>
public sealed class PostgresAppDbContext(DbContextOptions<PostgresAppDbContext> options) : AppDbContext(options);
