using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace NetzwerkCheck.Web.Data.Configurations;

public sealed class ClientConfiguration : IEntityTypeConfiguration<Client>
{
    public void Configure(EntityTypeBuilder<Client> builder)
    {
        builder.Property(c => c.Name).HasMaxLength(Client.NameMaxLength);
        builder.Property(c => c.Note).HasMaxLength(Client.NoteMaxLength);
        builder.HasIndex(c => new { c.OwnerId, c.Name }).IsUnique();
        builder.HasOne<IdentityUser>().WithMany().HasForeignKey(c => c.OwnerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.Networks).WithOne(n => n.Client).HasForeignKey(n => n.ClientId).OnDelete(DeleteBehavior.SetNull);
    }
}
