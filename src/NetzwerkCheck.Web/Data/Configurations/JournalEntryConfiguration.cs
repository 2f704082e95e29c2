using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace NetzwerkCheck.Web.Data.Configurations;

public sealed class JournalEntryConfiguration : IEntityTypeConfiguration<JournalEntry>
{
    public void Configure(EntityTypeBuilder<JournalEntry> builder)
    {
        // The table keeps the name it had when the journal covered only the trial.
        builder.ToTable("TrialJournal");
        builder.Property(e => e.Amount).HasConversion(Hundredths.Converter);
        builder.Property(e => e.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.Text).HasMaxLength(JournalEntry.TextMaxLength);
        builder.HasIndex(e => new { e.NetworkId, e.Date });
    }
}
