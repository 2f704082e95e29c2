using NetzwerkCheck.Domain.Assessments;
using NetzwerkCheck.Domain.Networks;

namespace NetzwerkCheck.Domain.Value;

/// <summary>
/// One network as the portfolio sees it: its latest check's reading (profile, goal, style) and its figures.
/// <paramref name="LastYear"/> and <paramref name="SinceStart"/> are null when nothing says since when the user takes part.
/// </summary>
public sealed record PortfolioNetwork(
    int Id,
    string Name,
    NetworkStatus Status,
    TypeProfile? Profile,
    Goal? Goal,
    NetworkerStyle? Style,
    decimal? HoursPerMonth,
    ValueFigures? LastYear,
    ValueFigures? SinceStart);

/// <summary>
/// All networks the user is in or is testing, side by side: time and money, the type mix against the goals, and
/// findings with their reasons (docs/rules.md §15). Article B: the Sammler gains from many contacts but risks
/// getting lost in them; article A: first know what you want to achieve, and judge a network by what it brings.
/// </summary>
public sealed record Portfolio(
    IReadOnlyList<PortfolioNetwork> Networks,
    decimal HoursPerMonth,
    decimal? WantedHoursPerMonth,
    decimal MoneyLastYear,
    IReadOnlyDictionary<NetworkType, int> TypeMix,
    int Unclassified,
    IReadOnlyList<PortfolioFinding> Findings)
{
    /// <summary>A network type serves a goal well from this affinity (see <see cref="GoalFit.Affinity"/>).</summary>
    public const double CoversGoalFrom = 0.7;

    public static Portfolio Assess(IEnumerable<PortfolioNetwork> networks, decimal? wantedHoursPerMonth, AssessmentRules rules)
    {
        ArgumentNullException.ThrowIfNull(networks);
        ArgumentNullException.ThrowIfNull(rules);
        var active = networks.Where(n => n.Status is NetworkStatus.Member or NetworkStatus.Trial).OrderBy(n => n.Name, StringComparer.CurrentCultureIgnoreCase).ToList();
        var hours = active.Sum(n => n.HoursPerMonth ?? 0);
        var mix = Enum.GetValues<NetworkType>().ToDictionary(t => t, t => active.Count(n => n.Profile?.Primary == t));
        var unclassified = active.Count(n => n.Profile is null);

        var ranked = active
            .OrderByDescending(n => n.SinceStart?.Counts.Orders > 0)
            .ThenByDescending(n => n.SinceStart is { Counts.Orders: > 0 } f ? f.ReturnRatio ?? decimal.MaxValue : 0)
            .ThenByDescending(n => n.SinceStart?.Counts.Taken ?? 0)
            .ThenBy(n => n.Name, StringComparer.CurrentCultureIgnoreCase)
            .ToList();
        var findings = new List<PortfolioFinding>();
        if (active.Count == 0)
        {
            return new Portfolio(active, 0, wantedHoursPerMonth, 0, mix, 0, findings);
        }

        if (wantedHoursPerMonth is not decimal wanted)
        {
            findings.Add(new NoTimeBudget(hours));
        }
        else if (hours > wanted)
        {
            var weakest = ranked.Count > 1 ? ranked[^1] : null;
            findings.Add(new OverTimeBudget(hours, wanted, active.Count, active.Any(n => n.Style == NetworkerStyle.Gatherer), weakest?.Id, weakest?.Name));
        }
        var withoutHours = active.Where(n => n.HoursPerMonth is null).Select(n => n.Name).ToList();
        if (withoutHours.Count > 0)
        {
            findings.Add(new HoursUnknown(withoutHours));
        }

        if (unclassified < active.Count)
        {
            foreach (var goal in active.Select(n => n.Goal).OfType<Goal>().Distinct().Order())
            {
                if (!active.Any(n => n.Profile is { } p && GoalFit.Affinity(goal, p.Primary) >= CoversGoalFrom))
                {
                    findings.Add(new GoalNotCovered(goal, GoalFit.BestTypeFor(goal)));
                }
            }
        }

        foreach (var network in active)
        {
            if (network.SinceStart is { } figures && figures.Counts.Taken == 0 && figures.MonthsBegun >= rules.NoResultAfterMonths)
            {
                findings.Add(new NoResultYet(network.Id, network.Name, figures.MonthsBegun));
            }
        }

        if (ranked[0] is { SinceStart.Counts.Taken: > 0 } best && active.Count > 1)
        {
            findings.Add(new FocusFirst(best.Id, best.Name, best.SinceStart!.Counts.Orders > 0));
        }

        return new Portfolio(active, hours, wantedHoursPerMonth, active.Sum(n => n.LastYear?.Money ?? 0), mix, unclassified, findings);
    }
}

/// <summary>A finding of the portfolio; each kind carries what its sentence needs.</summary>
public abstract record PortfolioFinding;

/// <summary>The networks together take more hours than the user wants to spend; the weakest is named to cut first.</summary>
public sealed record OverTimeBudget(decimal Hours, decimal Wanted, int Networks, bool Gatherer, int? WeakestId, string? WeakestName) : PortfolioFinding;

/// <summary>The account has no wanted hours per month, so the total cannot be judged.</summary>
public sealed record NoTimeBudget(decimal Hours) : PortfolioFinding;

/// <summary>Networks without hours per month: the total is too low by their time.</summary>
public sealed record HoursUnknown(IReadOnlyList<string> Names) : PortfolioFinding;

/// <summary>A goal of the user's checks that no network's core idea serves well.</summary>
public sealed record GoalNotCovered(Goal Goal, NetworkType BestType) : PortfolioFinding;

/// <summary>The journal shows nothing back (no referral, lead, order or knowledge) after this many months.</summary>
public sealed record NoResultYet(int NetworkId, string Name, int Months) : PortfolioFinding;

/// <summary>The network that brought the most so far: where to put the time first.</summary>
public sealed record FocusFirst(int NetworkId, string Name, bool ByOrders) : PortfolioFinding;
