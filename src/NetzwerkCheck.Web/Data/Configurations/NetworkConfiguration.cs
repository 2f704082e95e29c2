using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace NetzwerkCheck.Web.Data.Configurations;

public sealed class NetworkConfiguration : IEntityTypeConfiguration<Network>
{
    public void Configure(EntityTypeBuilder<Network> builder)
    {
        builder.Property(n => n.Name).HasMaxLength(Network.NameMaxLength);
        builder.Property(n => n.Url).HasMaxLength(Network.UrlMaxLength);
        builder.Property(n => n.Notes).HasMaxLength(Network.NotesMaxLength);
        builder.Property(n => n.OrganisationForm).HasConversion<string>().HasMaxLength(20);
        builder.Property(n => n.Status).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(n => n.OwnerId);
        builder.Property(n => n.AdmissionFee).HasConversion(Hundredths.Converter);
        builder.Property(n => n.YearlyFee).HasConversion(Hundredths.Converter);
        builder.Property(n => n.CostPerEvent).HasConversion(Hundredths.Converter);
        builder.Property(n => n.HoursPerMonth).HasConversion(Hundredths.Converter);
        builder.HasOne<IdentityUser>().WithMany().HasForeignKey(n => n.OwnerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(n => n.Journal).WithOne().HasForeignKey(e => e.NetworkId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(n => n.Assessments).WithOne(a => a.Network).HasForeignKey(a => a.NetworkId).OnDelete(DeleteBehavior.Cascade);
    }
}
