using NetzwerkCheck.Domain.Assessments;
using NetzwerkCheck.Domain.Surveys;

namespace NetzwerkCheck.Domain.Tests.Surveys;

public sealed class SurveySummaryRules
{
    private static SurveyResponse Answer(int conduct, int value, NetworkType seenAs, bool recommend, string? comment = null) => new()
    {
        ConductRating = conduct,
        ValueRating = value,
        SeenAs = seenAs,
        WouldRecommend = recommend,
        Comment = comment,
        RespondentHash = Guid.NewGuid().ToString("N"),
    };

    [Fact]
    public void BelowTheMinimumOnlyTheCountIsKnown()
    {
        var summary = SurveySummary.From([Answer(5, 5, NetworkType.Knowledge, true, "Toll")], 3);

        Assert.Equal(1, summary.Count);
        Assert.False(summary.IsVisible);
        Assert.Null(summary.AverageConduct);
        Assert.Empty(summary.Comments);
        Assert.Null(summary.SuggestedRating);
    }

    [Fact]
    public void FromTheMinimumTheAggregateIsShown()
    {
        // Conduct (5 + 4 + 3) / 3 = 4.0, value (4 + 4 + 2) / 3 = 3.33; 2 of 3 recommend = 67 %;
        // seen as Referral 2, Knowledge 1 → 33/0/67; suggested round((4.0 + 3.33) / 2) = round(3.67) = 4.
        var summary = SurveySummary.From(
        [
            Answer(5, 4, NetworkType.Referral, true, "Herzliche Runde"),
            Answer(4, 4, NetworkType.Referral, true),
            Answer(3, 2, NetworkType.Knowledge, false, "  "),
        ], 3);

        Assert.True(summary.IsVisible);
        Assert.Equal(4.0, summary.AverageConduct!.Value, 3);
        Assert.Equal(3.333, summary.AverageValue!.Value, 3);
        Assert.Equal(67, summary.RecommendPercent);
        Assert.Equal(new TypeProfile(33, 0, 67), summary.SeenAs! with { IsUnclear = false });
        Assert.Equal(NetworkType.Referral, summary.SeenAs!.Primary);
        Assert.Equal(["Herzliche Runde"], summary.Comments);
        Assert.Equal(4, summary.SuggestedRating);
    }

    [Theory]
    [InlineData(4.0, 4.0, 80, 4)]
    [InlineData(4.0, 4.0, 40, 4)] // 4.0 − 0.5 = 3.5 → 4 (half away from zero)
    [InlineData(3.6, 3.2, 20, 3)] // 3.4 − 0.5 = 2.9 → 3
    [InlineData(1.0, 1.0, 0, 1)]  // 0.5 → 1, never below the scale
    [InlineData(5.0, 5.0, 100, 5)]
    public void SuggestedRatingFollowsTheAveragesAndRecommendations(double conduct, double value, int recommend, int expected) =>
        Assert.Equal(expected, SurveySummary.Suggest(conduct, value, recommend));

    [Fact]
    public void MinimumIsConfigurable()
    {
        var answers = new[] { Answer(4, 4, NetworkType.Service, true), Answer(2, 3, NetworkType.Service, false) };

        Assert.False(SurveySummary.From(answers, 3).IsVisible);
        Assert.True(SurveySummary.From(answers, 2).IsVisible);
    }
}
