using NetzwerkCheck.Domain.Assessments;
using NetzwerkCheck.Domain.Networks;

namespace NetzwerkCheck.Domain.Value;

public enum Balance
{
    NothingRecorded,
    OnlyTaking,
    MostlyTaking,
    Balanced,
    MostlyGiving,
    OnlyGiving,
}

/// <summary>
/// Giving and taking as the journal shows them, next to what the user said they would bring in. Article A:
/// what you get depends on what you put in, and many only want to profit.
/// </summary>
public sealed record GiveTakeBalance(int Given, int Taken, Balance Balance, bool PlanNotYetKept)
{
    /// <summary>One side counts as "mostly" when it is more than this many times the other.</summary>
    public const int MostlyFactor = 2;

    /// <summary>
    /// <paramref name="planned"/> is what the check's step *Ihr Einsatz* holds. The plan is "not yet kept" when the
    /// user meant to bring something in, has taken part for the minimum months and the journal shows nothing given.
    /// </summary>
    public static GiveTakeBalance Of(JournalCounts counts, IReadOnlyCollection<Contribution> planned, int monthsBegun, AssessmentRules rules)
    {
        ArgumentNullException.ThrowIfNull(counts);
        ArgumentNullException.ThrowIfNull(planned);
        ArgumentNullException.ThrowIfNull(rules);
        var (given, taken) = (counts.Given, counts.Taken);
        var balance = (given, taken) switch
        {
            (0, 0) => Balance.NothingRecorded,
            (0, _) => Balance.OnlyTaking,
            (_, 0) => Balance.OnlyGiving,
            _ when taken > MostlyFactor * given => Balance.MostlyTaking,
            _ when given > MostlyFactor * taken => Balance.MostlyGiving,
            _ => Balance.Balanced,
        };
        var meantToGive = planned.Any(c => c != Contribution.NothingYet);
        var planNotKept = meantToGive && given == 0 && monthsBegun >= rules.ResultsEvidenceMinimumMonths;
        return new GiveTakeBalance(given, taken, balance, planNotKept);
    }
}
