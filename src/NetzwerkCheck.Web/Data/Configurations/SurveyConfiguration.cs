using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NetzwerkCheck.Domain.Surveys;

namespace NetzwerkCheck.Web.Data.Configurations;

public sealed class SurveyConfiguration : IEntityTypeConfiguration<Survey>
{
    public void Configure(EntityTypeBuilder<Survey> builder)
    {
        builder.Property(s => s.Token).HasMaxLength(64);
        builder.HasIndex(s => s.Token).IsUnique();
        builder.Ignore(s => s.IsClosed);
        builder.HasOne<Network>().WithMany().HasForeignKey(s => s.NetworkId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(s => s.Responses).WithOne().HasForeignKey(r => r.SurveyId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class SurveyInvitationConfiguration : IEntityTypeConfiguration<SurveyInvitation>
{
    public void Configure(EntityTypeBuilder<SurveyInvitation> builder)
    {
        builder.Property(i => i.TokenHash).HasMaxLength(64);
        builder.HasIndex(i => i.TokenHash).IsUnique();
        builder.HasOne<Survey>().WithMany().HasForeignKey(i => i.SurveyId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class SurveyResponseConfiguration : IEntityTypeConfiguration<SurveyResponse>
{
    public void Configure(EntityTypeBuilder<SurveyResponse> builder)
    {
        builder.Property(r => r.SeenAs).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Comment).HasMaxLength(SurveyResponse.CommentMaxLength);
        builder.Property(r => r.RespondentHash).HasMaxLength(64);
        // One answer per browser and survey, enforced by the database even under double clicks.
        builder.HasIndex(r => new { r.SurveyId, r.RespondentHash }).IsUnique();
    }
}
