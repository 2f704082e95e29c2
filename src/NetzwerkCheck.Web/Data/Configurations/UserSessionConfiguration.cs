using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NetzwerkCheck.Web.Infrastructure.Sessions;

namespace NetzwerkCheck.Web.Data.Configurations;

public sealed class UserSessionConfiguration : IEntityTypeConfiguration<UserSession>
{
    public void Configure(EntityTypeBuilder<UserSession> builder)
    {
        builder.Property(s => s.Id).HasMaxLength(UserSession.IdLength);
        builder.Property(s => s.Browser).HasMaxLength(UserSession.NameMaxLength);
        builder.Property(s => s.Platform).HasMaxLength(UserSession.NameMaxLength);
        // Deleting the account deletes its sessions.
        builder.HasOne<IdentityUser>().WithMany().HasForeignKey(s => s.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(s => s.UserId);
    }
}
