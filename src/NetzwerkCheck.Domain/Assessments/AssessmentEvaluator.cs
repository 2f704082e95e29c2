namespace NetzwerkCheck.Domain.Assessments;

/// <summary>Turns one assessment's answers into its result. Pure: same input, same result.</summary>
public static class AssessmentEvaluator
{
    /// <summary>Below this service share, results are not something to go and ask for.</summary>
    public const int ResultsMatterFromServicePercent = 25;

    public static AssessmentResult Evaluate(AssessmentInput input, AssessmentRules rules)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(rules);

        var profile = TypeProfile.Classify(input.ClassificationAnswers, rules);
        var fit = GoalFit.Assess(input.Goal, input.Style, profile);
        var trialTooShort = input.TrialWeeks is int weeks && weeks < rules.MinimumTrialWeeks;
        var criteria = Weights(profile, input.Style, rules)
            .Select(w => Judge(w.Key, w.Value, input, trialTooShort, rules))
            .ToList();

        var rated = criteria.Where(c => c.State == CriterionState.Rated).ToList();
        var ratedWeight = rated.Sum(c => c.Weight);
        // Weight 0 happens only with misconfigured rules (all weight on Ergebnisse); no evidence then, not NaN.
        int? score = ratedWeight <= 0 ? null : Round(rated.Sum(c => c.Weight * c.Points!.Value) / ratedWeight);
        var completeness = Round(ratedWeight * 100);
        var redFlags = input.RedFlags.Distinct().Order().ToList();

        var (recommendation, reason) = Verdict.Decide(new VerdictFacts(score, completeness, redFlags, trialTooShort, fit, profile), rules);
        var findings = Findings(input, profile, rules);
        var typeForGoal = input.Goal is Goal goal ? GoalFit.BestTypeFor(goal) : (NetworkType?)null;
        var nextSteps = NextStepPlanner.Plan(input, profile, criteria, redFlags, recommendation, findings, rules);

        return new AssessmentResult(profile, fit, criteria, score, completeness, trialTooShort, redFlags, recommendation, reason, nextSteps)
        {
            Findings = findings,
            Form = FormReading.Of(input.Network.Form, input.Style),
            Size = SizeReading.Of(input.Network),
            TypeForGoal = typeForGoal,
        };
    }

    /// <summary>
    /// Ergebnisse weighs more the more the network lives from exchanging services, and more for a Jäger, who
    /// is there for orders; the four soft criteria share the rest equally.
    /// </summary>
    public static IReadOnlyDictionary<Criterion, double> Weights(TypeProfile profile, NetworkerStyle? style, AssessmentRules rules)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(rules);
        var hunterExtra = style == NetworkerStyle.Hunter ? rules.HunterResultsExtraWeight : 0;
        // Clamped so that rules bound from configuration can never produce negative weights.
        var results = Math.Clamp(rules.ResultsBaseWeight + rules.ResultsWeightPerServiceShare * profile.ServicePercent / 100.0 + hunterExtra, 0, 1);
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
        if (rating is not int value || !RatingScale.Contains(value))
        {
            return new CriterionResult(criterion, weight, CriterionState.Open, null, null);
        }
        var points = Round((value - RatingScale.Min) * 100.0 / (RatingScale.Max - RatingScale.Min));
        return new CriterionResult(criterion, weight, CriterionState.Rated, value, points);
    }

    private static List<Finding> Findings(AssessmentInput input, TypeProfile profile, AssessmentRules rules)
    {
        var findings = new List<Finding>();
        if (input.PlansOnlyToTake)
        {
            findings.Add(Finding.OnlyTaking);
        }
        // Seed 003: the Sammler profits from the flood of information only if he can separate the important from the rest.
        var networkOfInformation = profile.KnowledgePercent >= 50 || input.Network.Form == Networks.OrganisationForm.Virtual;
        if (input.Style == NetworkerStyle.Gatherer && networkOfInformation && !input.HasFocusTopics
            && input.HoursPerMonth >= rules.GathererTimeRiskHoursPerMonth)
        {
            findings.Add(Finding.GathererTimeRisk);
        }
        return findings;
    }

    private static int Round(double value) => (int)Math.Round(value, MidpointRounding.AwayFromZero);
}
