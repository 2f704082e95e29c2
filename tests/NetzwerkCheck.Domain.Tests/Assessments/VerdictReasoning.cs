using NetzwerkCheck.Domain.Assessments;
using NetzwerkCheck.Domain.Networks;

namespace NetzwerkCheck.Domain.Tests.Assessments;

/// <summary>The verdict reasons like the articles and never contradicts itself (docs/rules.md, sections 4 and 6).</summary>
public sealed class VerdictReasoning
{
    [Fact]
    public void APerfectKnowledgeNetworkIsNotForAHunterWhoWantsClients()
    {
        // 100/0/0, Jäger wanting clients: fit 20 % → poor. Everything rated 5 after 16 weeks: score 100.
        var result = new AssessmentInputBuilder().Answered(4, 0, 0).For(Goal.WinClients, NetworkerStyle.Hunter).RatedAll(5).Evaluate();

        Assert.Equal(100, result.Score);
        Assert.Equal(FitLevel.Poor, result.Fit.Level);
        Assert.Equal((Recommendation.NotForThisGoal, RecommendationReason.GoalNotServed), (result.Recommendation, result.Reason));
        Assert.Equal(NetworkType.Referral, result.TypeForGoal);
        Assert.Equal(Goal.ShareKnowledge, GoalFit.BestGoalFor(result.Profile.Primary));
        Assert.Equal(NextStep.LookForNetworkOfType, result.NextSteps[0]);
        Assert.DoesNotContain(NextStep.CommitToRole, result.NextSteps);
    }

    [Fact]
    public void AMemberHunterInAKnowledgeNetworkWithTalksMayOfferOneWhileWeighingTheCost()
    {
        var result = new AssessmentInputBuilder().Answered(4, 0, 0).For(Goal.WinClients, NetworkerStyle.Hunter).RatedAll(5).Evaluate();

        Assert.Equal(
            [NextStep.LookForNetworkOfType, NextStep.UseForWhatItIsGoodFor, NextStep.WeighCostAgainstSideBenefit, NextStep.OfferTalk],
            result.NextSteps);
    }

    [Fact]
    public void AWeakNetworkThatMissesTheGoalIsStillALeave()
    {
        var result = new AssessmentInputBuilder().Answered(4, 0, 0).For(Goal.WinClients, NetworkerStyle.Hunter).RatedAll(1).Evaluate();

        Assert.Equal((Recommendation.Leave, RecommendationReason.WeakScore), (result.Recommendation, result.Reason));
    }

    [Fact]
    public void APoorFitWithAnUnclearCoreIdeaIsWorthACloserLook()
    {
        // 40/20/40 (answers 2, 1, 2): Wissen and Empfehlung tie → unclear. Wants to buy services: 8 + 20 + 16 = 44 % → poor.
        var result = new AssessmentInputBuilder().Answered(2, 1, 2).For(Goal.SourceServices, NetworkerStyle.Gatherer).RatedAll(5).Evaluate();

        Assert.True(result.Profile.IsUnclear);
        Assert.Equal(FitLevel.Poor, result.Fit.Level);
        Assert.Equal((Recommendation.KeepTesting, RecommendationReason.GoalFitUncertain), (result.Recommendation, result.Reason));
        Assert.Contains(NextStep.ClarifyCoreIdea, result.NextSteps);
    }

    [Fact]
    public void APartialFitIsExplainedInTheVerdict()
    {
        // A Jäger wanting to share knowledge in 60/0/40: 60 + 12 = 72 % → capped to partial (Jäger in a knowledge network).
        var result = new AssessmentInputBuilder().Answered(3, 0, 2).For(Goal.ShareKnowledge, NetworkerStyle.Hunter).RatedAll(5).Evaluate();

        Assert.Equal(FitLevel.Partial, result.Fit.Level);
        Assert.Equal((Recommendation.Engage, RecommendationReason.StrongScorePartialFit), (result.Recommendation, result.Reason));
    }

    [Theory]
    [InlineData(NetworkStatus.Member, NextStep.SetExitDate)]
    [InlineData(NetworkStatus.Considering, NextStep.DeclineFriendly)]
    public void OssifiedStructuresEndTheQuestionAlone(NetworkStatus status, NextStep first)
    {
        var result = new AssessmentInputBuilder().WithStatus(status).RatedAll(5).Flagged(RedFlag.OssifiedStructures).Evaluate();

        Assert.Equal(100, result.Score);
        Assert.Equal((Recommendation.Leave, RecommendationReason.KnockOut), (result.Recommendation, result.Reason));
        Assert.Equal([RedFlag.OssifiedStructures], result.KnockOuts);
        Assert.Equal(first, result.NextSteps[0]);
        Assert.DoesNotContain(NextStep.AddressRedFlagsOpenly, result.NextSteps);
    }

    [Theory]
    [InlineData(RedFlag.OssifiedStructures, RedFlagSeverity.KnockOut)]
    [InlineData(RedFlag.GroupDynamicsAgainstPurpose, RedFlagSeverity.Cap)]
    [InlineData(RedFlag.EveryoneOnlyTakes, RedFlagSeverity.Cap)]
    [InlineData(RedFlag.NewcomersIgnored, RedFlagSeverity.Cap)]
    [InlineData(RedFlag.PressureToBuy, RedFlagSeverity.Cap)]
    public void EveryRedFlagIsAKnockOutOrACap(RedFlag flag, RedFlagSeverity severity) =>
        Assert.Equal(severity, RedFlagRules.SeverityOf(flag));

    [Fact]
    public void PlanningOnlyToTakeIsNamed()
    {
        var taking = new AssessmentInputBuilder().Contributing(Contribution.NothingYet).RatedAll(5).Evaluate();
        var giving = new AssessmentInputBuilder().Contributing(Contribution.ReferralsForOthers).RatedAll(5).Evaluate();
        var unsaid = new AssessmentInputBuilder().Contributing().RatedAll(5).Evaluate();

        Assert.Equal([Finding.OnlyTaking], taking.Findings);
        Assert.Empty(giving.Findings);
        Assert.Empty(unsaid.Findings);
    }

    [Theory]
    [InlineData(NetworkerStyle.Gatherer, 12, false, OrganisationForm.Association, true)]
    [InlineData(NetworkerStyle.Gatherer, 11, false, OrganisationForm.Association, false)]
    [InlineData(NetworkerStyle.Gatherer, 40, true, OrganisationForm.Association, false)]
    [InlineData(NetworkerStyle.Hunter, 40, false, OrganisationForm.Association, false)]
    public void TheSammlersRiskIsMuchTimeForInformationWithoutAFilter(NetworkerStyle style, int hours, bool focus, OrganisationForm form, bool risk)
    {
        // Profile 67/0/33: a network of information.
        var result = new AssessmentInputBuilder().In(form).For(Goal.ShareKnowledge, style).Planning(hours, focus).Evaluate();

        Assert.Equal(risk, result.Findings.Contains(Finding.GathererTimeRisk));
    }

    [Fact]
    public void OnlineEvenAReferralNetworkFloodsTheSammler()
    {
        // 0/25/75 is no network of knowledge, but online it still brings a flood of information.
        var verein = new AssessmentInputBuilder().Answered(0, 2, 3).For(Goal.BuildRelationships, NetworkerStyle.Gatherer).Planning(20).Evaluate();
        var online = new AssessmentInputBuilder().Answered(0, 2, 3).In(OrganisationForm.Virtual, 8000).For(Goal.BuildRelationships, NetworkerStyle.Gatherer).Planning(20).Evaluate();

        Assert.Empty(verein.Findings);
        Assert.Equal([Finding.GathererTimeRisk], online.Findings);
    }

    [Fact]
    public void TheResultCarriesWhatTheFormMeans()
    {
        var result = new AssessmentInputBuilder().In(OrganisationForm.Virtual, 50_000).Evaluate();

        Assert.Equal([FormAspect.Reach, FormAspect.ManyContacts], result.Form.Strengths);
        Assert.Equal([FormAspect.InformationFlood, FormAspect.TimeFeelsWasted], result.Form.Risks);
        Assert.Equal(new SizeReading(SizeBand.Large, 50_000, OrganisationForm.Virtual), result.Size);
    }

    /// <summary>
    /// Over many combinations of goal, style, profile, ratings, flags, status and contribution: the verdict and the
    /// steps never pull in different directions.
    /// </summary>
    [Fact]
    public void TheVerdictNeverContradictsItself()
    {
        int[] levels = [0, 2, 4];
        RedFlag[][] flagSets = [[], [RedFlag.NewcomersIgnored], [RedFlag.OssifiedStructures], [RedFlag.PressureToBuy, RedFlag.EveryoneOnlyTakes]];
        var inputs =
            from goal in Enum.GetValues<Goal>()
            from style in Enum.GetValues<NetworkerStyle>()
            from knowledge in levels
            from service in levels
            from referral in levels
            from rating in new int?[] { null, 1, 3, 5 }
            from flags in flagSets
            from status in Enum.GetValues<NetworkStatus>()
            select (Builder: new AssessmentInputBuilder().Answered(knowledge, service, referral).For(goal, style).WithStatus(status).Flagged(flags), rating, status);
        var cases = 0;
        foreach (var (builder, rating, status) in inputs)
        {
            if (rating is int value)
            {
                builder.RatedAll(value);
            }
            var result = builder.Evaluate();
            cases++;

            var steps = result.NextSteps;
            if (result.Fit.Level == FitLevel.Poor)
            {
                Assert.NotEqual(Recommendation.Engage, result.Recommendation);
            }
            if (result.Recommendation == Recommendation.Engage)
            {
                Assert.DoesNotContain(NextStep.LookForNetworkOfType, steps);
                Assert.DoesNotContain(NextStep.SetExitDate, steps);
                Assert.DoesNotContain(NextStep.DeclineFriendly, steps);
                Assert.Empty(result.KnockOuts);
            }
            if (result.Recommendation == Recommendation.Leave)
            {
                Assert.DoesNotContain(NextStep.CommitToRole, steps);
                Assert.DoesNotContain(NextStep.JoinWithAPlan, steps);
                Assert.DoesNotContain(NextStep.PlanRegularPresence, steps);
                Assert.DoesNotContain(NextStep.AddressRedFlagsOpenly, steps);
                Assert.DoesNotContain(NextStep.PlanLongerTrial, steps);
            }
            if (status != NetworkStatus.Member && status != NetworkStatus.Trial)
            {
                Assert.DoesNotContain(NextStep.AddressRedFlagsOpenly, steps);
                Assert.DoesNotContain(NextStep.SetExitDate, steps);
                Assert.DoesNotContain(NextStep.CommitToRole, steps);
            }
            if (result.KnockOuts.Count > 0)
            {
                Assert.Equal(Recommendation.Leave, result.Recommendation);
            }
            Assert.True(steps.Count is > 0 and <= NextStepPlanner.MaxNextSteps);
        }
        Assert.Equal(4 * 2 * 27 * 4 * 4 * 4, cases);
    }
}
