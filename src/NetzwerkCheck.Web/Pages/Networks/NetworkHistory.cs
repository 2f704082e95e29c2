using System.Globalization;

namespace NetzwerkCheck.Web.Pages.Networks;

/// <summary>
/// The read model of a network's history: the stored snapshots of its completed assessments, the
/// trend computed by the domain, and the geometry of the two inline SVG charts (score over time,
/// type profile per assessment). Only shown with at least two completed assessments.
/// </summary>
public sealed record NetworkHistory(string NetworkName, NetworkStatus Status, AssessmentTrend? Trend)
{
    /// <summary>The charts show the latest assessments only; the data table below them lists all.</summary>
    public const int MaxCharted = 12;

    public bool IsShown => Trend is not null;

    public IReadOnlyList<AssessmentSnapshot> All => Trend?.Assessments ?? [];

    public IReadOnlyList<AssessmentSnapshot> Charted => [.. All.TakeLast(MaxCharted)];

    public static async Task<NetworkHistory> LoadAsync(AppDbContext db, Network network, AssessmentRules rules)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(network);
        var snapshots = await db.Assessments
            .Where(a => a.NetworkId == network.Id && a.CompletedUtc != null && a.Recommendation != null
                && a.KnowledgePercent != null && a.ServicePercent != null && a.ReferralPercent != null)
            .Select(a => new AssessmentSnapshot(a.CompletedUtc!.Value, a.Score, a.Recommendation!.Value,
                a.KnowledgePercent!.Value, a.ServicePercent!.Value, a.ReferralPercent!.Value, a.CompletenessPercent))
            .ToListAsync();
        return new NetworkHistory(network.Name, network.Status, AssessmentTrend.Of(snapshots, rules));
    }

    public static string Date(AssessmentSnapshot snapshot) =>
        snapshot.CompletedUtc.ToLocalTime().ToString("d", CultureInfo.CurrentCulture);

    /// <summary>The current culture's short date with a two-digit year (German 31.12.26, British 31/12/26).</summary>
    public static string ShortDate(AssessmentSnapshot snapshot) =>
        snapshot.CompletedUtc.ToLocalTime().ToString(
            CultureInfo.CurrentCulture.DateTimeFormat.ShortDatePattern.Replace("yyyy", "yy", StringComparison.Ordinal),
            CultureInfo.CurrentCulture);

    /// <summary>SVG coordinates are always written with a dot, whatever the request culture.</summary>
    public static string Svg(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    public ScoreChart Scores => ScoreChart.For(Charted);

    public ProfileBars Profiles => ProfileBars.For(Charted);
}

/// <summary>Geometry of the score line chart in a 480 × 240 viewBox.</summary>
public sealed record ScoreChart(IReadOnlyList<ScoreChart.Point> Points, IReadOnlyList<ScoreChart.Tick> Ticks)
{
    public const int Width = 480;
    public const int Height = 240;
    public const double Left = 48;
    public const double Right = 466;
    public const double Top = 34;
    public const double Bottom = 200;
    public const double DateLabelY = 224;

    /// <summary>Room kept free at both ends so the first and last date labels fit.</summary>
    private const double Inset = 30;

    private static readonly int[] TickValues = [0, 25, 50, 75, 100];

    /// <summary>About how wide one date label is, in viewBox units.</summary>
    private const double DateLabelWidth = 84;

    public sealed record Point(AssessmentSnapshot Snapshot, double X, double? Y, bool ShowDate);

    public sealed record Tick(int Value, double Y);

    public string Polyline => string.Join(' ', Points.Where(p => p.Y is not null).Select(p => $"{NetworkHistory.Svg(p.X)},{NetworkHistory.Svg(p.Y!.Value)}"));

    public static double YOf(int score) => Bottom - Math.Clamp(score, 0, 100) * (Bottom - Top) / 100;

    public static ScoreChart For(IReadOnlyList<AssessmentSnapshot> snapshots)
    {
        ArgumentNullException.ThrowIfNull(snapshots);
        var count = snapshots.Count;
        var step = count > 1 ? (Right - Left - 2 * Inset) / (count - 1) : 0;
        // Label every n-th date, counted back from the latest, so labels never overlap.
        var every = step <= 0 ? 1 : (int)Math.Ceiling(DateLabelWidth / step);
        var points = snapshots.Select((s, i) => new Point(
            s,
            count > 1 ? Left + Inset + i * step : (Left + Right) / 2,
            s.Score is int score ? YOf(score) : null,
            (count - 1 - i) % every == 0)).ToList();
        var ticks = TickValues.Select(v => new Tick(v, YOf(v))).ToList();
        return new ScoreChart(points, ticks);
    }
}

/// <summary>Geometry of the stacked type-profile bars, one row per assessment, in a 480-wide viewBox.</summary>
public sealed record ProfileBars(IReadOnlyList<ProfileBars.Row> Rows)
{
    public const int Width = 480;
    public const double BarX = 92;
    public const double BarWidth = 382;
    public const double LegendHeight = 34;
    public const double RowHeight = 36;
    public const double BarHeight = 26;

    /// <summary>A share below this is too narrow to carry its number inside the bar.</summary>
    private const int MinLabelledShare = 12;

    public double Height => LegendHeight + Rows.Count * RowHeight;

    public sealed record Segment(NetworkType Type, int Share, double X, double Width, bool ShowValue)
    {
        public double Center => X + Width / 2;
    }

    public sealed record Row(AssessmentSnapshot Snapshot, double Y, IReadOnlyList<Segment> Segments);

    public static ProfileBars For(IReadOnlyList<AssessmentSnapshot> snapshots)
    {
        ArgumentNullException.ThrowIfNull(snapshots);
        var rows = snapshots.Select((s, i) =>
        {
            var x = BarX;
            var segments = new List<Segment>();
            foreach (var type in Enum.GetValues<NetworkType>())
            {
                var share = s.Profile.ShareOf(type);
                var width = share * BarWidth / 100;
                segments.Add(new Segment(type, share, x, width, share >= MinLabelledShare));
                x += width;
            }
            return new Row(s, LegendHeight + i * RowHeight, segments);
        }).ToList();
        return new ProfileBars(rows);
    }
}
