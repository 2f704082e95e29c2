using NetzwerkCheck.Domain.Networks;

namespace NetzwerkCheck.Domain.Tests.Networks;

public sealed class TrialPeriodRules
{
    private static readonly DateOnly Start = new(2026, 3, 2);

    [Theory]
    [InlineData(84, 12)]
    [InlineData(83, 11)]
    [InlineData(6, 0)]
    public void PlannedWeeksAreWholeWeeks(int days, int weeks) =>
        Assert.Equal(weeks, new TrialPeriod(Start, Start.AddDays(days)).PlannedWeeks);

    [Fact]
    public void WeeksSoFarStopAtThePlannedEnd()
    {
        var trial = new TrialPeriod(Start, Start.AddDays(84));

        Assert.Equal(0, trial.WeeksSoFar(Start.AddDays(-10)));
        Assert.Equal(3, trial.WeeksSoFar(Start.AddDays(25)));
        Assert.Equal(12, trial.WeeksSoFar(Start.AddDays(400)));
    }

    [Theory]
    [InlineData(10, TrialState.Running)]
    [InlineData(77, TrialState.EndingSoon)]
    [InlineData(84, TrialState.EndingSoon)]
    [InlineData(85, TrialState.Ended)]
    public void StateFollowsTheCalendar(int dayOfTrial, TrialState expected) =>
        Assert.Equal(expected, new TrialPeriod(Start, Start.AddDays(84)).StateOn(Start.AddDays(dayOfTrial)));

    [Fact]
    public void ElevenWeeksAreTooShortForTheDefaultTwelve()
    {
        Assert.True(new TrialPeriod(Start, Start.AddDays(77)).IsTooShort(12));
        Assert.False(new TrialPeriod(Start, Start.AddDays(84)).IsTooShort(12));
        Assert.False(new TrialPeriod(Start, Start.AddDays(77)).IsTooShort(8));
    }

    [Fact]
    public void NetworkWithoutBothDatesHasNoTrial()
    {
        var network = new Network { OwnerId = "u", Name = "n", TrialStart = Start };

        Assert.Null(TrialPeriod.Of(network));
        network.TrialPlannedEnd = Start.AddDays(90);
        Assert.Equal(new TrialPeriod(Start, Start.AddDays(90)), TrialPeriod.Of(network));
    }
}

public sealed class JournalCountRules
{
    [Fact]
    public void CountsEachKind()
    {
        var counts = JournalCounts.Of([JournalEntryKind.Event, JournalEntryKind.Contact, JournalEntryKind.Event, JournalEntryKind.Lead, JournalEntryKind.Event]);

        Assert.Equal(new JournalCounts(3, 1, 1), counts);
    }

    [Fact]
    public void AnEmptyJournalCountsNothing() => Assert.Equal(new JournalCounts(0, 0, 0), JournalCounts.Of([]));
}
