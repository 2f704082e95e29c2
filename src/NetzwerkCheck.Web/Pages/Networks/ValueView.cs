using System.Globalization;
using NetzwerkCheck.Domain.Value;

namespace NetzwerkCheck.Web.Pages.Networks;

/// <summary>
/// What the network page shows of a network's costs and returns: the domain's <see cref="NetworkValue"/> (null when
/// nothing says since when the user takes part), whether anything was entered at all, and the account's hourly rate.
/// </summary>
public sealed record ValueView(int NetworkId, NetworkValue? Value, bool HasCosts, bool HasJournal, decimal? HourlyRate)
{
    /// <summary>Nothing entered yet: the page invites to enter costs and journal entries instead of showing zeros.</summary>
    public bool IsEmpty => !HasCosts && !HasJournal;

    /// <summary>The years newest first; none when the figures cover one calendar year only (the total says it all).</summary>
    public IReadOnlyList<ValueFigures> Years => Value is { Years.Count: > 1 } v ? [.. v.Years.Reverse()] : [];

    public ValueChart? Chart => Value is { Timeline.Count: >= 2 } v ? ValueChart.For(v.Timeline) : null;

    public static async Task<ValueView> LoadAsync(AppDbContext db, Network network, System.Security.Claims.ClaimsPrincipal user, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(network);
        // The page needs the rate and whether there is a journal besides the figures: one query each, not two.
        var rate = await ValueEvidence.HourlyRateAsync(db, user);
        var journal = await ValueEvidence.FactsOf(db.Journal.Where(e => e.NetworkId == network.Id)).ToListAsync();
        return new ValueView(network.Id, ValueEvidence.Of(network, journal, rate, today), !network.Costs.IsEmpty, journal.Count > 0, rate);
    }
}

/// <summary>Geometry of the cumulative costs and order value, month by month, in a 480 × 230 viewBox.</summary>
public sealed record ValueChart(IReadOnlyList<ValuePoint> Points, decimal Max, string CostLine, string OrderLine, IReadOnlyList<ValueChart.Tick> Ticks, IReadOnlyList<ValueChart.Label> Labels)
{
    public const int Width = 480;
    public const int Height = 230;
    public const double Left = 84;
    public const double Right = 468;
    public const double Top = 14;
    public const double Bottom = 196;
    public const double DateLabelY = 220;

    public sealed record Tick(string Text, double Y);

    public sealed record Label(string Text, double X);

    public static ValueChart For(IReadOnlyList<ValuePoint> points)
    {
        ArgumentNullException.ThrowIfNull(points);
        var max = NiceCeiling(points.Max(p => Math.Max(p.CumulativeCost, p.CumulativeOrderValue)));
        double X(int i) => Left + i * (Right - Left) / Math.Max(1, points.Count - 1);
        double Y(decimal amount) => Bottom - (double)(amount / max) * (Bottom - Top);
        string Line(Func<ValuePoint, decimal> amount) =>
            string.Join(' ', points.Select((p, i) => $"{NetworkHistory.Svg(X(i))},{NetworkHistory.Svg(Y(amount(p)))}"));

        var ticks = new[] { 0m, max / 2, max }.Select(v => new Tick(Localization.Money.Euro(v), Y(v))).ToList();
        // First, middle and last month: enough to read the time axis without labels running into each other.
        var labelled = new SortedSet<int> { 0, (points.Count - 1) / 2, points.Count - 1 };
        var labels = labelled.Select(i => new Label(Month(points[i].Date), X(i))).ToList();
        return new ValueChart(points, max, Line(p => p.CumulativeCost), Line(p => p.CumulativeOrderValue), ticks, labels);
    }

    public static string Month(DateOnly date) => date.ToString("MMM yyyy", CultureInfo.CurrentCulture);

    /// <summary>The smallest of 1, 2, 2.5 or 5 times a power of ten that reaches <paramref name="value"/>; 100 for nothing.</summary>
    public static decimal NiceCeiling(decimal value)
    {
        if (value <= 0)
        {
            return 100;
        }
        var power = 1m;
        while (power * 10 <= value)
        {
            power *= 10;
        }
        foreach (var step in new[] { 1m, 2m, 2.5m, 5m, 10m })
        {
            if (step * power >= value)
            {
                return step * power;
            }
        }
        return 10 * power;
    }
}
