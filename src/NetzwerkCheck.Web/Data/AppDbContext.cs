using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using NetzwerkCheck.Domain.Reports;
using NetzwerkCheck.Domain.Consultants;
using NetzwerkCheck.Domain.Surveys;
using NetzwerkCheck.Domain.Workshops;
using NetzwerkCheck.Web.Infrastructure.Accounts;
using NetzwerkCheck.Web.Infrastructure.Email;
using NetzwerkCheck.Web.Infrastructure.Sessions;

namespace NetzwerkCheck.Web.Data;

public class AppDbContext : IdentityDbContext<IdentityUser>, IDataProtectionKeyContext
{
    public AppDbContext(DbContextOptions<AppDbContext> options)
        : base(options)
    {
    }

    /// <summary>For provider-specific subclasses, which keep their own migrations (see PostgresAppDbContext).</summary>
    protected AppDbContext(DbContextOptions options)
        : base(options)
    {
    }

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
    public DbSet<Network> Networks => Set<Network>();
    public DbSet<Client> Clients => Set<Client>();
    public DbSet<Assessment> Assessments => Set<Assessment>();
    public DbSet<JournalEntry> Journal => Set<JournalEntry>();
    public DbSet<Survey> Surveys => Set<Survey>();
    public DbSet<SurveyResponse> SurveyResponses => Set<SurveyResponse>();
    public DbSet<SurveyInvitation> SurveyInvitations => Set<SurveyInvitation>();
    public DbSet<Workshop> Workshops => Set<Workshop>();
    public DbSet<WorkshopParticipant> WorkshopParticipants => Set<WorkshopParticipant>();
    public DbSet<WorkshopAnswer> WorkshopAnswers => Set<WorkshopAnswer>();
    public DbSet<SavedTakeHome> SavedTakeHomes => Set<SavedTakeHome>();
    public DbSet<WorkshopAgreement> WorkshopAgreements => Set<WorkshopAgreement>();
    public DbSet<OutboxMessage> Outbox => Set<OutboxMessage>();
    public DbSet<PasswordResetRequest> PasswordResetRequests => Set<PasswordResetRequest>();
    public DbSet<UserSession> UserSessions => Set<UserSession>();
    public DbSet<AccountSettings> AccountSettings => Set<AccountSettings>();
    public DbSet<AccountMail> AccountMails => Set<AccountMail>();
    public DbSet<TrialReminder> TrialReminders => Set<TrialReminder>();
    public DbSet<ReportShare> ReportShares => Set<ReportShare>();
    public DbSet<ConsultantProfile> ConsultantProfiles => Set<ConsultantProfile>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
    }
}
