using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using NetzwerkCheck.Domain.Workshops;

namespace NetzwerkCheck.Web.Data.Configurations;

public sealed class SavedTakeHomeConfiguration : IEntityTypeConfiguration<SavedTakeHome>
{
    public void Configure(EntityTypeBuilder<SavedTakeHome> builder)
    {
        builder.Property(t => t.WorkshopTitle).HasMaxLength(Workshop.TitleMaxLength);
        builder.Property(t => t.Style).HasConversion<string>().HasMaxLength(20);
        builder.Property(t => t.Contributions).HasConversion(Names<Contribution>(), Comparer<Contribution>()).HasMaxLength(200);
        builder.Property(t => t.Steps).HasConversion(Names<TakeHomeStep>(), Comparer<TakeHomeStep>()).HasMaxLength(200);
        builder.Ignore(t => t.TakeHome);
        builder.HasIndex(t => t.OwnerId);
        builder.HasOne<IdentityUser>().WithMany().HasForeignKey(t => t.OwnerId).OnDelete(DeleteBehavior.Cascade);
    }

    /// <summary>A list of enum values stored by name, comma-separated, so a reordered enum never changes a kept row.</summary>
    private static ValueConverter<List<T>, string> Names<T>()
        where T : struct, Enum => new(
            values => string.Join(',', values),
            text => text.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Enum.Parse<T>).ToList());

    private static ValueComparer<List<T>> Comparer<T>()
        where T : struct, Enum => new(
            (a, b) => a!.SequenceEqual(b!),
            list => list.Aggregate(0, (hash, value) => HashCode.Combine(hash, value)),
            list => list.ToList());
}
