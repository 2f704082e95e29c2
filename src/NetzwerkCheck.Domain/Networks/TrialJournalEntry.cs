namespace NetzwerkCheck.Domain.Networks;

public enum JournalEntryKind
{
    Event,
    Contact,
    Lead,
}

/// <summary>One thing that happened during a trial: an event attended, a contact made, a lead or order.</summary>
public class TrialJournalEntry
{
    public const int TextMaxLength = 500;

    public int Id { get; set; }
    public int NetworkId { get; set; }
    public DateOnly Date { get; set; }
    public JournalEntryKind Kind { get; set; }
    public required string Text { get; set; }
    public DateTime CreatedUtc { get; set; }
}

/// <summary>How many of each kind a trial journal holds: what the network page, the trial page and the check show.</summary>
public sealed record JournalCounts(int Events, int Contacts, int Leads)
{
    public static JournalCounts Of(IEnumerable<JournalEntryKind> kinds)
    {
        ArgumentNullException.ThrowIfNull(kinds);
        var list = kinds as IReadOnlyCollection<JournalEntryKind> ?? [.. kinds];
        return new(
            list.Count(k => k == JournalEntryKind.Event),
            list.Count(k => k == JournalEntryKind.Contact),
            list.Count(k => k == JournalEntryKind.Lead));
    }
}
