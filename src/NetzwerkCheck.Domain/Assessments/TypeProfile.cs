namespace NetzwerkCheck.Domain.Assessments;

/// <summary>
/// The network's core idea as shares of the three types. Shares are whole percentages that always
/// add up to 100; when the two largest are close the profile is explicitly unclear.
/// </summary>
public sealed record TypeProfile(int KnowledgePercent, int ServicePercent, int ReferralPercent)
{
    public NetworkType Primary => Ranked[0];

    public NetworkType Secondary => Ranked[1];

    public bool IsUnclear { get; init; }

    private NetworkType[] Ranked =>
        [.. Enum.GetValues<NetworkType>().OrderByDescending(ShareOf).ThenBy(t => t)];

    public int ShareOf(NetworkType type) => type switch
    {
        NetworkType.Knowledge => KnowledgePercent,
        NetworkType.Service => ServicePercent,
        NetworkType.Referral => ReferralPercent,
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    public static TypeProfile Classify(IReadOnlyDictionary<string, int> answers, AssessmentRules rules)
    {
        ArgumentNullException.ThrowIfNull(answers);
        ArgumentNullException.ThrowIfNull(rules);

        var types = Enum.GetValues<NetworkType>();
        var sums = types.ToDictionary(t => t, _ => 0);
        foreach (var question in ClassificationQuestions.All)
        {
            if (answers.TryGetValue(question.Key, out var answer))
            {
                sums[question.Type] += Math.Clamp(answer, ClassificationQuestions.MinAnswer, ClassificationQuestions.MaxAnswer);
            }
        }

        return FromSums(sums, rules.UnclearMarginPercent);
    }

    /// <summary>Shares from plain counts (e.g. members' votes), clear or unclear by the default margin.</summary>
    public static TypeProfile FromCounts(IReadOnlyDictionary<NetworkType, int> counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        var sums = Enum.GetValues<NetworkType>().ToDictionary(t => t, t => Math.Max(0, counts.GetValueOrDefault(t)));
        return FromSums(sums, AssessmentRules.Default.UnclearMarginPercent);
    }

    private static TypeProfile FromSums(Dictionary<NetworkType, int> sums, int unclearMargin)
    {
        var total = sums.Values.Sum();
        var percents = total == 0
            ? new Dictionary<NetworkType, int> { [NetworkType.Knowledge] = 34, [NetworkType.Service] = 33, [NetworkType.Referral] = 33 }
            : LargestRemainder(sums, total);
        var profile = new TypeProfile(percents[NetworkType.Knowledge], percents[NetworkType.Service], percents[NetworkType.Referral]);
        var isUnclear = total == 0 || profile.ShareOf(profile.Primary) - profile.ShareOf(profile.Secondary) <= unclearMargin;
        return profile with { IsUnclear = isUnclear };
    }

    /// <summary>Floors every share, then hands the missing points to the largest remainders (ties in enum order).</summary>
    private static Dictionary<NetworkType, int> LargestRemainder(Dictionary<NetworkType, int> sums, int total)
    {
        var percents = sums.ToDictionary(s => s.Key, s => s.Value * 100 / total);
        var missing = 100 - percents.Values.Sum();
        foreach (var type in sums.Keys.OrderByDescending(t => sums[t] * 100 % total).ThenBy(t => t).Take(missing))
        {
            percents[type]++;
        }
        return percents;
    }
}
