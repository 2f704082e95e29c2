using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using NetzwerkCheck.Domain.Networks;

namespace NetzwerkCheck.Web.Data;

public class AppDbContext(DbContextOptions<AppDbContext> options) : IdentityDbContext<IdentityUser>(options)
{
    public DbSet<Network> Networks => Set<Network>();
    public DbSet<Assessment> Assessments => Set<Assessment>();
    public DbSet<TrialJournalEntry> TrialJournal => Set<TrialJournalEntry>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
    }
}
