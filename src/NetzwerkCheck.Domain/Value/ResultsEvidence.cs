using NetzwerkCheck.Domain.Assessments;

namespace NetzwerkCheck.Domain.Value;

public enum ResultsReason
{
    /// <summary>Orders worth at least twice what was spent (or orders at no cost at all).</summary>
    PaidBackTwice,
    PaidBack,
    HalfPaidBack,
    OrdersBelowHalf,
    RequestsWithoutOrders,
    NothingYet,
}

/// <summary>
/// The journal's figures as evidence for the criterion Ergebnisse: a suggested rating with its reason,
/// as the member survey suggests one for Mitgliederbefragung. Article A judges a service network by its results;
/// the suggestion only pre-selects, the user decides.
/// </summary>
public sealed record ResultsEvidence(ValueFigures Figures, int Rating, ResultsReason Reason)
{
    public const decimal PaidBackTwiceFrom = 2.0m;
    public const decimal PaidBackFrom = 1.0m;
    public const decimal HalfPaidBackFrom = 0.5m;

    /// <summary>
    /// Null when the journal is empty (no evidence) or when it is too early to say: under
    /// <see cref="AssessmentRules.ResultsEvidenceMinimumMonths"/> months of taking part and no order yet.
    /// </summary>
    public static ResultsEvidence? Suggest(ValueFigures sinceStart, AssessmentRules rules)
    {
        ArgumentNullException.ThrowIfNull(sinceStart);
        ArgumentNullException.ThrowIfNull(rules);
        var counts = sinceStart.Counts;
        if (counts.Total == 0 || (counts.Orders == 0 && sinceStart.MonthsBegun < rules.ResultsEvidenceMinimumMonths))
        {
            return null;
        }
        if (counts.Orders > 0)
        {
            // Orders at no cost at all pay back any amount.
            var ratio = sinceStart.ReturnRatio ?? decimal.MaxValue;
            return ratio switch
            {
                >= PaidBackTwiceFrom => new(sinceStart, 5, ResultsReason.PaidBackTwice),
                >= PaidBackFrom => new(sinceStart, 4, ResultsReason.PaidBack),
                >= HalfPaidBackFrom => new(sinceStart, 3, ResultsReason.HalfPaidBack),
                _ => new(sinceStart, 2, ResultsReason.OrdersBelowHalf),
            };
        }
        return counts.Requests > 0
            ? new(sinceStart, 2, ResultsReason.RequestsWithoutOrders)
            : new(sinceStart, 1, ResultsReason.NothingYet);
    }
}
