namespace NetzwerkCheck.Domain.Assessments;

public enum CriterionState
{
    Rated,
    Open,
    TrialTooShort,
}

public enum RecommendationReason
{
    StrongScore,
    MixedScore,
    WeakScore,
    CappedByRedFlags,
    NotEnoughEvidence,
    TrialTooShort,
}

public enum NextStep
{
    ObserveNewcomerWelcome,
    FindOutActiveMembers,
    AskThreeMembers,
    PlanLongerTrial,
    StartTrial,
    AskForResults,
    PickContactsWhereNeeded,
    ShowExpertiseByContributions,
    PlanRegularPresence,
    SeparateImportantFromNoise,
    LimitTimeSpent,
    AddressRedFlagsOpenly,
    SetExitDate,
    CommitToRole,
    ClarifyCoreIdea,
    ChooseGoalAndStyle,
    CheckGoalFit,
}

/// <param name="Weight">Share of this criterion in the score, 0 to 1; the five weights add up to 1.</param>
/// <param name="Points">The rating on a 0–100 scale; null unless rated.</param>
public sealed record CriterionResult(Criterion Criterion, double Weight, CriterionState State, int? Rating, int? Points);

public sealed record AssessmentInput(
    Goal? Goal,
    NetworkerStyle? Style,
    IReadOnlyDictionary<string, int> ClassificationAnswers,
    IReadOnlyDictionary<Criterion, int?> Ratings,
    int? TrialWeeks,
    IReadOnlyCollection<RedFlag> RedFlags);

public sealed record AssessmentResult(
    TypeProfile Profile,
    GoalFit Fit,
    IReadOnlyList<CriterionResult> Criteria,
    int? Score,
    int CompletenessPercent,
    bool TrialTooShort,
    IReadOnlyList<RedFlag> RedFlags,
    Recommendation Recommendation,
    RecommendationReason Reason,
    IReadOnlyList<NextStep> NextSteps);
