using NetzwerkCheck.Domain.Networks;

namespace NetzwerkCheck.Domain.Value;

/// <summary>
/// A network's figures since the user takes part, per calendar year, and month by month for the chart. <paramref name="Since"/>
/// is where the charges begin; <see cref="ValueFigures.From"/> of <paramref name="SinceStart"/> may be earlier when the journal is.
/// </summary>
public sealed record NetworkValue(DateOnly Since, ValueFigures SinceStart, IReadOnlyList<ValueFigures> Years, IReadOnlyList<ValuePoint> Timeline)
{
    /// <summary>The chart shows at most this many months (the latest ones); older months are summed into the first point.</summary>
    public const int TimelineMonths = 36;

    public static NetworkValue Of(MembershipCosts costs, DateOnly since, DateOnly until, IReadOnlyList<JournalFact> journal, decimal? hourlyRate)
    {
        ArgumentNullException.ThrowIfNull(journal);
        if (until < since)
        {
            until = since;
        }
        // Entries from before the start (a visit as a guest, a referral before joining) still count; the charges
        // begin at the start.
        var from = journal.Count > 0 && journal.Min(e => e.Date) is var first && first < since ? first : since;
        var total = ValueFigures.For(costs, since, journal, hourlyRate, from, until);
        var years = Enumerable.Range(from.Year, until.Year - from.Year + 1)
            .Select(year => ValueFigures.For(
                costs, since, journal, hourlyRate,
                Later(from, new DateOnly(year, 1, 1)), Earlier(until, new DateOnly(year, 12, 31))))
            .ToList();
        return new NetworkValue(since, total, years, MonthByMonth(costs, since, from, until, journal, hourlyRate));
    }

    /// <summary>Cumulative cost and order value at the end of each month since the start (the last point is today).</summary>
    private static List<ValuePoint> MonthByMonth(MembershipCosts costs, DateOnly since, DateOnly from, DateOnly until, IReadOnlyList<JournalFact> journal, decimal? hourlyRate)
    {
        var points = new List<ValuePoint>();
        var month = new DateOnly(from.Year, from.Month, 1);
        var first = new DateOnly(until.Year, until.Month, 1).AddMonths(-(TimelineMonths - 1));
        if (month < first)
        {
            month = first;
        }
        for (; month <= until; month = month.AddMonths(1))
        {
            var end = Earlier(until, month.AddMonths(1).AddDays(-1));
            var upTo = ValueFigures.For(costs, since, journal, hourlyRate, from, end);
            points.Add(new ValuePoint(end, upTo.TotalCost, upTo.OrderValue));
        }
        return points;
    }

    private static DateOnly Later(DateOnly a, DateOnly b) => a > b ? a : b;

    private static DateOnly Earlier(DateOnly a, DateOnly b) => a < b ? a : b;
}

/// <summary>Everything spent and every order's value up to <paramref name="Date"/>.</summary>
public readonly record struct ValuePoint(DateOnly Date, decimal CumulativeCost, decimal CumulativeOrderValue);
