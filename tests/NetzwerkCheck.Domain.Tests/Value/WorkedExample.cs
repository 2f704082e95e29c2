using NetzwerkCheck.Domain.Networks;
using NetzwerkCheck.Domain.Value;

namespace NetzwerkCheck.Domain.Tests.Value;

/// <summary>The worked example of docs/rules.md §14: a breakfast club joined on 15 September 2025, seen on 1 December 2026.</summary>
internal static class WorkedExample
{
    public static readonly DateOnly Since = new(2025, 9, 15);
    public static readonly DateOnly Today = new(2026, 12, 1);
    public static readonly MembershipCosts Costs = new(AdmissionFee: 150m, YearlyFee: 600m, CostPerEvent: 15m, HoursPerMonth: 5m);
    public const decimal HourlyRate = 80m;

    public static readonly IReadOnlyList<JournalFact> Journal =
    [
        .. new[] { "2025-09-17", "2025-10-15", "2025-11-19", "2025-12-17", "2026-01-21", "2026-02-18", "2026-03-18", "2026-04-15", "2026-05-20", "2026-06-17", "2026-09-16", "2026-10-21" }
            .Select(d => new JournalFact(DateOnly.Parse(d, System.Globalization.CultureInfo.InvariantCulture), JournalEntryKind.Event)),
        new(new(2025, 10, 15), JournalEntryKind.Knowledge),
        new(new(2025, 11, 20), JournalEntryKind.Lead),
        new(new(2026, 1, 12), JournalEntryKind.ReferralGiven),
        new(new(2026, 2, 3), JournalEntryKind.ReferralReceived),
        new(new(2026, 3, 10), JournalEntryKind.Order, 1800m),
        new(new(2026, 4, 2), JournalEntryKind.Lead),
        new(new(2026, 5, 20), JournalEntryKind.Contribution),
        new(new(2026, 6, 9), JournalEntryKind.ReferralReceived),
        new(new(2026, 7, 1), JournalEntryKind.Order, 2400m),
    ];

    public static NetworkValue Value(decimal? hourlyRate = HourlyRate) => NetworkValue.Of(Costs, Since, Today, Journal, hourlyRate);
}
