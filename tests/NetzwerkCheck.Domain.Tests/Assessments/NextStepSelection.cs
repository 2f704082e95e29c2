using NetzwerkCheck.Domain.Assessments;
using NetzwerkCheck.Domain.Networks;

namespace NetzwerkCheck.Domain.Tests.Assessments;

public sealed class NextStepSelection
{
    [Fact]
    public void EngageStartsWithTheRoleThenTheGapsThenTheStyle()
    {
        // Member, Sammler, profile 67/0/33, Umgang 4, Größe 4, Probezeit 4 after 20 weeks: 68 % complete, 75 points → engage.
        var result = new AssessmentInputBuilder()
            .Rated(Criterion.Conduct, 4).Rated(Criterion.Size, 4).Rated(Criterion.TrialPeriod, 4).WithTrialWeeks(20)
            .Evaluate();

        Assert.Equal(Recommendation.Engage, result.Recommendation);
        // Ergebnisse is open too, but a Sammler in a network without service share is not sent to ask for results.
        Assert.Equal([NextStep.CommitToRole, NextStep.AskThreeMembers, NextStep.SeparateImportantFromNoise, NextStep.LimitTimeSpent], result.NextSteps);
    }

    [Fact]
    public void SomeoneConsideringIsToldToJoinWithAPlan()
    {
        var result = new AssessmentInputBuilder().WithStatus(NetworkStatus.Considering).RatedAll(5).Evaluate();

        Assert.Equal(NextStep.JoinWithAPlan, result.NextSteps[0]);
        Assert.DoesNotContain(NextStep.CommitToRole, result.NextSteps);
    }

    [Fact]
    public void TheHunterStartsFromOfferingValue()
    {
        // Referral network 0/25/75 with talks answered 3 ("trifft eher zu"): a Jäger who wants clients.
        var result = new AssessmentInputBuilder().Answered(0, 2, 3).AnsweredTalks(3).For(Goal.WinClients, NetworkerStyle.Hunter).RatedAll(5).Evaluate();

        Assert.Equal(Recommendation.Engage, result.Recommendation);
        Assert.Equal(
            [NextStep.CommitToRole, NextStep.OfferTalk, NextStep.ShowExpertiseByContributions, NextStep.PickContactsWhereNeeded, NextStep.PlanRegularPresence],
            result.NextSteps);
    }

    [Fact]
    public void WithoutTalksTheHunterIsNotToldToOfferOne()
    {
        var result = new AssessmentInputBuilder().Answered(0, 2, 3).AnsweredTalks(2).For(Goal.WinClients, NetworkerStyle.Hunter).RatedAll(5).Evaluate();

        Assert.DoesNotContain(NextStep.OfferTalk, result.NextSteps);
        Assert.Equal(NextStep.ShowExpertiseByContributions, result.NextSteps[1]);
    }

    [Fact]
    public void TooShortTrialAsksForALongerOne()
    {
        var result = new AssessmentInputBuilder().RatedAll(4).WithTrialWeeks(2).Evaluate();

        Assert.Equal(Recommendation.KeepTesting, result.Recommendation);
        Assert.Equal(NextStep.PlanLongerTrial, result.NextSteps[0]);
    }

    [Theory]
    [InlineData(12)]
    [InlineData(30)]
    public void ALongEnoughTrialThatIsNotRatedAsksForTheRatingNotForMoreWeeks(int weeks)
    {
        var result = new AssessmentInputBuilder().Rated(Criterion.Conduct, 3).Rated(Criterion.Size, 3).WithTrialWeeks(weeks).Evaluate();

        Assert.Contains(NextStep.RateTrial, result.NextSteps);
        Assert.DoesNotContain(NextStep.PlanLongerTrial, result.NextSteps);
        Assert.DoesNotContain(NextStep.StartTrial, result.NextSteps);
    }

    [Theory]
    [InlineData(NetworkStatus.Considering, NextStep.StartTrial)]
    [InlineData(NetworkStatus.Trial, NextStep.StartTrial)]
    [InlineData(NetworkStatus.Member, NextStep.RateMembershipSoFar)]
    public void WithoutTrialWeeksAMemberRatesTheTimeSoFarOthersStartATrial(NetworkStatus status, NextStep expected)
    {
        var result = new AssessmentInputBuilder().WithStatus(status).Rated(Criterion.Conduct, 3).Evaluate();

        Assert.Contains(expected, result.NextSteps);
    }

    [Fact]
    public void ServiceNetworkWithoutResultsAsksForThem()
    {
        var result = new AssessmentInputBuilder().Answered(1, 3, 1).For(Goal.SourceServices, NetworkerStyle.Gatherer).WithStatus(NetworkStatus.Considering).Evaluate();

        Assert.Contains(NextStep.AskForResults, result.NextSteps);
        Assert.Contains(NextStep.StartTrial, result.NextSteps);
    }

    [Theory]
    [InlineData(NetworkStatus.Member, NextStep.AddressRedFlagsOpenly)]
    [InlineData(NetworkStatus.Trial, NextStep.AddressRedFlagsOpenly)]
    [InlineData(NetworkStatus.Considering, NextStep.AskMembersAboutRedFlags)]
    public void OnlyPeopleInsideRaiseARedFlagWithTheOrganisers(NetworkStatus status, NextStep expected)
    {
        var result = new AssessmentInputBuilder().WithStatus(status).RatedAll(5).Flagged(RedFlag.NewcomersIgnored).Evaluate();

        Assert.Equal(Recommendation.KeepTesting, result.Recommendation);
        Assert.Contains(expected, result.NextSteps);
        Assert.DoesNotContain(expected == NextStep.AddressRedFlagsOpenly ? NextStep.AskMembersAboutRedFlags : NextStep.AddressRedFlagsOpenly, result.NextSteps);
    }

    [Fact]
    public void LeavingAsAMemberComesWithAnExitPlanAndNoTipsForStaying()
    {
        var result = new AssessmentInputBuilder().RatedAll(1).Flagged(RedFlag.EveryoneOnlyTakes).Evaluate();

        Assert.Equal(Recommendation.Leave, result.Recommendation);
        Assert.Equal([NextStep.SetExitDate, NextStep.KeepValuableContacts, NextStep.LookForNetworkOfType], result.NextSteps);
    }

    [Fact]
    public void SomeoneWhoShouldNotJoinGetsNoTipsForStaying()
    {
        // Considering, weak score (23): no exit plan (not a member), no raising problems, no style strategy.
        var result = new AssessmentInputBuilder().WithStatus(NetworkStatus.Considering).RatedAll(2).Rated(Criterion.Results, 1).Evaluate();

        Assert.Equal((Recommendation.Leave, RecommendationReason.WeakScore), (result.Recommendation, result.Reason));
        Assert.Equal([NextStep.DeclineFriendly, NextStep.LookForNetworkOfType], result.NextSteps);
    }

    [Fact]
    public void SomeoneWhoLeftAlreadyIsToldToStayOut()
    {
        var result = new AssessmentInputBuilder().WithStatus(NetworkStatus.Left).RatedAll(5).Flagged(RedFlag.OssifiedStructures).Evaluate();

        Assert.Equal([NextStep.StayOut, NextStep.LookForNetworkOfType], result.NextSteps);
    }

    [Fact]
    public void AVereinIsJudgedAfterSeveralEventsAndOnlineTimeNeedsABudget()
    {
        var verein = new AssessmentInputBuilder().In(OrganisationForm.Association).Rated(Criterion.Conduct, 3).Evaluate();
        var online = new AssessmentInputBuilder().In(OrganisationForm.Virtual, 3000).Rated(Criterion.Conduct, 3).Evaluate();
        var mixed = new AssessmentInputBuilder().In(OrganisationForm.Mixed, 100).RatedAll(5).Evaluate();

        Assert.Contains(NextStep.AttendSeveralEvents, verein.NextSteps);
        Assert.Contains(NextStep.SetOnlineTimeBudget, online.NextSteps);
        Assert.DoesNotContain(NextStep.AttendSeveralEvents, online.NextSteps);
        Assert.Contains(NextStep.CombineMeetingsAndOnline, mixed.NextSteps);
    }

    [Fact]
    public void ContributionIsAskedForAndOnlyTakingIsAddressed()
    {
        var unknown = new AssessmentInputBuilder().Contributing().RatedAll(5).Evaluate();
        var taking = new AssessmentInputBuilder().Contributing(Contribution.NothingYet).RatedAll(5).Evaluate();

        Assert.Equal(NextStep.DecideContribution, unknown.NextSteps[1]);
        Assert.Equal(NextStep.StartGivingFirst, taking.NextSteps[1]);
    }

    [Fact]
    public void NeverMoreThanTheMaximumAndNoRepeats()
    {
        var result = new AssessmentInputBuilder().Answered(1, 1, 1).For(null, null).Flagged(RedFlag.PressureToBuy).Contributing().Evaluate();

        Assert.Equal(NextStepPlanner.MaxNextSteps, result.NextSteps.Count);
        Assert.Equal(result.NextSteps.Distinct().Count(), result.NextSteps.Count);
    }

    [Fact]
    public void TruncationKeepsTheMissingEvidenceFirst()
    {
        // 34/33/33 (service 33 % ≥ 25 %): five gaps, the Verein's events, a red flag, an unclear core idea, no goal → the first seven.
        var result = new AssessmentInputBuilder().Answered(1, 1, 1).For(null, null).Flagged(RedFlag.PressureToBuy).Evaluate();

        Assert.Equal(
            [NextStep.ObserveNewcomerWelcome, NextStep.FindOutActiveMembers, NextStep.AskThreeMembers, NextStep.RateMembershipSoFar,
                NextStep.AskForResults, NextStep.AttendSeveralEvents, NextStep.AddressRedFlagsOpenly],
            result.NextSteps);
    }

    [Fact]
    public void TheSammlersTimeRiskLeadsToChoosingTopics()
    {
        var result = new AssessmentInputBuilder().Planning(20).RatedAll(5).Evaluate();

        Assert.Equal([NextStep.CommitToRole, NextStep.ChooseFocusTopics, NextStep.SeparateImportantFromNoise, NextStep.LimitTimeSpent], result.NextSteps);
    }
}
