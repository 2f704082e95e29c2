namespace NetzwerkCheck.Web.Infrastructure.Email;

public enum TrialReminderKind
{
    WeekBefore,
    LastDay,
}

/// <summary>
/// A reminder that was queued. The unique key (network, trial end, kind) is what makes it go out once, whichever
/// instance gets there first; a moved trial end is a new key, so the reminders follow the new date.
/// </summary>
public sealed class TrialReminder
{
    public long Id { get; set; }

    public int NetworkId { get; set; }

    public DateOnly TrialEnd { get; set; }

    public TrialReminderKind Kind { get; set; }

    public DateTime QueuedUtc { get; set; }
}
