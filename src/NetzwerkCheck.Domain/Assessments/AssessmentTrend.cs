namespace NetzwerkCheck.Domain.Assessments;

/// <summary>The headline figures one completed assessment stored when it was completed.</summary>
public sealed record AssessmentSnapshot(
    DateTime CompletedUtc,
    int? Score,
    Recommendation Recommendation,
    int KnowledgePercent,
    int ServicePercent,
    int ReferralPercent,
    int? CompletenessPercent = null)
{
    public TypeProfile Profile => new(KnowledgePercent, ServicePercent, ReferralPercent);

    /// <summary>The same "unclear" rule the classification uses: the two largest shares are too close.</summary>
    public bool IsProfileUnclear(AssessmentRules rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var profile = Profile;
        return profile.ShareOf(profile.Primary) - profile.ShareOf(profile.Secondary) <= rules.UnclearMarginPercent;
    }
}

public enum ScoreTrend
{
    Rose,
    Fell,
    Unchanged,

    /// <summary>Fewer than two of the assessments have a score (too much was still open).</summary>
    NotComparable,
}

/// <summary>Whether the two compared scores rest on about the same share of rated criteria.</summary>
public enum CompletenessTrend
{
    Similar,

    /// <summary>The later score rests on notably more rated criteria, so it is not simply the network that changed.</summary>
    MoreRated,

    FewerRated,

    /// <summary>No score comparison, or an older snapshot without completeness.</summary>
    Unknown,
}

public enum CoreIdeaTrend
{
    Unchanged,
    Changed,

    /// <summary>The first or the latest profile is unclear, so a shift of the core idea cannot be told apart from noise.</summary>
    Unclear,
}

/// <summary>
/// How a network's assessments developed from the first to the latest completed one: the score
/// compares the earliest and the latest assessment that have a score (an assessment with too
/// many open criteria has none), the core idea compares the first and the latest profile.
/// </summary>
public sealed record AssessmentTrend(
    IReadOnlyList<AssessmentSnapshot> Assessments,
    AssessmentSnapshot? FirstScored,
    AssessmentSnapshot? LatestScored,
    ScoreTrend Score,
    int? ScoreDelta,
    CoreIdeaTrend CoreIdea,
    NetworkType FirstPrimary,
    NetworkType LatestPrimary,
    CompletenessTrend Completeness = CompletenessTrend.Unknown)
{
    /// <summary>
    /// From this many percentage points of completeness apart the two scores rest on different
    /// criteria: a soft criterion carries 7.5–22.5 points of completeness, Ergebnisse 10–70.
    /// </summary>
    public const int NotableCompletenessGap = 10;

    public bool ScoreComparisonIsLimited => Completeness is CompletenessTrend.MoreRated or CompletenessTrend.FewerRated;

    public AssessmentSnapshot First => Assessments[0];

    public AssessmentSnapshot Latest => Assessments[^1];

    /// <summary>True when the score comparison runs from the very first to the latest assessment.</summary>
    public bool ScoreSpansAllAssessments => ScoreDelta is not null && First.Score is not null && Latest.Score is not null;

    public bool RecommendationChanged => First.Recommendation != Latest.Recommendation;

    /// <summary>The trend of the completed assessments, oldest first; null with fewer than two.</summary>
    public static AssessmentTrend? Of(IEnumerable<AssessmentSnapshot> completed, AssessmentRules rules)
    {
        ArgumentNullException.ThrowIfNull(completed);
        ArgumentNullException.ThrowIfNull(rules);

        var ordered = completed.OrderBy(a => a.CompletedUtc).ToList();
        if (ordered.Count < 2)
        {
            return null;
        }

        var scored = ordered.Where(a => a.Score is not null).ToList();
        AssessmentSnapshot? firstScored = scored.Count >= 2 ? scored[0] : null;
        AssessmentSnapshot? latestScored = scored.Count >= 2 ? scored[^1] : null;
        int? delta = firstScored is not null && latestScored is not null ? latestScored.Score - firstScored.Score : null;
        var scoreTrend = delta switch
        {
            null => ScoreTrend.NotComparable,
            > 0 => ScoreTrend.Rose,
            < 0 => ScoreTrend.Fell,
            _ => ScoreTrend.Unchanged,
        };

        var first = ordered[0];
        var latest = ordered[^1];
        var coreIdea = first.IsProfileUnclear(rules) || latest.IsProfileUnclear(rules) ? CoreIdeaTrend.Unclear
            : first.Profile.Primary == latest.Profile.Primary ? CoreIdeaTrend.Unchanged
            : CoreIdeaTrend.Changed;

        return new AssessmentTrend(ordered, firstScored, latestScored, scoreTrend, delta, coreIdea, first.Profile.Primary, latest.Profile.Primary,
            CompletenessOf(firstScored, latestScored));
    }

    private static CompletenessTrend CompletenessOf(AssessmentSnapshot? from, AssessmentSnapshot? to) =>
        (from?.CompletenessPercent, to?.CompletenessPercent) switch
        {
            (int before, int after) when after - before >= NotableCompletenessGap => CompletenessTrend.MoreRated,
            (int before, int after) when before - after >= NotableCompletenessGap => CompletenessTrend.FewerRated,
            (int, int) => CompletenessTrend.Similar,
            _ => CompletenessTrend.Unknown,
        };
}
