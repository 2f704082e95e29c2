using System.Text.Json;
using NetzwerkCheck.Domain.Workshops;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace NetzwerkCheck.Web.Data.Configurations;

public sealed class AssessmentConfiguration : IEntityTypeConfiguration<Assessment>
{
    public void Configure(EntityTypeBuilder<Assessment> builder)
    {
        builder.Property(a => a.Goal).HasConversion<string>().HasMaxLength(30);
        builder.Property(a => a.Style).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.Recommendation).HasConversion<string>().HasMaxLength(20);
        builder.Ignore(a => a.IsCompleted);
        builder.Ignore(a => a.IsGroupAssessment);
        builder.Property(a => a.ConsultantComment).HasMaxLength(Assessment.ConsultantCommentMaxLength);

        builder.Property(a => a.ClassificationAnswers)
            .HasConversion(
                answers => JsonSerializer.Serialize(answers, JsonSerializerOptions.Default),
                json => JsonSerializer.Deserialize<Dictionary<string, int>>(json, JsonSerializerOptions.Default) ?? new Dictionary<string, int>(),
                new ValueComparer<Dictionary<string, int>>(
                    (a, b) => a!.Count == b!.Count && !a.Except(b).Any(),
                    d => d.Aggregate(0, (hash, pair) => HashCode.Combine(hash, pair.Key, pair.Value)),
                    d => new Dictionary<string, int>(d)));

        builder.Property(a => a.RedFlags)
            .HasConversion(
                flags => string.Join(',', flags),
                text => text.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Enum.Parse<RedFlag>).ToList(),
                new ValueComparer<List<RedFlag>>(
                    (a, b) => a!.SequenceEqual(b!),
                    list => list.Aggregate(0, (hash, flag) => HashCode.Combine(hash, flag)),
                    list => list.ToList()))
            .HasMaxLength(200);

        builder.Property(a => a.Contributions)
            .HasConversion(
                contributions => string.Join(',', contributions),
                text => text.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Enum.Parse<Contribution>).ToList(),
                new ValueComparer<List<Contribution>>(
                    (a, b) => a!.SequenceEqual(b!),
                    list => list.Aggregate(0, (hash, contribution) => HashCode.Combine(hash, contribution)),
                    list => list.ToList()))
            .HasMaxLength(200);

        builder.OwnsMany(a => a.Ratings, rating =>
        {
            rating.ToTable("CriterionRatings");
            rating.WithOwner().HasForeignKey("AssessmentId");
            rating.HasKey("AssessmentId", nameof(CriterionRating.Criterion));
            rating.Property(r => r.Criterion).HasConversion<string>().HasMaxLength(30);
            rating.Property(r => r.Note).HasMaxLength(Assessment.NoteMaxLength);
        });

        builder.Property(a => a.Group)
            .HasConversion(
                group => JsonSerializer.Serialize(group, GroupJson),
                json => JsonSerializer.Deserialize<GroupEvidence>(json, GroupJson),
                new ValueComparer<GroupEvidence?>(
                    (a, b) => JsonSerializer.Serialize(a, GroupJson) == JsonSerializer.Serialize(b, GroupJson),
                    group => JsonSerializer.Serialize(group, GroupJson).GetHashCode(StringComparison.Ordinal),
                    group => group));
        builder.HasOne<Workshop>().WithMany().HasForeignKey(a => a.WorkshopId).OnDelete(DeleteBehavior.SetNull);
        // One workshop makes at most one assessment, however often "close" is posted.
        builder.HasIndex(a => a.WorkshopId).IsUnique().HasFilter("\"WorkshopId\" IS NOT NULL");

        builder.HasIndex(a => new { a.NetworkId, a.CompletedUtc });
        builder.HasIndex(a => a.NetworkId)
            .IsUnique()
            .HasFilter("\"CompletedUtc\" IS NULL")
            .HasDatabaseName("IX_Assessments_OneDraftPerNetwork");
    }

    private static readonly JsonSerializerOptions GroupJson = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };
}
