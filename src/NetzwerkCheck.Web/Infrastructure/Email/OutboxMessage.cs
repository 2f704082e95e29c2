namespace NetzwerkCheck.Web.Infrastructure.Email;

/// <summary>
/// A message waiting to be sent. Written in the request that causes it, sent by <see cref="OutboxSender"/>;
/// deleted once sent, so reset links do not stay in the database.
/// </summary>
public sealed class OutboxMessage
{
    public const int AddressMaxLength = 254;
    public const int SubjectMaxLength = 200;

    public long Id { get; set; }

    public string To { get; set; } = "";

    public string Subject { get; set; } = "";

    public string TextBody { get; set; } = "";

    public string HtmlBody { get; set; } = "";

    /// <summary>The same Message-Id on every attempt, so a receiver can tell a repeat from a new message.</summary>
    public string MessageId { get; set; } = "";

    public DateTime CreatedUtc { get; set; }

    /// <summary>Not before this time (UTC): the backoff after a failure.</summary>
    public DateTime NextAttemptUtc { get; set; }

    public int Attempts { get; set; }

    /// <summary>The sender instance that holds the message right now, until <see cref="ClaimedUntilUtc"/>.</summary>
    public string? ClaimedBy { get; set; }

    public DateTime? ClaimedUntilUtc { get; set; }

    /// <summary>Short reason of the last failure (never the body).</summary>
    public string? LastError { get; set; }

    /// <summary>Set when <see cref="EmailOptions.MaxAttempts"/> attempts failed; the message is not tried again.</summary>
    public DateTime? GaveUpUtc { get; set; }
}

/// <summary>One request for a reset mail, known address or not: the per-address budget, stored as a hash.</summary>
public sealed class PasswordResetRequest
{
    public long Id { get; set; }

    public string AddressHash { get; set; } = "";

    public DateTime RequestedUtc { get; set; }
}
