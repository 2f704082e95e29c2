namespace NetzwerkCheck.Domain.Networks;

/// <summary>What can happen in a network; the stored name of each value must not change (the column holds it).</summary>
public enum JournalEntryKind
{
    Event,
    Contact,
    Lead,
    Contribution,
    ReferralGiven,
    ReferralReceived,
    Order,
    Knowledge,
}

/// <summary>
/// One thing that happened in a network, during the trial or later in the membership: an event attended,
/// a contribution given, a referral, a contact, a lead, an order (with its value) or knowledge gained.
/// </summary>
public class JournalEntry
{
    public const int TextMaxLength = 500;

    public int Id { get; set; }
    public int NetworkId { get; set; }
    public DateOnly Date { get; set; }
    public JournalEntryKind Kind { get; set; }

    /// <summary>The note; empty when the user only recorded that it happened.</summary>
    public required string Text { get; set; }

    /// <summary>An order's value in euro; only orders carry one.</summary>
    public decimal? Amount { get; set; }

    public DateTime CreatedUtc { get; set; }

    public JournalFact Fact => new(Date, Kind, Amount);
}

/// <summary>What the figures need of a journal entry.</summary>
public readonly record struct JournalFact(DateOnly Date, JournalEntryKind Kind, decimal? Amount = null);

/// <summary>How many of each kind a journal holds: what the network page, the trial page and the check show.</summary>
public sealed record JournalCounts(
    int Events, int Contacts, int Leads,
    int Contributions = 0, int ReferralsGiven = 0, int ReferralsReceived = 0, int Orders = 0, int Knowledge = 0)
{
    public static JournalCounts None { get; } = new(0, 0, 0);

    public int Total => Events + Contacts + Leads + Contributions + ReferralsGiven + ReferralsReceived + Orders + Knowledge;

    /// <summary>What the user gave: contributions and referrals passed on.</summary>
    public int Given => Contributions + ReferralsGiven;

    /// <summary>What the network gave back: referrals, leads, orders and knowledge.</summary>
    public int Taken => ReferralsReceived + Leads + Orders + Knowledge;

    /// <summary>Requests that could become business: leads and referrals received.</summary>
    public int Requests => Leads + ReferralsReceived;

    public static JournalCounts Of(IEnumerable<JournalEntryKind> kinds)
    {
        ArgumentNullException.ThrowIfNull(kinds);
        var list = kinds as IReadOnlyCollection<JournalEntryKind> ?? [.. kinds];
        int Count(JournalEntryKind kind) => list.Count(k => k == kind);
        return new(
            Count(JournalEntryKind.Event), Count(JournalEntryKind.Contact), Count(JournalEntryKind.Lead),
            Count(JournalEntryKind.Contribution), Count(JournalEntryKind.ReferralGiven), Count(JournalEntryKind.ReferralReceived),
            Count(JournalEntryKind.Order), Count(JournalEntryKind.Knowledge));
    }
}
