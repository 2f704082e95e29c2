using NetzwerkCheck.Domain.Networks;
using NetzwerkCheck.Domain.Value;

namespace NetzwerkCheck.Domain.Tests.Value;

public sealed class ValueFiguresRules
{
    [Fact]
    public void SinceJoiningTheWorkedExampleCostsMoneyAndTime()
    {
        var total = WorkedExample.Value().SinceStart;

        Assert.Equal(15, total.MonthsBegun);                  // 15 Sep 2025 … 15 Nov 2026
        Assert.Equal(1530m, total.Money);                     // 150 admission + 2 × 600 yearly + 12 × 15 events
        Assert.Equal(75m, total.Hours);                       // 15 months × 5 h
        Assert.Equal(6000m, total.HoursValue);                // 75 h × 80 €
        Assert.Equal(7530m, total.TotalCost);
        Assert.Equal(2, total.Counts.Orders);
        Assert.Equal(4200m, total.OrderValue);
        Assert.Equal(-3330m, total.Net);
    }

    [Fact]
    public void ReturnBreakEvenAndCostPerRequestFollowFromTheTotals()
    {
        var total = WorkedExample.Value().SinceStart;

        Assert.Equal(0.5578m, Math.Round(total.ReturnRatio!.Value, 4));  // 4,200 / 7,530
        Assert.Equal(2100m, total.AverageOrderValue);
        Assert.Equal(4, total.BreakEvenOrders);                           // 7,530 / 2,100 = 3.59 → 4 orders
        Assert.Equal(4, total.Counts.Requests);                           // 2 leads + 2 referrals received
        Assert.Equal(1882.5m, total.CostPerRequest);
    }

    [Fact]
    public void WithoutAnHourlyRateOnlyMoneyCounts()
    {
        var total = WorkedExample.Value(hourlyRate: null).SinceStart;

        Assert.Null(total.HoursValue);
        Assert.Equal(75m, total.Hours);
        Assert.Equal(1530m, total.TotalCost);
        Assert.Equal(2.7451m, Math.Round(total.ReturnRatio!.Value, 4));
        Assert.Equal(1, total.BreakEvenOrders);
    }

    [Fact]
    public void EachCalendarYearChargesWhatBeganInIt()
    {
        var years = WorkedExample.Value().Years;

        Assert.Equal([2025, 2026], years.Select(y => y.From.Year));
        var (first, second) = (years[0], years[1]);
        Assert.Equal((new DateOnly(2025, 9, 15), new DateOnly(2025, 12, 31)), (first.From, first.To));
        Assert.Equal(4, first.MonthsBegun);
        Assert.Equal(810m, first.Money);                       // 150 + 600 + 4 × 15
        Assert.Equal(20m, first.Hours);
        Assert.Equal(0m, first.OrderValue);
        Assert.Equal((new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 1)), (second.From, second.To));
        Assert.Equal(11, second.MonthsBegun);
        Assert.Equal(720m, second.Money);                      // second yearly fee on 15 Sep 2026 + 8 × 15
        Assert.Equal(55m, second.Hours);
        Assert.Equal(4200m, second.OrderValue);
        Assert.Equal(WorkedExample.Value().SinceStart.Money, first.Money + second.Money);
    }

    [Fact]
    public void TheTimelineEndsTodayWithTheTotals()
    {
        var value = WorkedExample.Value();

        Assert.Equal(16, value.Timeline.Count);                 // Sep 2025 … Dec 2026
        Assert.Equal(new ValuePoint(new DateOnly(2025, 9, 30), 150m + 600m + 15m + 5m * 80m, 0m), value.Timeline[0]);
        Assert.Equal(new DateOnly(2026, 3, 31), value.Timeline[6].Date);
        Assert.Equal(1800m, value.Timeline[6].CumulativeOrderValue);
        Assert.Equal(new ValuePoint(WorkedExample.Today, 7530m, 4200m), value.Timeline[^1]);
    }

    [Fact]
    public void ALongMembershipShowsOnlyTheLatestMonthsInTheChart()
    {
        var value = NetworkValue.Of(WorkedExample.Costs, new DateOnly(2019, 1, 10), WorkedExample.Today, [], null);

        Assert.Equal(NetworkValue.TimelineMonths, value.Timeline.Count);
        Assert.Equal(new DateOnly(2024, 1, 31), value.Timeline[0].Date);
        Assert.Equal(value.SinceStart.TotalCost, value.Timeline[^1].CumulativeCost);
        Assert.Equal(8, value.Years.Count);
    }

    [Fact]
    public void MonthEndsDoNotLoseAMonth()
    {
        // Joined on 31 January: the next months begin on 28 February, 31 March, 30 April.
        var figures = ValueFigures.For(new MembershipCosts(null, null, null, 2m), new DateOnly(2026, 1, 31), [], null, new DateOnly(2026, 1, 31), new DateOnly(2026, 4, 30));

        Assert.Equal(4, figures.MonthsBegun);
        Assert.Equal(8m, figures.Hours);
    }

    [Fact]
    public void NothingEnteredCostsNothingAndHasNoRatios()
    {
        var figures = ValueFigures.For(MembershipCosts.None, WorkedExample.Since, [], 80m, WorkedExample.Since, WorkedExample.Today);

        Assert.Equal(0m, figures.TotalCost);
        Assert.Null(figures.ReturnRatio);
        Assert.Null(figures.BreakEvenOrders);
        Assert.Null(figures.CostPerRequest);
        Assert.True(MembershipCosts.None.IsEmpty);
    }

    [Fact]
    public void OrdersOutsideThePeriodDoNotCount()
    {
        var figures = ValueFigures.For(WorkedExample.Costs, WorkedExample.Since, WorkedExample.Journal, null, new DateOnly(2026, 4, 1), new DateOnly(2026, 6, 30));

        Assert.Equal(0m, figures.OrderValue);
        Assert.Equal(3, figures.Counts.Events);                // April, May, June
        Assert.Equal(45m, figures.Money);                      // no fee falls in the period
        Assert.Equal(3, figures.MonthsBegun);
    }

    [Fact]
    public void TakingPartStartsAtTheEarlierOfJoiningAndTrial()
    {
        var network = new Network { OwnerId = "u", Name = "n", MemberSince = new DateOnly(2026, 5, 1), TrialStart = new DateOnly(2026, 2, 1) };
        Assert.Equal(new DateOnly(2026, 2, 1), network.TakingPartSince(new DateOnly(2025, 1, 1)));

        var onlyJournal = new Network { OwnerId = "u", Name = "n" };
        Assert.Equal(new DateOnly(2025, 1, 1), onlyJournal.TakingPartSince(new DateOnly(2025, 1, 1)));
        Assert.Null(onlyJournal.TakingPartSince(null));
    }

    [Fact]
    public void EntriesBeforeJoiningCountButTheChargesBeginAtJoining()
    {
        // A referral received as a guest in August, joined on 15 September 2025.
        var journal = WorkedExample.Journal.Append(new JournalFact(new DateOnly(2025, 8, 20), JournalEntryKind.ReferralReceived)).ToList();

        var value = NetworkValue.Of(WorkedExample.Costs, WorkedExample.Since, WorkedExample.Today, journal, WorkedExample.HourlyRate);

        Assert.Equal(WorkedExample.Since, value.Since);
        Assert.Equal(new DateOnly(2025, 8, 20), value.SinceStart.From);
        Assert.Equal(3, value.SinceStart.Counts.ReferralsReceived);
        Assert.Equal(15, value.SinceStart.MonthsBegun);
        Assert.Equal(7530m, value.SinceStart.TotalCost);
        Assert.Equal(new DateOnly(2025, 8, 31), value.Timeline[0].Date);
        Assert.Equal(0m, value.Timeline[0].CumulativeCost);
        Assert.Equal(810m, value.Years[0].Money);
    }
}
