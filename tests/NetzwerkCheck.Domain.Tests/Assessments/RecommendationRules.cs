using NetzwerkCheck.Domain.Assessments;

namespace NetzwerkCheck.Domain.Tests.Assessments;

public sealed class RecommendationRules
{
    // Profile 67/0/33: soft criteria 0.225 each, Results 0.10. Rating all four soft criteria the same
    // and Results differently lets a test hit a score exactly.
    private static AssessmentInputBuilder Scoring(int soft, int results) =>
        new AssessmentInputBuilder().RatedAll(soft).Rated(Criterion.Results, results);

    [Fact]
    public void StrongScoreMeansEngage()
    {
        var result = Scoring(5, 5).Evaluate();

        Assert.Equal((Recommendation.Engage, RecommendationReason.StrongScore), (result.Recommendation, result.Reason));
    }

    [Theory]
    [InlineData(65, Recommendation.Engage)]
    [InlineData(64, Recommendation.KeepTesting)]
    [InlineData(40, Recommendation.KeepTesting)]
    [InlineData(39, Recommendation.Leave)]
    public void ThresholdsAreInclusiveForEngageAndExclusiveForLeave(int score, Recommendation expected)
    {
        var rules = AssessmentRules.Default;
        var result = Scoring(4, 4).Evaluate(); // 75 points everywhere
        var shifted = rules with { EngageThreshold = rules.EngageThreshold + 75 - score, LeaveThreshold = rules.LeaveThreshold + 75 - score };

        Assert.Equal(75, result.Score);
        Assert.Equal(expected, Scoring(4, 4).Evaluate(shifted).Recommendation);
    }

    [Fact]
    public void WeakScoreMeansLeave()
    {
        // 0.225·4·25 + 0.10·0 = 22.5 → 23
        var result = Scoring(2, 1).Evaluate();

        Assert.Equal(23, result.Score);
        Assert.Equal((Recommendation.Leave, RecommendationReason.WeakScore), (result.Recommendation, result.Reason));
    }

    [Fact]
    public void TooLittleEvidenceMeansKeepTestingWhateverTheScore()
    {
        // Conduct and Size only: 45 % complete, score 100.
        var result = new AssessmentInputBuilder().Rated(Criterion.Conduct, 5).Rated(Criterion.Size, 5).Evaluate();

        Assert.Equal(100, result.Score);
        Assert.Equal((Recommendation.KeepTesting, RecommendationReason.NotEnoughEvidence), (result.Recommendation, result.Reason));
    }

    [Fact]
    public void OneRedFlagCapsEngageAtKeepTesting()
    {
        var result = Scoring(5, 5).Flagged(RedFlag.NewcomersIgnored).Evaluate();

        Assert.Equal((Recommendation.KeepTesting, RecommendationReason.CappedByRedFlags), (result.Recommendation, result.Reason));
    }

    [Fact]
    public void TwoRedFlagsMeanLeaveEvenWithPerfectRatings()
    {
        var result = Scoring(5, 5).Flagged(RedFlag.OssifiedStructures, RedFlag.EveryoneOnlyTakes).Evaluate();

        Assert.Equal((Recommendation.Leave, RecommendationReason.CappedByRedFlags), (result.Recommendation, result.Reason));
        Assert.Equal(100, result.Score);
    }

    [Fact]
    public void TheSameRedFlagTwiceCountsOnce()
    {
        var result = Scoring(5, 5).Flagged(RedFlag.PressureToBuy, RedFlag.PressureToBuy).Evaluate();

        Assert.Equal(Recommendation.KeepTesting, result.Recommendation);
        Assert.Single(result.RedFlags);
    }

    [Fact]
    public void ARedFlagNeverRaisesALeave()
    {
        var result = Scoring(1, 1).Flagged(RedFlag.NewcomersIgnored).Evaluate();

        Assert.Equal((Recommendation.Leave, RecommendationReason.WeakScore), (result.Recommendation, result.Reason));
    }

    [Fact]
    public void TooShortTrialCapsEngage()
    {
        var result = Scoring(5, 5).WithTrialWeeks(3).Evaluate();

        Assert.Equal((Recommendation.KeepTesting, RecommendationReason.TrialTooShort), (result.Recommendation, result.Reason));
    }
}
