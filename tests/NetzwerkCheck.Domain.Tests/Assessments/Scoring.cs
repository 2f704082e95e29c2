using NetzwerkCheck.Domain.Assessments;

namespace NetzwerkCheck.Domain.Tests.Assessments;

public sealed class Scoring
{
    [Fact]
    public void NothingRatedGivesNoScoreAndZeroCompleteness()
    {
        var result = new AssessmentInputBuilder().Evaluate();

        Assert.Null(result.Score);
        Assert.Equal(0, result.CompletenessPercent);
        Assert.All(result.Criteria, c => Assert.Equal(CriterionState.Open, c.State));
    }

    [Fact]
    public void ScoreIsTheWeightedMeanOfTheRatedCriteria()
    {
        // Profile 67/0/33 → Results 0.10, each soft criterion 0.225.
        // Points: Conduct 5 → 100, Size 3 → 50, Interviews 4 → 75, Trial 2 → 25, Results 1 → 0.
        // Score = 0.225·(100+50+75+25) + 0.10·0 = 56.25 → 56.
        var result = new AssessmentInputBuilder()
            .Rated(Criterion.Conduct, 5).Rated(Criterion.Size, 3).Rated(Criterion.MemberInterviews, 4)
            .Rated(Criterion.TrialPeriod, 2).Rated(Criterion.Results, 1).WithTrialWeeks(12)
            .Evaluate();

        Assert.Equal(56, result.Score);
        Assert.Equal(100, result.CompletenessPercent);
        Assert.Equal(new int?[] { 100, 50, 75, 25, 0 }, result.Criteria.Select(c => c.Points));
    }

    [Fact]
    public void OpenCriteriaAreLeftOutNotCountedAsZero()
    {
        // Only Conduct 5 (100) and Size 4 (75) rated, 0.225 each: score = (100 + 75) / 2 = 87.5 → 88; completeness 45 %.
        var result = new AssessmentInputBuilder().Rated(Criterion.Conduct, 5).Rated(Criterion.Size, 4).Evaluate();

        Assert.Equal(88, result.Score);
        Assert.Equal(45, result.CompletenessPercent);
        Assert.Equal(CriterionState.Open, result.Criteria.Single(c => c.Criterion == Criterion.MemberInterviews).State);
    }

    [Fact]
    public void TooShortTrialIsAFindingNotABadScore()
    {
        var rated = new AssessmentInputBuilder().Rated(Criterion.Conduct, 5).Rated(Criterion.Size, 5).Rated(Criterion.MemberInterviews, 5);

        var tooShort = rated.Rated(Criterion.TrialPeriod, 1).WithTrialWeeks(4).Evaluate();

        Assert.True(tooShort.TrialTooShort);
        Assert.Equal(100, tooShort.Score);
        Assert.Equal(CriterionState.TrialTooShort, tooShort.Criteria.Single(c => c.Criterion == Criterion.TrialPeriod).State);
        Assert.Equal(68, tooShort.CompletenessPercent); // 3 × 0.225 = 0.675 → 68 %
    }

    [Fact]
    public void MinimumTrialIsConfigurable()
    {
        var input = new AssessmentInputBuilder().RatedAll(4).WithTrialWeeks(6);

        Assert.True(input.Evaluate().TrialTooShort);
        Assert.False(input.Evaluate(AssessmentRules.Default with { MinimumTrialWeeks = 4 }).TrialTooShort);
    }

    [Fact]
    public void NoTrialYetLeavesTheCriterionOpenEvenIfRated()
    {
        var result = new AssessmentInputBuilder().Rated(Criterion.TrialPeriod, 5).WithTrialWeeks(null).Evaluate();

        Assert.Equal(CriterionState.Open, result.Criteria.Single(c => c.Criterion == Criterion.TrialPeriod).State);
        Assert.False(result.TrialTooShort);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    [InlineData(-3)]
    public void OutOfRangeRatingsAreOpen(int rating)
    {
        var result = new AssessmentInputBuilder().Rated(Criterion.Conduct, rating).Evaluate();

        Assert.Equal(CriterionState.Open, result.Criteria[0].State);
        Assert.Null(result.Score);
    }

    [Fact]
    public void ServiceNetworkIsJudgedMainlyByItsResults()
    {
        // Pure service profile: Results 0.70, soft 0.075 each. Results 5 (100), soft all 1 (0) → 70.
        var result = new AssessmentInputBuilder().Answered(0, 4, 0).RatedAll(1).Rated(Criterion.Results, 5).Evaluate();

        Assert.Equal(70, result.Score);
    }
}
