using NetzwerkCheck.Domain.Assessments;
using NetzwerkCheck.Domain.Networks;

namespace NetzwerkCheck.Domain.Tests.Networks;

public sealed class AssessmentTrendTests
{
    private static readonly AssessmentRules Rules = AssessmentRules.Default;
    private static readonly DateTime March = new(2026, 3, 2, 9, 0, 0, DateTimeKind.Utc);

    // Clear knowledge network (50/20/30: margin 20 > 10), clear service network (20/55/25: margin 30),
    // and an unclear one (40/35/25: margin 5 ≤ 10).
    private static AssessmentSnapshot Knowledge(int daysLater, int? score, Recommendation recommendation = Recommendation.KeepTesting) =>
        new(March.AddDays(daysLater), score, recommendation, 50, 20, 30);

    private static AssessmentSnapshot Service(int daysLater, int? score) =>
        new(March.AddDays(daysLater), score, Recommendation.Engage, 20, 55, 25);

    private static AssessmentSnapshot Unclear(int daysLater, int? score) =>
        new(March.AddDays(daysLater), score, Recommendation.KeepTesting, 40, 35, 25);

    [Fact]
    public void FewerThanTwoCompletedAssessmentsHaveNoTrend()
    {
        Assert.Null(AssessmentTrend.Of([], Rules));
        Assert.Null(AssessmentTrend.Of([Knowledge(0, 58)], Rules));
    }

    [Fact]
    public void ScoreRisingFrom58To70IsPlus12()
    {
        var trend = AssessmentTrend.Of([Knowledge(0, 58), Knowledge(90, 70)], Rules)!;

        Assert.Equal(ScoreTrend.Rose, trend.Score);
        Assert.Equal(12, trend.ScoreDelta);
        Assert.True(trend.ScoreSpansAllAssessments);
    }

    [Fact]
    public void ScoreFallingFrom81To47IsMinus34()
    {
        var trend = AssessmentTrend.Of([Knowledge(0, 81), Knowledge(60, 47)], Rules)!;

        Assert.Equal(ScoreTrend.Fell, trend.Score);
        Assert.Equal(-34, trend.ScoreDelta);
    }

    [Fact]
    public void SameScoreIsUnchanged()
    {
        var trend = AssessmentTrend.Of([Knowledge(0, 63), Knowledge(30, 55), Knowledge(60, 63)], Rules)!;

        Assert.Equal(ScoreTrend.Unchanged, trend.Score);
        Assert.Equal(0, trend.ScoreDelta);
    }

    [Fact]
    public void AssessmentsAreOrderedByCompletionWhateverTheInputOrder()
    {
        var trend = AssessmentTrend.Of([Knowledge(120, 75), Knowledge(0, 50), Knowledge(45, 60)], Rules)!;

        Assert.Equal([50, 60, 75], trend.Assessments.Select(a => a.Score));
        Assert.Equal(25, trend.ScoreDelta);
        Assert.Equal(March, trend.First.CompletedUtc);
        Assert.Equal(March.AddDays(120), trend.Latest.CompletedUtc);
    }

    [Fact]
    public void AssessmentsWithoutScoreAreSkippedForTheScoreComparison()
    {
        // First assessment had too much open for a score; compare 64 (day 30) with 52 (day 90).
        var trend = AssessmentTrend.Of([Knowledge(0, null), Knowledge(30, 64), Knowledge(90, 52), Knowledge(120, null)], Rules)!;

        Assert.Equal(ScoreTrend.Fell, trend.Score);
        Assert.Equal(-12, trend.ScoreDelta);
        Assert.Equal(March.AddDays(30), trend.FirstScored!.CompletedUtc);
        Assert.Equal(March.AddDays(90), trend.LatestScored!.CompletedUtc);
        Assert.False(trend.ScoreSpansAllAssessments);
    }

    [Fact]
    public void OnlyOneScoredAssessmentIsNotComparable()
    {
        var trend = AssessmentTrend.Of([Knowledge(0, null), Knowledge(30, 64)], Rules)!;

        Assert.Equal(ScoreTrend.NotComparable, trend.Score);
        Assert.Null(trend.ScoreDelta);
        Assert.Null(trend.FirstScored);
    }

    [Fact]
    public void CoreIdeaShiftFromKnowledgeToServiceIsAChange()
    {
        var trend = AssessmentTrend.Of([Knowledge(0, 58), Service(90, 70)], Rules)!;

        Assert.Equal(CoreIdeaTrend.Changed, trend.CoreIdea);
        Assert.Equal(NetworkType.Knowledge, trend.FirstPrimary);
        Assert.Equal(NetworkType.Service, trend.LatestPrimary);
        Assert.True(trend.RecommendationChanged);
    }

    [Fact]
    public void SamePrimaryTypeIsUnchangedEvenWhenSharesMove()
    {
        var later = new AssessmentSnapshot(March.AddDays(90), 70, Recommendation.KeepTesting, 67, 0, 33);

        var trend = AssessmentTrend.Of([Knowledge(0, 58), later], Rules)!;

        Assert.Equal(CoreIdeaTrend.Unchanged, trend.CoreIdea);
        Assert.Equal(NetworkType.Knowledge, trend.LatestPrimary);
        Assert.False(trend.RecommendationChanged);
    }

    [Fact]
    public void UnclearProfileAtEitherEndMakesTheCoreIdeaTrendUnclear()
    {
        Assert.Equal(CoreIdeaTrend.Unclear, AssessmentTrend.Of([Unclear(0, 50), Service(30, 60)], Rules)!.CoreIdea);
        Assert.Equal(CoreIdeaTrend.Unclear, AssessmentTrend.Of([Service(0, 50), Unclear(30, 60)], Rules)!.CoreIdea);
    }

    [Theory]
    [InlineData(40, 35, 25, true)]  // margin 5
    [InlineData(45, 35, 20, true)]  // margin 10, the limit counts as unclear
    [InlineData(46, 35, 19, false)] // margin 11
    public void ProfileUnclearFollowsTheClassificationMargin(int knowledge, int service, int referral, bool unclear) =>
        Assert.Equal(unclear, new AssessmentSnapshot(March, 50, Recommendation.KeepTesting, knowledge, service, referral).IsProfileUnclear(Rules));

    [Fact]
    public void WiderMarginFromTheRulesMakesMoreProfilesUnclear()
    {
        var rules = Rules with { UnclearMarginPercent = 25 };

        Assert.Equal(CoreIdeaTrend.Unclear, AssessmentTrend.Of([Knowledge(0, 58), Service(90, 70)], rules)!.CoreIdea);
    }

    private static AssessmentSnapshot Rated(int daysLater, int? score, int completeness) =>
        new(March.AddDays(daysLater), score, Recommendation.KeepTesting, 50, 20, 30, completeness);

    [Fact]
    public void RiseFromRatingMoreCriteriaIsALimitedComparison()
    {
        // March: only Umgang and Ergebnisse rated (45 %), 58 points; June: all five (100 %), 70 points.
        var trend = AssessmentTrend.Of([Rated(0, 58, 45), Rated(90, 70, 100)], Rules)!;

        Assert.Equal(ScoreTrend.Rose, trend.Score);
        Assert.Equal(12, trend.ScoreDelta);
        Assert.Equal(CompletenessTrend.MoreRated, trend.Completeness);
        Assert.True(trend.ScoreComparisonIsLimited);
    }

    [Fact]
    public void FallAfterRatingFewerCriteriaIsALimitedComparison()
    {
        var trend = AssessmentTrend.Of([Rated(0, 75, 78), Rated(60, 50, 60)], Rules)!;

        Assert.Equal(CompletenessTrend.FewerRated, trend.Completeness);
        Assert.True(trend.ScoreComparisonIsLimited);
    }

    [Theory]
    [InlineData(68, 77, CompletenessTrend.Similar)]  // 9 points apart
    [InlineData(68, 78, CompletenessTrend.MoreRated)] // 10 points, the limit
    [InlineData(78, 68, CompletenessTrend.FewerRated)]
    [InlineData(100, 100, CompletenessTrend.Similar)]
    public void CompletenessGapOfTenPointsLimitsTheComparison(int before, int after, CompletenessTrend expected) =>
        Assert.Equal(expected, AssessmentTrend.Of([Rated(0, 60, before), Rated(30, 66, after)], Rules)!.Completeness);

    [Fact]
    public void CompletenessComparesTheTwoScoredAssessments()
    {
        // The unscored first check (30 %) is not part of the score comparison: 70 % vs 75 % is similar.
        var trend = AssessmentTrend.Of([Rated(0, null, 30), Rated(30, 55, 70), Rated(60, 61, 75)], Rules)!;

        Assert.Equal(CompletenessTrend.Similar, trend.Completeness);
        Assert.False(trend.ScoreComparisonIsLimited);
    }

    [Fact]
    public void WithoutScoreComparisonOrStoredCompletenessItIsUnknown()
    {
        Assert.Equal(CompletenessTrend.Unknown, AssessmentTrend.Of([Rated(0, null, 30), Rated(30, 55, 70)], Rules)!.Completeness);
        Assert.Equal(CompletenessTrend.Unknown, AssessmentTrend.Of([Knowledge(0, 58), Rated(30, 70, 100)], Rules)!.Completeness);
    }
}
