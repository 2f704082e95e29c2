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

    /// <summary>Engage, but the network serves the user's goal only in part; the verdict says which part.</summary>
    StrongScorePartialFit,
    MixedScore,
    WeakScore,

    /// <summary>One capping red flag holds an otherwise strong result at "keep testing".</summary>
    CappedByRedFlags,

    /// <summary>Several capping red flags together outweigh any average.</summary>
    TooManyRedFlags,

    /// <summary>A knock-out sign (ossified structures) ends the question on its own.</summary>
    KnockOut,
    NotEnoughEvidence,
    TrialTooShort,

    /// <summary>The core idea does not serve the user's goal; the network is good for something else.</summary>
    GoalNotServed,

    /// <summary>The goal seems not to be served, but the core idea is unclear, so that is not certain yet.</summary>
    GoalFitUncertain,
}

public enum NextStep
{
    ObserveNewcomerWelcome,
    FindOutActiveMembers,
    AskThreeMembers,
    PlanLongerTrial,
    StartTrial,
    RateTrial,
    RateMembershipSoFar,
    AskForResults,
    PickContactsWhereNeeded,
    ShowExpertiseByContributions,
    PlanRegularPresence,
    OfferTalk,
    SeparateImportantFromNoise,
    LimitTimeSpent,
    ChooseFocusTopics,
    AddressRedFlagsOpenly,
    AskMembersAboutRedFlags,
    SetExitDate,
    KeepValuableContacts,
    DeclineFriendly,
    StayOut,
    LookForNetworkOfType,
    UseForWhatItIsGoodFor,
    WeighCostAgainstSideBenefit,
    CommitToRole,
    JoinWithAPlan,
    ClarifyCoreIdea,
    ChooseGoalAndStyle,
    DecideContribution,
    StartGivingFirst,
    AttendSeveralEvents,
    SetOnlineTimeBudget,
    CombineMeetingsAndOnline,
}

public enum Finding
{
    /// <summary>The user plans to bring nothing in; the article: many only want to profit.</summary>
    OnlyTaking,

    /// <summary>A Sammler with much time for a network of information and no topics chosen (seed 003).</summary>
    GathererTimeRisk,
}

/// <param name="Weight">Share of this criterion in the score, 0 to 1; the five weights add up to 1.</param>
/// <param name="Points">The rating on a 0–100 scale; null unless rated.</param>
public sealed record CriterionResult(Criterion Criterion, double Weight, CriterionState State, int? Rating, int? Points);

/// <param name="Contributions">Empty while the user has not said; <see cref="Contribution.NothingYet"/> means "only take".</param>
/// <param name="HoursPerMonth">The time the user plans for the network; null when not said.</param>
/// <param name="HasFocusTopics">The user has chosen the topics or contacts to concentrate on.</param>
public sealed record AssessmentInput(
    Goal? Goal,
    NetworkerStyle? Style,
    IReadOnlyDictionary<string, int> ClassificationAnswers,
    IReadOnlyDictionary<Criterion, int?> Ratings,
    int? TrialWeeks,
    IReadOnlyCollection<RedFlag> RedFlags)
{
    public NetworkContext Network { get; init; } = NetworkContext.Unknown;

    public IReadOnlyCollection<Contribution> Contributions { get; init; } = [];

    public int? HoursPerMonth { get; init; }

    public bool HasFocusTopics { get; init; }

    public bool PlansOnlyToTake => Contributions.Count > 0 && Contributions.All(c => c == Contribution.NothingYet);
}

/// <param name="TypeForGoal">The kind of network that would serve the user's goal best; null without a goal.</param>
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
    IReadOnlyList<NextStep> NextSteps)
{
    public IReadOnlyList<Finding> Findings { get; init; } = [];

    public FormReading Form { get; init; } = FormReading.Of(Networks.OrganisationForm.Mixed, null);

    public SizeReading Size { get; init; } = new(SizeBand.Unknown, null, Networks.OrganisationForm.Mixed);

    public NetworkType? TypeForGoal { get; init; }

    public IReadOnlyList<RedFlag> KnockOuts => [.. RedFlags.Where(f => f.IsKnockOut())];
}
