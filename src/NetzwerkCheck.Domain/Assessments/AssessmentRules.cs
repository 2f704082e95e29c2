namespace NetzwerkCheck.Domain.Assessments;

/// <summary>Every tunable number of the check in one place; docs/rules.md explains each.</summary>
public sealed record AssessmentRules
{
    public static AssessmentRules Default { get; } = new();

    /// <summary>The profile is "unclear" when the two largest shares differ by at most this many points.</summary>
    public int UnclearMarginPercent { get; init; } = 10;

    /// <summary>A trial shorter than this is "too short to judge", not a bad rating.</summary>
    public int MinimumTrialWeeks { get; init; } = 12;

    /// <summary>Weight of Ergebnisse in a network without any service share.</summary>
    public double ResultsBaseWeight { get; init; } = 0.10;

    /// <summary>Weight Ergebnisse gains per 100 % service share (0.70 in a pure service network).</summary>
    public double ResultsWeightPerServiceShare { get; init; } = 0.60;

    public int EngageThreshold { get; init; } = 65;

    public int LeaveThreshold { get; init; } = 40;

    /// <summary>Below this completeness the result is at most "keep testing".</summary>
    public int MinimumCompletenessPercent { get; init; } = 60;

    /// <summary>This many different capping red flags together mean leave (a knock-out needs only itself).</summary>
    public int CapFlagsForLeave { get; init; } = 2;

    /// <summary>Extra weight of Ergebnisse for a Jäger, who is there for orders (seed 003); taken from the soft criteria.</summary>
    public double HunterResultsExtraWeight { get; init; } = 0.10;

    /// <summary>A Sammler planning this many hours a month or more without chosen topics risks drowning in information.</summary>
    public int GathererTimeRiskHoursPerMonth { get; init; } = 12;

    /// <summary>The journal suggests a rating for Ergebnisse only after this many months of taking part (or once an order is in).</summary>
    public int ResultsEvidenceMinimumMonths { get; init; } = 3;

    /// <summary>The portfolio names a network that brought nothing back after this many months.</summary>
    public int NoResultAfterMonths { get; init; } = 6;
}
