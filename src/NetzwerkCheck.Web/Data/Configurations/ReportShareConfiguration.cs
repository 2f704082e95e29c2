using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NetzwerkCheck.Domain.Reports;

namespace NetzwerkCheck.Web.Data.Configurations;

public sealed class ReportShareConfiguration : IEntityTypeConfiguration<ReportShare>
{
    public void Configure(EntityTypeBuilder<ReportShare> builder)
    {
        builder.Property(s => s.TokenHash).HasMaxLength(64);
        builder.HasIndex(s => s.TokenHash).IsUnique();
        builder.Property(s => s.TokenHint).HasMaxLength(ReportShare.HintLength);
        builder.Property(s => s.Label).HasMaxLength(ReportShare.LabelMaxLength);
        // Deleting the assessment – alone, with its network or with the account – takes its links along.
        builder.HasOne<Assessment>().WithMany().HasForeignKey(s => s.AssessmentId).OnDelete(DeleteBehavior.Cascade);
    }
}
