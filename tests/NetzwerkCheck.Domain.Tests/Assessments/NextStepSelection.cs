using NetzwerkCheck.Domain.Assessments;

namespace NetzwerkCheck.Domain.Tests.Assessments;

public sealed class NextStepSelection
{
    [Fact]
    public void GapsComeFirstThenTheStyle()
    {
        var result = new AssessmentInputBuilder()
            .For(Goal.ShareKnowledge, NetworkerStyle.Gatherer)
            .Rated(Criterion.Conduct, 4).Rated(Criterion.Size, 4).Rated(Criterion.TrialPeriod, 4).WithTrialWeeks(20)
            .Evaluate();

        // MemberInterviews open → ask three members; Results open but service share 0 % → not asked for.
        // 68 % complete with 75 points → engage, so taking on a role closes the list.
        Assert.Equal([NextStep.AskThreeMembers, NextStep.SeparateImportantFromNoise, NextStep.LimitTimeSpent, NextStep.CommitToRole], result.NextSteps);
    }

    [Fact]
    public void HunterGetsTheMarketplaceStrategy()
    {
        // 14/43/43: service and referral tie, so the core idea is unclear and worth clarifying first.
        var result = new AssessmentInputBuilder().Answered(1, 3, 3).For(Goal.WinClients, NetworkerStyle.Hunter).RatedAll(5).Evaluate();

        Assert.Equal(
            [NextStep.ClarifyCoreIdea, NextStep.PickContactsWhereNeeded, NextStep.ShowExpertiseByContributions, NextStep.PlanRegularPresence, NextStep.CommitToRole],
            result.NextSteps);
    }

    [Fact]
    public void TooShortTrialAsksForALongerOne()
    {
        var result = new AssessmentInputBuilder().RatedAll(4).WithTrialWeeks(2).Evaluate();

        Assert.Equal(NextStep.PlanLongerTrial, result.NextSteps[0]);
    }

    [Fact]
    public void ServiceNetworkWithoutResultsAsksForThem()
    {
        var result = new AssessmentInputBuilder().Answered(1, 3, 1).Evaluate();

        Assert.Contains(NextStep.AskForResults, result.NextSteps);
        Assert.Contains(NextStep.StartTrial, result.NextSteps);
    }

    [Fact]
    public void RedFlagsLeadToAnOpenWordAndAnExitDate()
    {
        var result = new AssessmentInputBuilder().RatedAll(5).Flagged(RedFlag.OssifiedStructures, RedFlag.GroupDynamicsAgainstPurpose).Evaluate();

        Assert.Equal(NextStep.AddressRedFlagsOpenly, result.NextSteps[0]);
        Assert.Equal(NextStep.SetExitDate, result.NextSteps[1]);
        Assert.DoesNotContain(NextStep.CommitToRole, result.NextSteps);
    }

    [Fact]
    public void NeverMoreThanSixDistinctSteps()
    {
        var result = new AssessmentInputBuilder().Answered(1, 1, 1).For(null, null).Flagged(RedFlag.PressureToBuy).Evaluate();

        Assert.True(result.NextSteps.Count <= AssessmentEvaluator.MaxNextSteps);
        Assert.Equal(result.NextSteps.Distinct().Count(), result.NextSteps.Count);
        Assert.Equal(NextStep.ObserveNewcomerWelcome, result.NextSteps[0]);
    }

    [Fact]
    public void TruncationKeepsThePriority()
    {
        // 34/33/33 (service 33 % ≥ 25 %): five gaps, a red flag, an unclear core idea and no goal → eight candidates, six kept.
        var result = new AssessmentInputBuilder().Answered(1, 1, 1).For(null, null).Flagged(RedFlag.PressureToBuy).Evaluate();

        Assert.Equal(
            [NextStep.ObserveNewcomerWelcome, NextStep.FindOutActiveMembers, NextStep.AskThreeMembers, NextStep.StartTrial, NextStep.AskForResults, NextStep.AddressRedFlagsOpenly],
            result.NextSteps);
    }

    [Fact]
    public void PoorFitAsksToCheckTheGoalBeforeTheHunterStrategy()
    {
        // Hunter who wants clients in a pure knowledge network (100/0/0): fit 20 % → poor; all rated 3 → score 50, keep testing.
        var result = new AssessmentInputBuilder().Answered(4, 0, 0).For(Goal.WinClients, NetworkerStyle.Hunter).RatedAll(3).Evaluate();

        Assert.Equal(FitLevel.Poor, result.Fit.Level);
        Assert.Equal(
            [NextStep.CheckGoalFit, NextStep.PickContactsWhereNeeded, NextStep.ShowExpertiseByContributions, NextStep.PlanRegularPresence],
            result.NextSteps);
    }

    [Fact]
    public void WeakScoreWithOneRedFlagSetsAnExitDate()
    {
        var result = new AssessmentInputBuilder().RatedAll(1).Flagged(RedFlag.EveryoneOnlyTakes).Evaluate();

        Assert.Equal(Recommendation.Leave, result.Recommendation);
        Assert.Equal([NextStep.AddressRedFlagsOpenly, NextStep.SetExitDate, NextStep.SeparateImportantFromNoise, NextStep.LimitTimeSpent], result.NextSteps);
    }
}
