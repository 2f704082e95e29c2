using NetzwerkCheck.Domain.Networks;

namespace NetzwerkCheck.Domain.Assessments;

/// <summary>
/// The next steps follow the verdict and the user's status (docs/rules.md, section 6): whoever should not
/// join gets no tips for staying, only people inside are told to raise problems with the organisers,
/// leaving comes with an exit plan, and "keep testing" names the missing evidence first.
/// </summary>
public static class NextStepPlanner
{
    public const int MaxNextSteps = 7;

    /// <summary>An answer from this value on to "talks and topics are at the centre" means talks are given there.</summary>
    public const int TalksAreGivenFromAnswer = 3;

    public static IReadOnlyList<NextStep> Plan(
        AssessmentInput input,
        TypeProfile profile,
        IReadOnlyList<CriterionResult> criteria,
        IReadOnlyList<RedFlag> redFlags,
        Recommendation recommendation,
        IReadOnlyList<Finding> findings,
        AssessmentRules rules)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(criteria);
        ArgumentNullException.ThrowIfNull(redFlags);
        ArgumentNullException.ThrowIfNull(findings);
        ArgumentNullException.ThrowIfNull(rules);

        IEnumerable<NextStep> steps = recommendation switch
        {
            Recommendation.Leave => LeavePlan(input),
            Recommendation.NotForThisGoal => ElsewherePlan(input),
            Recommendation.Engage =>
            [
                input.Network.IsInside ? NextStep.CommitToRole : NextStep.JoinWithAPlan,
                .. Giving(input),
                .. Gaps(input, profile, criteria, rules),
                .. StyleSteps(input, findings),
                .. FormSteps(input, recommendation),
            ],
            _ =>
            [
                .. Gaps(input, profile, criteria, rules),
                .. FormSteps(input, recommendation),
                .. FlagSteps(input, redFlags),
                .. Orientation(input, profile),
                .. Giving(input),
                .. StyleSteps(input, findings),
            ],
        };
        return [.. steps.Distinct().Take(MaxNextSteps)];
    }

    private static IEnumerable<NextStep> LeavePlan(AssessmentInput input)
    {
        switch (input.Network.Status)
        {
            case NetworkStatus.Member or NetworkStatus.Trial:
                yield return NextStep.SetExitDate;
                yield return NextStep.KeepValuableContacts;
                break;
            case NetworkStatus.Left:
                yield return NextStep.StayOut;
                break;
            default:
                yield return NextStep.DeclineFriendly;
                break;
        }
        yield return input.Goal is null ? NextStep.ChooseGoalAndStyle : NextStep.LookForNetworkOfType;
    }

    /// <summary>Not for this goal: look for a network that serves it; use this one only for what it is good for.</summary>
    private static IEnumerable<NextStep> ElsewherePlan(AssessmentInput input)
    {
        yield return NextStep.LookForNetworkOfType;
        if (input.Network.Status == NetworkStatus.Left)
        {
            yield break;
        }
        yield return NextStep.UseForWhatItIsGoodFor;
        if (input.Network.IsInside)
        {
            yield return NextStep.WeighCostAgainstSideBenefit;
            if (input.Style == NetworkerStyle.Hunter && TalksAreGiven(input))
            {
                yield return NextStep.OfferTalk;
            }
        }
    }

    /// <summary>For every criterion not rated yet: how to get the evidence.</summary>
    private static IEnumerable<NextStep> Gaps(AssessmentInput input, TypeProfile profile, IReadOnlyList<CriterionResult> criteria, AssessmentRules rules)
    {
        foreach (var criterion in criteria.Where(c => c.State != CriterionState.Rated))
        {
            NextStep? step = criterion.Criterion switch
            {
                Criterion.Conduct => NextStep.ObserveNewcomerWelcome,
                Criterion.Size => NextStep.FindOutActiveMembers,
                Criterion.MemberInterviews => NextStep.AskThreeMembers,
                Criterion.TrialPeriod when criterion.State == CriterionState.TrialTooShort => NextStep.PlanLongerTrial,
                // A trial long enough only needs its rating, not more weeks.
                Criterion.TrialPeriod when input.TrialWeeks >= rules.MinimumTrialWeeks => NextStep.RateTrial,
                Criterion.TrialPeriod when input.Network.Status is NetworkStatus.Member or NetworkStatus.Left => NextStep.RateMembershipSoFar,
                Criterion.TrialPeriod => NextStep.StartTrial,
                Criterion.Results when profile.ServicePercent >= AssessmentEvaluator.ResultsMatterFromServicePercent
                    || input.Style == NetworkerStyle.Hunter => NextStep.AskForResults,
                _ => null,
            };
            if (step is NextStep s)
            {
                yield return s;
            }
        }
    }

    /// <summary>Only people inside can raise a problem with the organisers; from outside, ask members about it.</summary>
    private static IEnumerable<NextStep> FlagSteps(AssessmentInput input, IReadOnlyList<RedFlag> redFlags)
    {
        if (redFlags.Count == 0)
        {
            yield break;
        }
        switch (input.Network.Status)
        {
            case NetworkStatus.Member or NetworkStatus.Trial:
                yield return NextStep.AddressRedFlagsOpenly;
                break;
            case NetworkStatus.Considering:
                yield return NextStep.AskMembersAboutRedFlags;
                break;
        }
    }

    private static IEnumerable<NextStep> Orientation(AssessmentInput input, TypeProfile profile)
    {
        if (profile.IsUnclear)
        {
            yield return NextStep.ClarifyCoreIdea;
        }
        if (input.Goal is null || input.Style is null)
        {
            yield return NextStep.ChooseGoalAndStyle;
        }
    }

    /// <summary>"Es kommt darauf an, was man einbringen möchte."</summary>
    private static IEnumerable<NextStep> Giving(AssessmentInput input)
    {
        if (input.PlansOnlyToTake)
        {
            yield return NextStep.StartGivingFirst;
        }
        else if (input.Contributions.Count == 0)
        {
            yield return NextStep.DecideContribution;
        }
    }

    /// <summary>Seed 003: the Jäger starts from offering value, the Sammler from a filter.</summary>
    private static IEnumerable<NextStep> StyleSteps(AssessmentInput input, IReadOnlyList<Finding> findings)
    {
        switch (input.Style)
        {
            case NetworkerStyle.Hunter:
                if (TalksAreGiven(input))
                {
                    yield return NextStep.OfferTalk;
                }
                yield return NextStep.ShowExpertiseByContributions;
                yield return NextStep.PickContactsWhereNeeded;
                yield return NextStep.PlanRegularPresence;
                break;
            case NetworkerStyle.Gatherer:
                if (findings.Contains(Finding.GathererTimeRisk))
                {
                    yield return NextStep.ChooseFocusTopics;
                }
                yield return NextStep.SeparateImportantFromNoise;
                yield return NextStep.LimitTimeSpent;
                break;
        }
    }

    /// <summary>A Verein is judged after several of its events; online, time needs a budget.</summary>
    private static IEnumerable<NextStep> FormSteps(AssessmentInput input, Recommendation recommendation)
    {
        switch (input.Network.Form)
        {
            case OrganisationForm.Association when recommendation == Recommendation.KeepTesting:
                yield return NextStep.AttendSeveralEvents;
                break;
            case OrganisationForm.Virtual:
                yield return NextStep.SetOnlineTimeBudget;
                break;
            case OrganisationForm.Mixed:
                yield return NextStep.CombineMeetingsAndOnline;
                break;
        }
    }

    private static bool TalksAreGiven(AssessmentInput input) =>
        input.ClassificationAnswers.GetValueOrDefault("knowledge-talks") >= TalksAreGivenFromAnswer;
}
