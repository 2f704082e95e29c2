using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using NetzwerkCheck.Domain.Networks;
using NetzwerkCheck.Domain.Surveys;
using NetzwerkCheck.Domain.Workshops;

namespace NetzwerkCheck.Web.Data;

public class AppDbContext(DbContextOptions<AppDbContext> options) : IdentityDbContext<IdentityUser>(options)
{
    public DbSet<Network> Networks => Set<Network>();
    public DbSet<Assessment> Assessments => Set<Assessment>();
    public DbSet<TrialJournalEntry> TrialJournal => Set<TrialJournalEntry>();
    public DbSet<Survey> Surveys => Set<Survey>();
    public DbSet<SurveyResponse> SurveyResponses => Set<SurveyResponse>();
    public DbSet<Workshop> Workshops => Set<Workshop>();
    public DbSet<WorkshopParticipant> WorkshopParticipants => Set<WorkshopParticipant>();
    public DbSet<WorkshopAnswer> WorkshopAnswers => Set<WorkshopAnswer>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
    }
}
