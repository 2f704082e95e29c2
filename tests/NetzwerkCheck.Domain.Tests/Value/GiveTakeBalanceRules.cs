using NetzwerkCheck.Domain.Assessments;
using NetzwerkCheck.Domain.Networks;
using NetzwerkCheck.Domain.Value;

namespace NetzwerkCheck.Domain.Tests.Value;

public sealed class GiveTakeBalanceRules
{
    private static readonly AssessmentRules Rules = AssessmentRules.Default;

    [Fact]
    public void TheWorkedExampleTakesMoreThanTwiceWhatItGives()
    {
        var total = WorkedExample.Value().SinceStart;

        var balance = GiveTakeBalance.Of(total.Counts, [Contribution.KnowledgeOrTalks], total.MonthsBegun, Rules);

        Assert.Equal(2, balance.Given);     // a talk and a referral passed on
        Assert.Equal(7, balance.Taken);     // 2 referrals, 2 leads, 2 orders, 1 piece of knowledge
        Assert.Equal(Balance.MostlyTaking, balance.Balance);
        Assert.False(balance.PlanNotYetKept);
    }

    [Theory]
    [InlineData(0, 0, Balance.NothingRecorded)]
    [InlineData(0, 3, Balance.OnlyTaking)]
    [InlineData(2, 0, Balance.OnlyGiving)]
    [InlineData(2, 4, Balance.Balanced)]       // exactly twice is still balanced
    [InlineData(2, 5, Balance.MostlyTaking)]
    [InlineData(5, 2, Balance.MostlyGiving)]
    [InlineData(3, 3, Balance.Balanced)]
    public void GivingAndTakingAreWeighed(int contributions, int referralsReceived, Balance expected)
    {
        var counts = new JournalCounts(0, 0, 0, Contributions: contributions, ReferralsReceived: referralsReceived);

        Assert.Equal(expected, GiveTakeBalance.Of(counts, [], 6, Rules).Balance);
    }

    [Fact]
    public void APlanToGiveWithNothingGivenAfterThreeMonthsIsNotYetKept()
    {
        var counts = new JournalCounts(4, 2, 1);

        Assert.True(GiveTakeBalance.Of(counts, [Contribution.ReferralsForOthers], 3, Rules).PlanNotYetKept);
        Assert.False(GiveTakeBalance.Of(counts, [Contribution.ReferralsForOthers], 2, Rules).PlanNotYetKept);
        Assert.False(GiveTakeBalance.Of(counts, [Contribution.NothingYet], 12, Rules).PlanNotYetKept);
        Assert.False(GiveTakeBalance.Of(counts with { ReferralsGiven = 1 }, [Contribution.ReferralsForOthers], 12, Rules).PlanNotYetKept);
    }
}
