using NetzwerkCheck.Domain.Assessments;

namespace NetzwerkCheck.Domain.Surveys;

/// <summary>
/// What the members said, in aggregate. Below the minimum number of answers nothing but the count is
/// revealed, so that no single answer can be read out of an average.
/// </summary>
public sealed record SurveySummary(
    int Count,
    bool IsVisible,
    double? AverageConduct,
    double? AverageValue,
    int? RecommendPercent,
    TypeProfile? SeenAs,
    IReadOnlyList<string> Comments,
    int? SuggestedRating)
{
    public static SurveySummary From(IReadOnlyCollection<SurveyResponse> responses, int minimumResponses)
    {
        ArgumentNullException.ThrowIfNull(responses);
        var count = responses.Count;
        if (count == 0 || count < minimumResponses)
        {
            return new SurveySummary(count, false, null, null, null, null, [], null);
        }

        var conduct = responses.Average(r => r.ConductRating);
        var value = responses.Average(r => r.ValueRating);
        var recommend = (int)Math.Round(100.0 * responses.Count(r => r.WouldRecommend) / count, MidpointRounding.AwayFromZero);
        var votes = Enum.GetValues<NetworkType>().ToDictionary(t => t, t => responses.Count(r => r.SeenAs == t));
        var seenAs = TypeProfile.FromCounts(votes);
        // Sorted, not in arrival order, so the order of comments tells nothing about who wrote which.
        var comments = responses.Where(r => !string.IsNullOrWhiteSpace(r.Comment)).Select(r => r.Comment!).Order(StringComparer.CurrentCulture).ToList();
        return new SurveySummary(count, true, conduct, value, recommend, seenAs, comments, Suggest(conduct, value, recommend));
    }

    /// <summary>
    /// The Mitgliederbefragung rating the answers suggest: the mean of the two averages, nudged half a
    /// point down when fewer than half would recommend the network, rounded and kept within 1–5.
    /// </summary>
    public static int Suggest(double averageConduct, double averageValue, int recommendPercent)
    {
        var mean = (averageConduct + averageValue) / 2 - (recommendPercent < 50 ? 0.5 : 0);
        return RatingScale.Nearest(mean);
    }
}
