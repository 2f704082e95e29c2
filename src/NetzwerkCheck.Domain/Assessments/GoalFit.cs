namespace NetzwerkCheck.Domain.Assessments;

public enum FitLevel
{
    Good,
    Partial,
    Poor,
}

public enum FitReason
{
    GathererInKnowledgeNetwork,
    HunterInKnowledgeNetwork,
    HunterInMarketplace,
    GathererInMarketplace,
    GoalMatchesCoreIdea,
    GoalPartlyMatches,
    GoalMissesCoreIdea,
    CoreIdeaUnclear,
    GoalOrStyleMissing,
}

public sealed record GoalFit(FitLevel Level, FitReason Reason, int FitPercent)
{
    public const int GoodFrom = 70;
    public const int PartialFrom = 45;

    /// <summary>How strongly a network type serves a goal, 0 to 1 (documented in docs/rules.md).</summary>
    public static double Affinity(Goal goal, NetworkType type) => (goal, type) switch
    {
        (Goal.ShareKnowledge, NetworkType.Knowledge) => 1.0,
        (Goal.ShareKnowledge, NetworkType.Referral) => 0.3,
        (Goal.ShareKnowledge, NetworkType.Service) => 0.2,
        (Goal.WinClients, NetworkType.Referral) => 0.8,
        (Goal.WinClients, NetworkType.Service) => 0.7,
        (Goal.WinClients, NetworkType.Knowledge) => 0.2,
        (Goal.SourceServices, NetworkType.Service) => 1.0,
        (Goal.SourceServices, NetworkType.Referral) => 0.4,
        (Goal.SourceServices, NetworkType.Knowledge) => 0.2,
        (Goal.BuildRelationships, NetworkType.Referral) => 1.0,
        (Goal.BuildRelationships, NetworkType.Knowledge) => 0.5,
        (Goal.BuildRelationships, NetworkType.Service) => 0.3,
        _ => 0,
    };

    /// <summary>The kind of network that serves a goal best (the highest affinity).</summary>
    public static NetworkType BestTypeFor(Goal goal) =>
        Enum.GetValues<NetworkType>().OrderByDescending(t => Affinity(goal, t)).ThenBy(t => t).First();

    /// <summary>The goal a kind of network serves best: what a network of that core idea is good for.</summary>
    public static Goal BestGoalFor(NetworkType type) =>
        Enum.GetValues<Goal>().OrderByDescending(g => Affinity(g, type)).ThenBy(g => g).First();

    public static GoalFit Assess(Goal? goal, NetworkerStyle? style, TypeProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        if (goal is null || style is null)
        {
            var partial = goal is Goal g ? Percent(g, profile) : 50;
            return new GoalFit(FitLevel.Partial, FitReason.GoalOrStyleMissing, partial);
        }

        var percent = Percent(goal.Value, profile);
        var level = percent >= GoodFrom ? FitLevel.Good : percent >= PartialFrom ? FitLevel.Partial : FitLevel.Poor;
        var knowledge = profile.KnowledgePercent;

        return style.Value switch
        {
            NetworkerStyle.Gatherer when knowledge >= 50 => new GoalFit(FitLevel.Good, FitReason.GathererInKnowledgeNetwork, percent),
            NetworkerStyle.Hunter when knowledge >= 70 => new GoalFit(FitLevel.Poor, FitReason.HunterInKnowledgeNetwork, percent),
            NetworkerStyle.Hunter when knowledge >= 50 => new GoalFit(Min(level, FitLevel.Partial), FitReason.HunterInKnowledgeNetwork, percent),
            NetworkerStyle.Hunter when profile.ServicePercent + profile.ReferralPercent >= 60 => new GoalFit(level, FitReason.HunterInMarketplace, percent),
            NetworkerStyle.Gatherer when profile.ServicePercent >= 50 => new GoalFit(level, FitReason.GathererInMarketplace, percent),
            _ when profile.IsUnclear => new GoalFit(level, FitReason.CoreIdeaUnclear, percent),
            _ => new GoalFit(level, level switch
            {
                FitLevel.Good => FitReason.GoalMatchesCoreIdea,
                FitLevel.Partial => FitReason.GoalPartlyMatches,
                _ => FitReason.GoalMissesCoreIdea,
            }, percent),
        };
    }

    private static int Percent(Goal goal, TypeProfile profile) =>
        (int)Math.Round(Enum.GetValues<NetworkType>().Sum(t => profile.ShareOf(t) * Affinity(goal, t)), MidpointRounding.AwayFromZero);

    // Worse of two levels: Poor > Partial > Good in enum order.
    private static FitLevel Min(FitLevel a, FitLevel b) => (FitLevel)Math.Max((int)a, (int)b);
}
