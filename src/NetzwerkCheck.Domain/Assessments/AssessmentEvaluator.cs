namespace NetzwerkCheck.Domain.Assessments;

/// <summary>Turns one assessment's answers into its result. Pure: same input, same result.</summary>
public static class AssessmentEvaluator
{
    public const int MaxNextSteps = 6;

    /// <summary>Below this service share, results are not something to go and ask for.</summary>
    public const int ResultsMatterFromServicePercent = 25;

    public static AssessmentResult Evaluate(AssessmentInput input, AssessmentRules rules)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(rules);

        var profile = TypeProfile.Classify(input.ClassificationAnswers, rules);
        var fit = GoalFit.Assess(input.Goal, input.Style, profile);
        var trialTooShort = input.TrialWeeks is int weeks && weeks < rules.MinimumTrialWeeks;
        var criteria = Weights(profile, rules)
            .Select(w => Judge(w.Key, w.Value, input, trialTooShort, rules))
            .ToList();

        var rated = criteria.Where(c => c.State == CriterionState.Rated).ToList();
        var ratedWeight = rated.Sum(c => c.Weight);
        // Weight 0 happens only with misconfigured rules (all weight on Ergebnisse); no evidence then, not NaN.
        int? score = ratedWeight <= 0 ? null : Round(rated.Sum(c => c.Weight * c.Points!.Value) / ratedWeight);
        var completeness = Round(ratedWeight * 100);
        var redFlags = input.RedFlags.Distinct().Order().ToList();

        var (recommendation, reason) = Recommend(score, completeness, redFlags.Count, trialTooShort, rules);
        var nextSteps = NextSteps(input, profile, fit, criteria, redFlags.Count, recommendation);

        return new AssessmentResult(profile, fit, criteria, score, completeness, trialTooShort, redFlags, recommendation, reason, nextSteps);
    }

    /// <summary>Ergebnisse weighs more the more the network lives from exchanging services; the four soft criteria share the rest.</summary>
    public static IReadOnlyDictionary<Criterion, double> Weights(TypeProfile profile, AssessmentRules rules)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(rules);
        // Clamped so that rules bound from configuration can never produce negative weights.
        var results = Math.Clamp(rules.ResultsBaseWeight + rules.ResultsWeightPerServiceShare * profile.ServicePercent / 100.0, 0, 1);
        var soft = (1 - results) / 4;
        return Enum.GetValues<Criterion>().ToDictionary(c => c, c => c == Criterion.Results ? results : soft);
    }

    private static CriterionResult Judge(Criterion criterion, double weight, AssessmentInput input, bool trialTooShort, AssessmentRules rules)
    {
        if (criterion == Criterion.TrialPeriod && (input.TrialWeeks is null || trialTooShort))
        {
            return new CriterionResult(criterion, weight, trialTooShort ? CriterionState.TrialTooShort : CriterionState.Open, null, null);
        }
        var rating = input.Ratings.GetValueOrDefault(criterion);
        if (rating is not int value || value < rules.MinRating || value > rules.MaxRating)
        {
            return new CriterionResult(criterion, weight, CriterionState.Open, null, null);
        }
        var points = Round((value - rules.MinRating) * 100.0 / (rules.MaxRating - rules.MinRating));
        return new CriterionResult(criterion, weight, CriterionState.Rated, value, points);
    }

    private static (Recommendation, RecommendationReason) Recommend(int? score, int completeness, int redFlags, bool trialTooShort, AssessmentRules rules)
    {
        if (redFlags >= 2)
        {
            return (Recommendation.Leave, RecommendationReason.CappedByRedFlags);
        }

        var (recommendation, reason) = score switch
        {
            null => (Recommendation.KeepTesting, RecommendationReason.NotEnoughEvidence),
            _ when completeness < rules.MinimumCompletenessPercent => (Recommendation.KeepTesting, RecommendationReason.NotEnoughEvidence),
            >= 0 when score >= rules.EngageThreshold => (Recommendation.Engage, RecommendationReason.StrongScore),
            >= 0 when score < rules.LeaveThreshold => (Recommendation.Leave, RecommendationReason.WeakScore),
            _ => (Recommendation.KeepTesting, RecommendationReason.MixedScore),
        };

        // Caps only ever lower an "engage"; a red flag explains more than a short trial.
        if (recommendation == Recommendation.Engage && redFlags == 1)
        {
            return (Recommendation.KeepTesting, RecommendationReason.CappedByRedFlags);
        }
        if (recommendation == Recommendation.Engage && trialTooShort)
        {
            return (Recommendation.KeepTesting, RecommendationReason.TrialTooShort);
        }
        return (recommendation, reason);
    }

    private static List<NextStep> NextSteps(
        AssessmentInput input, TypeProfile profile, GoalFit fit, IReadOnlyList<CriterionResult> criteria, int redFlags, Recommendation recommendation)
    {
        var steps = new List<NextStep>();
        foreach (var criterion in criteria.Where(c => c.State != CriterionState.Rated))
        {
            NextStep? step = criterion.Criterion switch
            {
                Criterion.Conduct => NextStep.ObserveNewcomerWelcome,
                Criterion.Size => NextStep.FindOutActiveMembers,
                Criterion.MemberInterviews => NextStep.AskThreeMembers,
                Criterion.TrialPeriod => criterion.State == CriterionState.TrialTooShort ? NextStep.PlanLongerTrial : NextStep.StartTrial,
                Criterion.Results when profile.ServicePercent >= ResultsMatterFromServicePercent => NextStep.AskForResults,
                _ => null,
            };
            if (step is NextStep s)
            {
                steps.Add(s);
            }
        }
        if (redFlags > 0)
        {
            steps.Add(NextStep.AddressRedFlagsOpenly);
            if (recommendation == Recommendation.Leave)
            {
                steps.Add(NextStep.SetExitDate);
            }
        }
        if (profile.IsUnclear)
        {
            steps.Add(NextStep.ClarifyCoreIdea);
        }
        if (input.Goal is null || input.Style is null)
        {
            steps.Add(NextStep.ChooseGoalAndStyle);
        }
        if (fit.Level == FitLevel.Poor)
        {
            steps.Add(NextStep.CheckGoalFit);
        }
        steps.AddRange(input.Style switch
        {
            NetworkerStyle.Hunter => [NextStep.PickContactsWhereNeeded, NextStep.ShowExpertiseByContributions, NextStep.PlanRegularPresence],
            NetworkerStyle.Gatherer => [NextStep.SeparateImportantFromNoise, NextStep.LimitTimeSpent],
            _ => [],
        });
        if (recommendation == Recommendation.Engage)
        {
            steps.Add(NextStep.CommitToRole);
        }
        return [.. steps.Distinct().Take(MaxNextSteps)];
    }

    private static int Round(double value) => (int)Math.Round(value, MidpointRounding.AwayFromZero);
}
