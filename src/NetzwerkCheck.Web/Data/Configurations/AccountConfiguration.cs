using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NetzwerkCheck.Web.Infrastructure.Accounts;
using NetzwerkCheck.Web.Infrastructure.Email;

namespace NetzwerkCheck.Web.Data.Configurations;

public sealed class AccountSettingsConfiguration : IEntityTypeConfiguration<AccountSettings>
{
    public void Configure(EntityTypeBuilder<AccountSettings> builder)
    {
        builder.HasKey(s => s.UserId);
        builder.Property(s => s.Culture).HasMaxLength(10);
        builder.Property(s => s.BaseUrl).HasMaxLength(200);
        builder.Property(s => s.HourlyRate).HasConversion(Hundredths.Converter);
        builder.Property(s => s.WantedHoursPerMonth).HasConversion(Hundredths.Converter);
        builder.HasOne<IdentityUser>().WithOne().HasForeignKey<AccountSettings>(s => s.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class AccountMailConfiguration : IEntityTypeConfiguration<AccountMail>
{
    public void Configure(EntityTypeBuilder<AccountMail> builder)
    {
        builder.Property(m => m.Kind).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(m => new { m.UserId, m.Kind, m.QueuedUtc });
        builder.HasOne<IdentityUser>().WithMany().HasForeignKey(m => m.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class TrialReminderConfiguration : IEntityTypeConfiguration<TrialReminder>
{
    public void Configure(EntityTypeBuilder<TrialReminder> builder)
    {
        builder.Property(r => r.Kind).HasConversion<string>().HasMaxLength(20);
        // Two instances may both decide a reminder is due; the second insert fails here and sends nothing.
        builder.HasIndex(r => new { r.NetworkId, r.TrialEnd, r.Kind }).IsUnique();
        builder.HasOne<Network>().WithMany().HasForeignKey(r => r.NetworkId).OnDelete(DeleteBehavior.Cascade);
    }
}
