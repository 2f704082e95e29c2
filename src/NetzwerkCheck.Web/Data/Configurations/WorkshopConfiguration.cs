using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NetzwerkCheck.Domain.Networks;
using NetzwerkCheck.Domain.Workshops;

namespace NetzwerkCheck.Web.Data.Configurations;

public sealed class WorkshopConfiguration : IEntityTypeConfiguration<Workshop>
{
    public void Configure(EntityTypeBuilder<Workshop> builder)
    {
        builder.Property(w => w.Title).HasMaxLength(Workshop.TitleMaxLength);
        builder.Property(w => w.JoinCode).HasMaxLength(Workshop.JoinCodeLength);
        builder.HasIndex(w => w.JoinCode).IsUnique();
        builder.HasIndex(w => w.OwnerId);
        builder.Ignore(w => w.IsClosed);
        builder.Ignore(w => w.LastQuestion);
        builder.Ignore(w => w.Current);
        builder.Ignore(w => w.CurrentNumber);
        builder.Property(w => w.Kind).HasConversion<string>().HasMaxLength(30);
        builder.Property(w => w.Questions)
            .HasConversion(
                questions => JsonSerializer.Serialize(questions, QuestionJson),
                json => JsonSerializer.Deserialize<List<WorkshopQuestion>>(json, QuestionJson) ?? new List<WorkshopQuestion>(),
                new ValueComparer<List<WorkshopQuestion>>(
                    (a, b) => JsonSerializer.Serialize(a, QuestionJson) == JsonSerializer.Serialize(b, QuestionJson),
                    list => JsonSerializer.Serialize(list, QuestionJson).GetHashCode(StringComparison.Ordinal),
                    list => list.ToList()));
        builder.HasOne<IdentityUser>().WithMany().HasForeignKey(w => w.OwnerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany<WorkshopParticipant>().WithOne().HasForeignKey(p => p.WorkshopId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany<WorkshopAnswer>().WithOne().HasForeignKey(a => a.WorkshopId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany<WorkshopAgreement>().WithOne().HasForeignKey(a => a.WorkshopId).OnDelete(DeleteBehavior.Cascade);
        // Deleting the network leaves the workshop (the facilitator's record of the session) without it; closing then makes no assessment.
        builder.HasOne<Network>().WithMany().HasForeignKey(w => w.NetworkId).OnDelete(DeleteBehavior.SetNull);
        builder.Property(w => w.RevealThreshold).HasDefaultValue(Workshop.DefaultRevealThreshold);
        builder.Property(w => w.Goal).HasConversion<string>().HasMaxLength(30);
        builder.Property(w => w.Style).HasConversion<string>().HasMaxLength(20);
    }

    /// <summary>The stored form of a sequence: kinds by name, so a reordered enum never changes old workshops.</summary>
    private static readonly JsonSerializerOptions QuestionJson = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };
}

public sealed class WorkshopParticipantConfiguration : IEntityTypeConfiguration<WorkshopParticipant>
{
    public void Configure(EntityTypeBuilder<WorkshopParticipant> builder)
    {
        builder.Property(p => p.ParticipantHash).HasMaxLength(64);
        builder.Property(p => p.Nickname).HasMaxLength(WorkshopParticipant.NicknameMaxLength);
        builder.HasIndex(p => new { p.WorkshopId, p.ParticipantHash }).IsUnique();
    }
}

public sealed class WorkshopAgreementConfiguration : IEntityTypeConfiguration<WorkshopAgreement>
{
    public void Configure(EntityTypeBuilder<WorkshopAgreement> builder)
    {
        builder.Property(a => a.QuestionKey).HasMaxLength(40);
        builder.Property(a => a.Value).HasMaxLength(200);
        // Setting an item's value again replaces it: one value per item.
        builder.HasIndex(a => new { a.WorkshopId, a.QuestionKey }).IsUnique();
    }
}

public sealed class WorkshopAnswerConfiguration : IEntityTypeConfiguration<WorkshopAnswer>
{
    public void Configure(EntityTypeBuilder<WorkshopAnswer> builder)
    {
        builder.Property(a => a.QuestionKey).HasMaxLength(40);
        builder.Property(a => a.Value).HasMaxLength(WorkshopQuestions.OpenTextMaxLength);
        builder.Property(a => a.Review).HasConversion<string>().HasMaxLength(10);
        // A participant's second answer to the same question replaces the first: it counts once.
        builder.HasIndex(a => new { a.ParticipantId, a.QuestionKey }).IsUnique();
        builder.HasIndex(a => new { a.WorkshopId, a.QuestionKey });
        builder.HasOne<WorkshopParticipant>().WithMany().HasForeignKey(a => a.ParticipantId).OnDelete(DeleteBehavior.NoAction);
    }
}
