using NetzwerkCheck.Domain.Networks;

namespace NetzwerkCheck.Domain.Value;

/// <summary>A network's figures since the user takes part, per calendar year, and month by month for the chart.</summary>
public sealed record NetworkValue(ValueFigures SinceStart, IReadOnlyList<ValueFigures> Years, IReadOnlyList<ValuePoint> Timeline)
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
        var total = ValueFigures.For(costs, since, journal, hourlyRate, since, until);
        var years = Enumerable.Range(since.Year, until.Year - since.Year + 1)
            .Select(year => ValueFigures.For(
                costs, since, journal, hourlyRate,
                Later(since, new DateOnly(year, 1, 1)), Earlier(until, new DateOnly(year, 12, 31))))
            .ToList();
        return new NetworkValue(total, years, MonthByMonth(costs, since, until, journal, hourlyRate));
    }

    /// <summary>Cumulative cost and order value at the end of each month since the start (the last point is today).</summary>
    private static List<ValuePoint> MonthByMonth(MembershipCosts costs, DateOnly since, DateOnly until, IReadOnlyList<JournalFact> journal, decimal? hourlyRate)
    {
        var points = new List<ValuePoint>();
        var month = new DateOnly(since.Year, since.Month, 1);
        var first = new DateOnly(until.Year, until.Month, 1).AddMonths(-(TimelineMonths - 1));
        if (month < first)
        {
            month = first;
        }
        for (; month <= until; month = month.AddMonths(1))
        {
            var end = Earlier(until, month.AddMonths(1).AddDays(-1));
            var upTo = ValueFigures.For(costs, since, journal, hourlyRate, since, end);
            points.Add(new ValuePoint(end, upTo.TotalCost, upTo.OrderValue));
        }
        return points;
    }

    private static DateOnly Later(DateOnly a, DateOnly b) => a > b ? a : b;

    private static DateOnly Earlier(DateOnly a, DateOnly b) => a < b ? a : b;
}

/// <summary>Everything spent and every order's value up to <paramref name="Date"/>.</summary>
public readonly record struct ValuePoint(DateOnly Date, decimal CumulativeCost, decimal CumulativeOrderValue);
