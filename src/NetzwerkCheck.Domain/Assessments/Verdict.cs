namespace NetzwerkCheck.Domain.Assessments;

/// <summary>What the verdict is decided on, once the criteria, flags and fit are known.</summary>
public sealed record VerdictFacts(
    int? Score,
    int CompletenessPercent,
    IReadOnlyList<RedFlag> RedFlags,
    bool TrialTooShort,
    GoalFit Fit,
    TypeProfile Profile);

/// <summary>
/// The recommendation, reasoned the way the articles do (docs/rules.md, section 4): some signs end the
/// question; then the ratings speak; a network that does not serve the user's goal is not recommended
/// for it however good it is; caps only ever lower "engage". The result never says "engage" and
/// "look elsewhere" at once.
/// </summary>
public static class Verdict
{
    public static (Recommendation Recommendation, RecommendationReason Reason) Decide(VerdictFacts facts, AssessmentRules rules)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(rules);

        if (facts.RedFlags.Any(f => f.IsKnockOut()))
        {
            return (Recommendation.Leave, RecommendationReason.KnockOut);
        }
        var caps = facts.RedFlags.Count(f => !f.IsKnockOut());
        if (caps >= rules.CapFlagsForLeave)
        {
            return (Recommendation.Leave, RecommendationReason.TooManyRedFlags);
        }

        var (recommendation, reason) = ByScore(facts, rules);
        if (recommendation == Recommendation.Leave)
        {
            return (recommendation, reason);
        }

        // "Was genau will man erreichen?" A network whose core idea misses the goal is not for this goal,
        // whatever its ratings; with an unclear core idea that is not certain yet.
        if (facts.Fit.Level == FitLevel.Poor)
        {
            return facts.Profile.IsUnclear
                ? (Recommendation.KeepTesting, RecommendationReason.GoalFitUncertain)
                : (Recommendation.NotForThisGoal, RecommendationReason.GoalNotServed);
        }

        if (recommendation != Recommendation.Engage)
        {
            return (recommendation, reason);
        }
        // A red flag explains more than a short trial, a short trial more than a partial fit.
        if (caps > 0)
        {
            return (Recommendation.KeepTesting, RecommendationReason.CappedByRedFlags);
        }
        if (facts.TrialTooShort)
        {
            return (Recommendation.KeepTesting, RecommendationReason.TrialTooShort);
        }
        return facts.Fit.Level == FitLevel.Partial && facts.Fit.Reason != FitReason.GoalOrStyleMissing
            ? (Recommendation.Engage, RecommendationReason.StrongScorePartialFit)
            : (Recommendation.Engage, RecommendationReason.StrongScore);
    }

    private static (Recommendation, RecommendationReason) ByScore(VerdictFacts facts, AssessmentRules rules) => facts.Score switch
    {
        null => (Recommendation.KeepTesting, RecommendationReason.NotEnoughEvidence),
        _ when facts.CompletenessPercent < rules.MinimumCompletenessPercent => (Recommendation.KeepTesting, RecommendationReason.NotEnoughEvidence),
        int score when score >= rules.EngageThreshold => (Recommendation.Engage, RecommendationReason.StrongScore),
        int score when score < rules.LeaveThreshold => (Recommendation.Leave, RecommendationReason.WeakScore),
        _ => (Recommendation.KeepTesting, RecommendationReason.MixedScore),
    };
}
