using NetzwerkCheck.Domain.Assessments;

namespace NetzwerkCheck.Domain.Tests.Assessments;

public sealed class GoalFitRules
{
    [Fact]
    public void GathererInAKnowledgeNetworkFits()
    {
        // 67/0/33 with ShareKnowledge: 67·1.0 + 0·0.2 + 33·0.3 = 76.9 → 77
        var fit = GoalFit.Assess(Goal.ShareKnowledge, NetworkerStyle.Gatherer, new TypeProfile(67, 0, 33));

        Assert.Equal(new GoalFit(FitLevel.Good, FitReason.GathererInKnowledgeNetwork, 77), fit);
    }

    [Fact]
    public void HunterInAPureKnowledgeNetworkIsToldSo()
    {
        // WinClients in 80/10/10: 80·0.2 + 10·0.7 + 10·0.8 = 31
        var fit = GoalFit.Assess(Goal.WinClients, NetworkerStyle.Hunter, new TypeProfile(80, 10, 10));

        Assert.Equal(new GoalFit(FitLevel.Poor, FitReason.HunterInKnowledgeNetwork, 31), fit);
    }

    [Fact]
    public void HunterInAMostlyKnowledgeNetworkFitsAtMostPartly()
    {
        // SourceServices in 55/45/0: 55·0.2 + 45·1.0 = 56 → Partial anyway; reason names the knowledge focus.
        var fit = GoalFit.Assess(Goal.SourceServices, NetworkerStyle.Hunter, new TypeProfile(55, 45, 0));

        Assert.Equal((FitLevel.Partial, FitReason.HunterInKnowledgeNetwork), (fit.Level, fit.Reason));
    }

    [Fact]
    public void HunterInAMarketplaceFits()
    {
        // WinClients in 10/40/50: 10·0.2 + 40·0.7 + 50·0.8 = 70
        var fit = GoalFit.Assess(Goal.WinClients, NetworkerStyle.Hunter, new TypeProfile(10, 40, 50));

        Assert.Equal(new GoalFit(FitLevel.Good, FitReason.HunterInMarketplace, 70), fit);
    }

    [Fact]
    public void GathererInAServiceNetworkIsWarned()
    {
        // ShareKnowledge in 20/60/20: 20 + 12 + 6 = 38 → Poor
        var fit = GoalFit.Assess(Goal.ShareKnowledge, NetworkerStyle.Gatherer, new TypeProfile(20, 60, 20));

        Assert.Equal(new GoalFit(FitLevel.Poor, FitReason.GathererInMarketplace, 38), fit);
    }

    [Fact]
    public void MissingGoalOrStyleIsPartialWithAReason()
    {
        Assert.Equal(FitReason.GoalOrStyleMissing, GoalFit.Assess(null, NetworkerStyle.Hunter, new TypeProfile(34, 33, 33)).Reason);
        Assert.Equal(FitReason.GoalOrStyleMissing, GoalFit.Assess(Goal.WinClients, null, new TypeProfile(34, 33, 33)).Reason);
    }

    [Fact]
    public void UnclearCoreIdeaIsNamed()
    {
        var profile = new TypeProfile(30, 35, 35) { IsUnclear = true };

        var fit = GoalFit.Assess(Goal.BuildRelationships, NetworkerStyle.Gatherer, profile);

        // 30·0.5 + 35·0.3 + 35·1.0 = 60.5 → 61 (rounded half away from zero)
        Assert.Equal(new GoalFit(FitLevel.Partial, FitReason.CoreIdeaUnclear, 61), fit);
    }

    [Theory]
    [InlineData(Goal.BuildRelationships, 4, 40, 56, 70, FitLevel.Good, FitReason.GoalMatchesCoreIdea)]    // 2 + 12 + 56
    [InlineData(Goal.BuildRelationships, 6, 40, 54, 69, FitLevel.Partial, FitReason.GoalPartlyMatches)]   // 3 + 12 + 54
    [InlineData(Goal.ShareKnowledge, 25, 25, 50, 45, FitLevel.Partial, FitReason.GoalPartlyMatches)]      // 25 + 5 + 15
    [InlineData(Goal.ShareKnowledge, 20, 0, 80, 44, FitLevel.Poor, FitReason.GoalMissesCoreIdea)]         // 20 + 0 + 24
    public void LevelBoundariesForAGathererOutsideKnowledgeAndServiceNetworks(
        Goal goal, int knowledge, int service, int referral, int percent, FitLevel level, FitReason reason)
    {
        var fit = GoalFit.Assess(goal, NetworkerStyle.Gatherer, new TypeProfile(knowledge, service, referral));

        Assert.Equal(new GoalFit(level, reason, percent), fit);
    }

    [Theory]
    [InlineData(Goal.SourceServices, 49, 30, 21, 48, FitLevel.Partial, FitReason.GoalPartlyMatches)]        // 9.8 + 30 + 8.4 = 48.2
    [InlineData(Goal.SourceServices, 50, 30, 20, 48, FitLevel.Partial, FitReason.HunterInKnowledgeNetwork)] // 10 + 30 + 8
    [InlineData(Goal.ShareKnowledge, 60, 0, 40, 72, FitLevel.Partial, FitReason.HunterInKnowledgeNetwork)]  // 72 would be good: capped
    [InlineData(Goal.ShareKnowledge, 69, 0, 31, 78, FitLevel.Partial, FitReason.HunterInKnowledgeNetwork)]  // 69 + 9.3 = 78.3
    [InlineData(Goal.ShareKnowledge, 70, 0, 30, 79, FitLevel.Poor, FitReason.HunterInKnowledgeNetwork)]     // 70 + 9
    [InlineData(Goal.WinClients, 41, 30, 29, 52, FitLevel.Partial, FitReason.GoalPartlyMatches)]            // 8.2 + 21 + 23.2: market 59 %
    [InlineData(Goal.WinClients, 40, 30, 30, 53, FitLevel.Partial, FitReason.HunterInMarketplace)]          // 8 + 21 + 24: market 60 %
    public void HunterBoundaries(Goal goal, int knowledge, int service, int referral, int percent, FitLevel level, FitReason reason)
    {
        var fit = GoalFit.Assess(goal, NetworkerStyle.Hunter, new TypeProfile(knowledge, service, referral));

        Assert.Equal(new GoalFit(level, reason, percent), fit);
    }

    [Theory]
    [InlineData(49, FitReason.GoalMissesCoreIdea)]   // 20 + 9.8 + 9.3 = 39.1
    [InlineData(50, FitReason.GathererInMarketplace)] // 20 + 10 + 9 = 39
    public void GathererIsWarnedFromHalfServiceShare(int service, FitReason reason)
    {
        var fit = GoalFit.Assess(Goal.ShareKnowledge, NetworkerStyle.Gatherer, new TypeProfile(20, service, 80 - service));

        Assert.Equal(new GoalFit(FitLevel.Poor, reason, 39), fit);
    }

    [Fact]
    public void WithoutStyleTheGoalStillGivesAPercentButOnlyPartialFit()
    {
        // WinClients in 10/40/50 would be 70 % (good) for a hunter.
        Assert.Equal(new GoalFit(FitLevel.Partial, FitReason.GoalOrStyleMissing, 70), GoalFit.Assess(Goal.WinClients, null, new TypeProfile(10, 40, 50)));
        Assert.Equal(new GoalFit(FitLevel.Partial, FitReason.GoalOrStyleMissing, 50), GoalFit.Assess(null, null, new TypeProfile(10, 40, 50)));
    }

    [Fact]
    public void AffinitiesOfEveryGoalStayBetweenZeroAndOneWithOneFullMatch()
    {
        foreach (var goal in Enum.GetValues<Goal>())
        {
            var affinities = Enum.GetValues<NetworkType>().Select(t => GoalFit.Affinity(goal, t)).ToList();
            Assert.All(affinities, a => Assert.InRange(a, 0.1, 1.0));
            Assert.Contains(affinities, a => a >= 0.8);
        }
    }
}
