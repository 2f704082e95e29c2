using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NetzwerkCheck.Domain.Consultants;

namespace NetzwerkCheck.Web.Data.Configurations;

public sealed class ConsultantProfileConfiguration : IEntityTypeConfiguration<ConsultantProfile>
{
    public void Configure(EntityTypeBuilder<ConsultantProfile> builder)
    {
        builder.HasKey(p => p.OwnerId);
        builder.Property(p => p.Name).HasMaxLength(ConsultantProfile.NameMaxLength);
        builder.Property(p => p.Organisation).HasMaxLength(ConsultantProfile.OrganisationMaxLength);
        builder.Property(p => p.Contact).HasMaxLength(ConsultantProfile.ContactMaxLength);
        builder.Property(p => p.Logo).HasMaxLength(LogoCheck.MaxBytes);
        builder.Property(p => p.LogoFormat).HasConversion<string>().HasMaxLength(10);
        builder.Ignore(p => p.IsEmpty);
        builder.HasOne<IdentityUser>().WithOne().HasForeignKey<ConsultantProfile>(p => p.OwnerId).OnDelete(DeleteBehavior.Cascade);
    }
}
