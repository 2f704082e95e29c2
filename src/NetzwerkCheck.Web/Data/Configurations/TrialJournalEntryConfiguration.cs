using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace NetzwerkCheck.Web.Data.Configurations;

public sealed class TrialJournalEntryConfiguration : IEntityTypeConfiguration<TrialJournalEntry>
{
    public void Configure(EntityTypeBuilder<TrialJournalEntry> builder)
    {
        builder.ToTable("TrialJournal");
        builder.Property(e => e.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.Text).HasMaxLength(TrialJournalEntry.TextMaxLength);
        builder.HasIndex(e => new { e.NetworkId, e.Date });
    }
}
