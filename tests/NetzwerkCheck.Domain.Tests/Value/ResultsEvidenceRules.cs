using NetzwerkCheck.Domain.Assessments;
using NetzwerkCheck.Domain.Networks;
using NetzwerkCheck.Domain.Value;

namespace NetzwerkCheck.Domain.Tests.Value;

public sealed class ResultsEvidenceRules
{
    private static readonly AssessmentRules Rules = AssessmentRules.Default;
    private static readonly DateOnly Since = new(2026, 1, 1);
    private static readonly MembershipCosts Costs = new(AdmissionFee: null, YearlyFee: 1000m, CostPerEvent: null, HoursPerMonth: null);

    private static ResultsEvidence? Suggest(DateOnly today, params JournalFact[] journal) =>
        ResultsEvidence.Suggest(ValueFigures.For(Costs, Since, journal, null, Since, today), Rules);

    [Fact]
    public void TheWorkedExampleHalfPaysBackItsCostsWithTheHoursCounted()
    {
        var evidence = ResultsEvidence.Suggest(WorkedExample.Value().SinceStart, Rules)!;

        Assert.Equal(3, evidence.Rating);
        Assert.Equal(ResultsReason.HalfPaidBack, evidence.Reason);
    }

    [Fact]
    public void WithoutTheHoursTheSameOrdersPayBackTwice()
    {
        var evidence = ResultsEvidence.Suggest(WorkedExample.Value(hourlyRate: null).SinceStart, Rules)!;

        Assert.Equal((5, ResultsReason.PaidBackTwice), (evidence.Rating, evidence.Reason));
    }

    [Theory]
    [InlineData(2000, 5, ResultsReason.PaidBackTwice)]   // ratio 2.0
    [InlineData(1999, 4, ResultsReason.PaidBack)]
    [InlineData(1000, 4, ResultsReason.PaidBack)]        // ratio 1.0: the costs are covered
    [InlineData(999, 3, ResultsReason.HalfPaidBack)]
    [InlineData(500, 3, ResultsReason.HalfPaidBack)]     // ratio 0.5
    [InlineData(499, 2, ResultsReason.OrdersBelowHalf)]
    public void OrdersAreRatedByWhatTheyPayBack(int orderValue, int rating, ResultsReason reason)
    {
        var evidence = Suggest(new DateOnly(2026, 6, 30), new JournalFact(new DateOnly(2026, 5, 4), JournalEntryKind.Order, orderValue))!;

        Assert.Equal((rating, reason), (evidence.Rating, evidence.Reason));
    }

    [Fact]
    public void AnOrderAtNoCostAtAllPaysBackTwice()
    {
        var figures = ValueFigures.For(MembershipCosts.None, Since, [new(new DateOnly(2026, 1, 20), JournalEntryKind.Order, 300m)], null, Since, new DateOnly(2026, 1, 31));

        Assert.Equal(5, ResultsEvidence.Suggest(figures, Rules)!.Rating);
    }

    [Fact]
    public void AnOrderCountsEvenInTheFirstMonths() =>
        Assert.NotNull(Suggest(new DateOnly(2026, 1, 31), new JournalFact(new DateOnly(2026, 1, 20), JournalEntryKind.Order, 300m)));

    [Fact]
    public void RequestsWithoutOrdersAfterThreeMonthsAreATwo()
    {
        var evidence = Suggest(new DateOnly(2026, 3, 1), new JournalFact(new DateOnly(2026, 2, 10), JournalEntryKind.ReferralReceived))!;

        Assert.Equal((2, ResultsReason.RequestsWithoutOrders), (evidence.Rating, evidence.Reason));
    }

    [Fact]
    public void OnlyEventsAfterThreeMonthsAreAOne()
    {
        var evidence = Suggest(new DateOnly(2026, 3, 1), new JournalFact(new DateOnly(2026, 1, 14), JournalEntryKind.Event))!;

        Assert.Equal((1, ResultsReason.NothingYet), (evidence.Rating, evidence.Reason));
    }

    [Fact]
    public void BeforeThreeMonthsWithoutAnOrderItIsTooEarly() =>
        Assert.Null(Suggest(new DateOnly(2026, 2, 28), new JournalFact(new DateOnly(2026, 1, 14), JournalEntryKind.Event)));   // two months begun

    [Fact]
    public void AnEmptyJournalIsNoEvidence() => Assert.Null(Suggest(new DateOnly(2027, 1, 1)));
}
