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
        var result = Scoring(5, 5).Flagged(RedFlag.GroupDynamicsAgainstPurpose, RedFlag.EveryoneOnlyTakes).Evaluate();

        Assert.Equal((Recommendation.Leave, RecommendationReason.TooManyRedFlags), (result.Recommendation, result.Reason));
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

    // Profile 25/50/25 (answers 2, 4, 2): Ergebnisse 0.40, each soft criterion 0.15. A Sammler who wants to buy services:
    // fit 25·0.2 + 50·1.0 + 25·0.4 = 65 % → partial, so the goal never decides these rows.
    [Theory]
    [InlineData(4, 4, 4, 4, 3, 65, Recommendation.Engage)]      // 0.15·(75·4) + 0.40·50 = 45 + 20 = 65
    [InlineData(3, 3, 3, 4, 4, 64, Recommendation.KeepTesting)] // 0.15·(50+50+50+75) + 0.40·75 = 33.75 + 30 = 63.75 → 64
    [InlineData(3, 3, 3, 3, 2, 40, Recommendation.KeepTesting)] // 0.15·(50·4) + 0.40·25 = 30 + 10 = 40
    [InlineData(2, 2, 2, 3, 3, 39, Recommendation.Leave)]       // 0.15·(25+25+25+50) + 0.40·50 = 18.75 + 20 = 38.75 → 39
    public void RealScoresAtTheThresholds(int conduct, int size, int interviews, int trial, int results, int score, Recommendation expected)
    {
        var result = new AssessmentInputBuilder().Answered(2, 4, 2).For(Goal.SourceServices, NetworkerStyle.Gatherer)
            .Rated(Criterion.Conduct, conduct).Rated(Criterion.Size, size).Rated(Criterion.MemberInterviews, interviews)
            .Rated(Criterion.TrialPeriod, trial).Rated(Criterion.Results, results).WithTrialWeeks(12)
            .Evaluate();

        Assert.Equal(50, result.Profile.ServicePercent);
        Assert.Equal(score, result.Score);
        Assert.Equal(100, result.CompletenessPercent);
        Assert.Equal(expected, result.Recommendation);
    }

    [Fact]
    public void CompletenessAtTheMinimumIsEnough()
    {
        // 25/50/25 with the four soft criteria rated and Ergebnisse open: 4 × 0.15 = 60 % complete.
        var input = new AssessmentInputBuilder().Answered(2, 4, 2).For(Goal.SourceServices, NetworkerStyle.Gatherer).RatedAll(5).Rated(Criterion.Results, null);

        var atMinimum = input.Evaluate();
        var stricter = input.Evaluate(AssessmentRules.Default with { MinimumCompletenessPercent = 61 });

        Assert.Equal(60, atMinimum.CompletenessPercent);
        Assert.Equal((Recommendation.Engage, RecommendationReason.StrongScorePartialFit), (atMinimum.Recommendation, atMinimum.Reason));
        Assert.Equal((Recommendation.KeepTesting, RecommendationReason.NotEnoughEvidence), (stricter.Recommendation, stricter.Reason));
    }

    [Fact]
    public void RedFlagReasonWinsOverTooShortTrial()
    {
        var result = Scoring(5, 5).WithTrialWeeks(3).Flagged(RedFlag.NewcomersIgnored).Evaluate();

        Assert.True(result.TrialTooShort);
        Assert.Equal((Recommendation.KeepTesting, RecommendationReason.CappedByRedFlags), (result.Recommendation, result.Reason));
    }

    [Fact]
    public void TwoRedFlagsDecideEvenWithoutAnyRating()
    {
        var result = new AssessmentInputBuilder().Flagged(RedFlag.PressureToBuy, RedFlag.NewcomersIgnored).Evaluate();

        Assert.Null(result.Score);
        Assert.Equal((Recommendation.Leave, RecommendationReason.TooManyRedFlags), (result.Recommendation, result.Reason));
    }

    [Fact]
    public void ShorterMinimumTrialTurnsKeepTestingIntoEngage()
    {
        var input = Scoring(5, 5).WithTrialWeeks(6);

        var byDefault = input.Evaluate();
        var withFourWeeks = input.Evaluate(AssessmentRules.Default with { MinimumTrialWeeks = 4 });

        // Default: 6 < 12 weeks → Probezeit not rated (completeness 78 %), score 100 from the rest, capped.
        Assert.Equal((Recommendation.KeepTesting, RecommendationReason.TrialTooShort), (byDefault.Recommendation, byDefault.Reason));
        Assert.Equal(78, byDefault.CompletenessPercent);
        Assert.Equal((Recommendation.Engage, RecommendationReason.StrongScore), (withFourWeeks.Recommendation, withFourWeeks.Reason));
        Assert.Equal(100, withFourWeeks.CompletenessPercent);
    }
}
