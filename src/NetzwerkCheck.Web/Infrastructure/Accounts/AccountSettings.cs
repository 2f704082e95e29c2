namespace NetzwerkCheck.Web.Infrastructure.Accounts;

/// <summary>
/// What one account chose beyond Identity's columns: the language its mails are written in and whether trial
/// reminders go out at all. A row of its own rather than a custom user type, so Identity stays as shipped.
/// </summary>
public sealed class AccountSettings
{
    public string UserId { get; set; } = "";

    /// <summary>The culture name of the language the person last chose (the <c>nc-lang</c> cookie), e.g. en-GB.</summary>
    public string Culture { get; set; } = "";

    /// <summary>Scheme and host the person last used the app under; links in background mails when App:PublicBaseUrl is not set.</summary>
    public string? BaseUrl { get; set; }

    public bool TrialRemindersOff { get; set; }

    /// <summary>What an hour of the person's time is worth in euro; turns the networks' hours into money.</summary>
    public decimal? HourlyRate { get; set; }

    /// <summary>How many hours a month the person wants to spend on all networks together (the portfolio's budget).</summary>
    public decimal? WantedHoursPerMonth { get; set; }
}

public enum AccountMailKind
{
    Confirmation,
    Report,
}

/// <summary>One mail an account caused (a confirmation link, a report sent to someone): the budget per hour counts these.</summary>
public sealed class AccountMail
{
    public long Id { get; set; }

    public string UserId { get; set; } = "";

    public AccountMailKind Kind { get; set; }

    public DateTime QueuedUtc { get; set; }
}
