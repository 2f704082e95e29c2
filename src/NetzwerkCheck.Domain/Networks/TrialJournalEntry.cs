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
