using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NetzwerkCheck.Web.Infrastructure.Email;

namespace NetzwerkCheck.Web.Data.Configurations;

public sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.Property(m => m.To).HasMaxLength(OutboxMessage.AddressMaxLength);
        builder.Property(m => m.Subject).HasMaxLength(OutboxMessage.SubjectMaxLength);
        builder.Property(m => m.MessageId).HasMaxLength(200);
        builder.Property(m => m.ClaimedBy).HasMaxLength(64);
        builder.Property(m => m.LastError).HasMaxLength(500);
        // The sender's question: which messages are due?
        builder.HasIndex(m => new { m.GaveUpUtc, m.NextAttemptUtc });
        builder.Property(m => m.AccountId).HasMaxLength(450);
        builder.HasIndex(m => m.AccountId);
    }
}

public sealed class PasswordResetRequestConfiguration : IEntityTypeConfiguration<PasswordResetRequest>
{
    public void Configure(EntityTypeBuilder<PasswordResetRequest> builder)
    {
        builder.Property(r => r.AddressHash).HasMaxLength(64);
        builder.Property(r => r.Email).HasMaxLength(OutboxMessage.AddressMaxLength);
        builder.Property(r => r.Culture).HasMaxLength(10);
        builder.HasIndex(r => new { r.AddressHash, r.RequestedUtc });
        builder.HasIndex(r => r.HandledUtc);
    }
}
