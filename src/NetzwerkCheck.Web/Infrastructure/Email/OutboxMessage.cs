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

    /// <summary>The account the message belongs to or was sent by; its messages go when the account is deleted.</summary>
    public string? AccountId { get; set; }

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

/// <summary>
/// One "Passwort vergessen?" request, known address or not. The request only writes this row; the background
/// sender turns it into a mail (or nothing), so both answers cost the same. Afterwards only the hash stays, for
/// the per-address budget, and the row goes after a day.
/// </summary>
public sealed class PasswordResetRequest
{
    public long Id { get; set; }

    /// <summary>SHA-256 of the normalised address.</summary>
    public string AddressHash { get; set; } = "";

    /// <summary>The address as typed; cleared once the request has been handled.</summary>
    public string? Email { get; set; }

    /// <summary>The language of the page the request came from, for the mail.</summary>
    public string Culture { get; set; } = "";

    /// <summary>Scheme and host for the link.</summary>
    public string BaseUrl { get; set; } = "";

    public DateTime RequestedUtc { get; set; }

    public DateTime? HandledUtc { get; set; }

    /// <summary>Whether handling it queued a mail (counts against the address's budget).</summary>
    public bool MailQueued { get; set; }
}
