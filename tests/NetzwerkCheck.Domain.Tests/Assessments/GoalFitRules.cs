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
}
