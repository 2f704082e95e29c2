namespace NetzwerkCheck.Web.Infrastructure.Email;

public enum SmtpSecurity
{
    None,
    StartTls,
    Tls,
}

/// <summary>The section <c>Email</c> of the configuration (README, "E-Mail").</summary>
public sealed class EmailOptions
{
    public SmtpOptions Smtp { get; set; } = new();

    /// <summary>Sender of every message, e.g. <c>NetzwerkCheck &lt;noreply@example.org&gt;</c>.</summary>
    public string From { get; set; } = "NetzwerkCheck <netzwerkcheck@localhost>";

    /// <summary>Where messages are written as .eml files when no SMTP host is configured; relative to the content root.</summary>
    public string PickupDirectory { get; set; } = "data/mail";

    /// <summary>How often the sender looks for due messages besides being woken by a new one.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Wait after the first failed attempt; doubles with every further one up to <see cref="MaxRetryDelay"/>.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromHours(1);

    /// <summary>After this many failed attempts a message is given up (and logged as such).</summary>
    public int MaxAttempts { get; set; } = 12;

    /// <summary>How long a claim on a message holds; a sender that died while sending frees it after this time.</summary>
    public TimeSpan ClaimTimeout { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Reset mails to one address within an hour; further requests get the same answer and send nothing.</summary>
    public int ResetMailsPerAddressPerHour { get; set; } = 3;

    /// <summary>
    /// Whether signing in (and sending a report) needs a confirmed address. Off for the embedded default, so a
    /// local install works without a mail server; turn it on for a real deployment. Either way an unconfirmed
    /// address gets no reminders.
    /// </summary>
    public bool RequireConfirmedAddress { get; set; }

    /// <summary>Confirmation mails one account may cause within an hour (registration, resend, new address).</summary>
    public int ConfirmationMailsPerHour { get; set; } = 3;

    /// <summary>Reports one account may send within an hour.</summary>
    public int ReportMailsPerHour { get; set; } = 10;

    /// <summary>How often the reminder job looks for trials that end in a week or today.</summary>
    public TimeSpan ReminderInterval { get; set; } = TimeSpan.FromHours(1);

    public bool UsesSmtp => !string.IsNullOrWhiteSpace(Smtp.Host);

    public string ResolvePickupDirectory(string contentRoot) =>
        Path.IsPathRooted(PickupDirectory) ? PickupDirectory : Path.Combine(contentRoot, PickupDirectory);

    /// <summary>The wait before attempt number <paramref name="failedAttempts"/> + 1.</summary>
    public TimeSpan RetryDelayAfter(int failedAttempts)
    {
        var factor = Math.Pow(2, Math.Clamp(failedAttempts - 1, 0, 30));
        var delay = TimeSpan.FromTicks((long)Math.Min(RetryDelay.Ticks * factor, MaxRetryDelay.Ticks));
        return delay < MaxRetryDelay ? delay : MaxRetryDelay;
    }
}

public sealed class SmtpOptions
{
    public string? Host { get; set; }

    /// <summary>0 means the usual port of <see cref="Security"/>: 25, 587 (STARTTLS) or 465 (TLS).</summary>
    public int Port { get; set; }

    public string? User { get; set; }

    public string? Password { get; set; }

    public SmtpSecurity Security { get; set; } = SmtpSecurity.StartTls;

    public int EffectivePort => Port > 0 ? Port : Security switch
    {
        SmtpSecurity.None => 25,
        SmtpSecurity.Tls => 465,
        _ => 587,
    };
}
