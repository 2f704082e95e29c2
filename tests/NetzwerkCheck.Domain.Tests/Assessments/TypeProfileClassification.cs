using NetzwerkCheck.Domain.Assessments;

namespace NetzwerkCheck.Domain.Tests.Assessments;

public sealed class TypeProfileClassification
{
    private static readonly int[] CloseToMargin = [4, 4, 3, 3, 0, 0];

    private static TypeProfile Classify(params int[] answers) =>
        TypeProfile.Classify(
            ClassificationQuestions.All.Zip(answers).ToDictionary(p => p.First.Key, p => p.Second),
            AssessmentRules.Default);

    [Fact]
    public void SharesFollowTheAnswers()
    {
        // knowledge 4+4 = 8, service 0, referral 2+2 = 4; total 12 → 66.7 / 0 / 33.3
        var profile = Classify(4, 4, 0, 0, 2, 2);

        Assert.Equal((67, 0, 33), (profile.KnowledgePercent, profile.ServicePercent, profile.ReferralPercent));
        Assert.Equal(NetworkType.Knowledge, profile.Primary);
        Assert.Equal(NetworkType.Referral, profile.Secondary);
        Assert.False(profile.IsUnclear);
    }

    [Fact]
    public void EqualAnswersGiveAnUnclearProfileThatStillSumsToHundred()
    {
        var profile = Classify(1, 1, 1, 1, 1, 1);

        Assert.Equal((34, 33, 33), (profile.KnowledgePercent, profile.ServicePercent, profile.ReferralPercent));
        Assert.True(profile.IsUnclear);
    }

    [Fact]
    public void NoAnswersAreUnclearNotAnError()
    {
        var profile = TypeProfile.Classify(new Dictionary<string, int>(), AssessmentRules.Default);

        Assert.Equal(100, profile.KnowledgePercent + profile.ServicePercent + profile.ReferralPercent);
        Assert.True(profile.IsUnclear);
    }

    [Theory]
    [InlineData(4, 3, 3, 2, 0, 1, 54, 38, 8, false)] // 7/13, 5/13, 1/13: floors 53+38+7, the 2 missing points go to the largest remainders
    [InlineData(3, 3, 2, 3, 0, 0, 55, 45, 0, true)]  // 6/11, 5/11: gap 10 is within the margin
    [InlineData(4, 4, 3, 3, 0, 0, 57, 43, 0, false)] // 8/14, 6/14: gap 14
    public void TopTwoWithinTheMarginAreUnclear(int k1, int k2, int s1, int s2, int r1, int r2, int knowledge, int service, int referral, bool unclear)
    {
        var profile = Classify(k1, k2, s1, s2, r1, r2);

        Assert.Equal((knowledge, service, referral), (profile.KnowledgePercent, profile.ServicePercent, profile.ReferralPercent));
        Assert.Equal(unclear, profile.IsUnclear);
    }

    [Theory]
    [InlineData(1, 0, 1, 0, 1, 0, 34, 33, 33, NetworkType.Knowledge, NetworkType.Service)]  // thirds: the one spare point goes to Wissen
    [InlineData(1, 0, 0, 0, 0, 0, 100, 0, 0, NetworkType.Knowledge, NetworkType.Service)]
    [InlineData(1, 1, 1, 0, 0, 0, 67, 33, 0, NetworkType.Knowledge, NetworkType.Service)]
    [InlineData(2, 1, 2, 1, 2, 0, 38, 37, 25, NetworkType.Knowledge, NetworkType.Service)]  // 37.5 / 37.5 / 25: remainder tie, enum order
    [InlineData(4, 4, 4, 4, 4, 3, 35, 35, 30, NetworkType.Knowledge, NetworkType.Service)]  // 8/23, 8/23, 7/23: both spare points to the .78 remainders
    [InlineData(3, 0, 1, 0, 1, 0, 60, 20, 20, NetworkType.Knowledge, NetworkType.Service)]
    [InlineData(4, 3, 2, 2, 1, 1, 54, 31, 15, NetworkType.Knowledge, NetworkType.Service)]  // 53.8 / 30.8 / 15.4
    [InlineData(1, 0, 1, 1, 1, 1, 20, 40, 40, NetworkType.Service, NetworkType.Referral)]
    [InlineData(4, 4, 0, 1, 0, 0, 89, 11, 0, NetworkType.Knowledge, NetworkType.Service)]
    [InlineData(0, 0, 3, 3, 4, 4, 0, 43, 57, NetworkType.Referral, NetworkType.Service)]
    [InlineData(2, 2, 2, 2, 2, 1, 37, 36, 27, NetworkType.Knowledge, NetworkType.Service)]  // 4/11, 4/11, 3/11: 36.4 / 36.4 / 27.3
    [InlineData(1, 2, 3, 4, 0, 2, 25, 58, 17, NetworkType.Service, NetworkType.Knowledge)]
    public void LargestRemainderRoundingAddsUpToHundred(
        int k1, int k2, int s1, int s2, int r1, int r2, int knowledge, int service, int referral, NetworkType primary, NetworkType secondary)
    {
        var profile = Classify(k1, k2, s1, s2, r1, r2);

        Assert.Equal((knowledge, service, referral), (profile.KnowledgePercent, profile.ServicePercent, profile.ReferralPercent));
        Assert.Equal(100, knowledge + service + referral);
        Assert.Equal((primary, secondary), (profile.Primary, profile.Secondary));
    }

    [Fact]
    public void MarginIsConfigurable()
    {
        var answers = ClassificationQuestions.All.Zip(CloseToMargin).ToDictionary(p => p.First.Key, p => p.Second);

        Assert.False(TypeProfile.Classify(answers, AssessmentRules.Default).IsUnclear);
        Assert.True(TypeProfile.Classify(answers, AssessmentRules.Default with { UnclearMarginPercent = 15 }).IsUnclear);
    }

    [Fact]
    public void OutOfRangeAndUnknownAnswersCannotSkewTheProfile()
    {
        var answers = new Dictionary<string, int> { ["knowledge-talks"] = 400, ["service-deals"] = -9, ["referral-relationships"] = 4, ["made-up"] = 4 };

        var profile = TypeProfile.Classify(answers, AssessmentRules.Default);

        Assert.Equal((50, 0, 50), (profile.KnowledgePercent, profile.ServicePercent, profile.ReferralPercent));
    }

    [Fact]
    public void EveryPossibleAnswerCombinationSumsToExactlyHundred()
    {
        var checkedCombinations = 0;
        for (var code = 0; code < 15625; code++)
        {
            var answers = new int[6];
            var rest = code;
            for (var i = 0; i < 6; i++)
            {
                answers[i] = rest % 5;
                rest /= 5;
            }
            var profile = Classify(answers);
            Assert.Equal(100, profile.KnowledgePercent + profile.ServicePercent + profile.ReferralPercent);
            Assert.All(Enum.GetValues<NetworkType>(), t => Assert.InRange(profile.ShareOf(t), 0, 100));
            Assert.Equal(Enum.GetValues<NetworkType>().Max(profile.ShareOf), profile.ShareOf(profile.Primary));
            Assert.NotEqual(profile.Primary, profile.Secondary);
            checkedCombinations++;
        }
        Assert.Equal(15625, checkedCombinations);
    }
}
