using NetzwerkCheck.Domain.Networks;

namespace NetzwerkCheck.Domain.Value;

/// <summary>
/// What one network cost and brought within one period (a calendar year, the last twelve months or
/// everything since the user takes part). docs/rules.md §14 explains every figure with a worked example.
/// </summary>
public sealed record ValueFigures(
    DateOnly From,
    DateOnly To,
    int MonthsBegun,
    decimal Money,
    decimal Hours,
    decimal? HoursValue,
    JournalCounts Counts,
    decimal OrderValue)
{
    /// <summary>Money plus the hours' value at the hourly rate (money alone without a rate).</summary>
    public decimal TotalCost => Money + (HoursValue ?? 0);

    public decimal? AverageOrderValue => Counts.Orders > 0 ? OrderValue / Counts.Orders : null;

    /// <summary>Order value per euro spent (1.0 = the costs are covered); null when nothing was spent.</summary>
    public decimal? ReturnRatio => TotalCost > 0 ? OrderValue / TotalCost : null;

    /// <summary>Order value minus everything spent.</summary>
    public decimal Net => OrderValue - TotalCost;

    /// <summary>How many orders of the average value cover the costs; null before the first order.</summary>
    public int? BreakEvenOrders => AverageOrderValue is decimal average && average > 0 ? (int)Math.Ceiling(TotalCost / average) : null;

    /// <summary>What one request (lead or referral received) cost; null before the first one.</summary>
    public decimal? CostPerRequest => Counts.Requests > 0 ? TotalCost / Counts.Requests : null;

    /// <summary>
    /// The figures of <paramref name="from"/> to <paramref name="to"/> (both inclusive) for someone taking part
    /// since <paramref name="since"/>: the admission fee when joining falls in the period, a yearly fee for every
    /// membership year begun in it, the hours of every membership month begun in it, the cost of every event
    /// attended in it; orders and everything else as journaled in it.
    /// </summary>
    public static ValueFigures For(
        MembershipCosts costs, DateOnly since, IEnumerable<JournalFact> journal, decimal? hourlyRate, DateOnly from, DateOnly to)
    {
        ArgumentNullException.ThrowIfNull(costs);
        ArgumentNullException.ThrowIfNull(journal);
        var inPeriod = journal.Where(e => e.Date >= from && e.Date <= to).ToList();
        var counts = JournalCounts.Of(inPeriod.Select(e => e.Kind));
        var monthsBegun = AnniversariesIn(since, from, to, months: 1);
        var yearsBegun = AnniversariesIn(since, from, to, months: 12);

        var money = (since >= from && since <= to ? costs.AdmissionFee ?? 0 : 0)
            + yearsBegun * (costs.YearlyFee ?? 0)
            + counts.Events * (costs.CostPerEvent ?? 0);
        var hours = monthsBegun * (costs.HoursPerMonth ?? 0);
        var orderValue = inPeriod.Where(e => e.Kind == JournalEntryKind.Order).Sum(e => e.Amount ?? 0);
        return new ValueFigures(from, to, monthsBegun, money, hours, hourlyRate is decimal rate ? hours * rate : null, counts, orderValue);
    }

    /// <summary>How many of since, since + n months, since + 2n months … fall within from..to.</summary>
    private static int AnniversariesIn(DateOnly since, DateOnly from, DateOnly to, int months)
    {
        var count = 0;
        for (var k = 0; ; k++)
        {
            var date = since.AddMonths(k * months);
            if (date > to)
            {
                return count;
            }
            if (date >= from)
            {
                count++;
            }
        }
    }
}
