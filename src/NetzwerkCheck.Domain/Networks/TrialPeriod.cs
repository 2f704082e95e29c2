namespace NetzwerkCheck.Domain.Networks;

public enum TrialState
{
    NotPlanned,
    Running,
    EndingSoon,
    Ended,
}

/// <summary>The trial of one network, from its start to its planned end.</summary>
public sealed record TrialPeriod(DateOnly Start, DateOnly PlannedEnd)
{
    /// <summary>How many days before the end the dashboard starts to remind.</summary>
    public const int EndingSoonDays = 7;

    public int PlannedWeeks => (PlannedEnd.DayNumber - Start.DayNumber) / 7;

    /// <summary>Whole weeks of trial experience up to <paramref name="today"/>; never more than planned.</summary>
    public int WeeksSoFar(DateOnly today) =>
        Math.Max(0, (Math.Min(today.DayNumber, PlannedEnd.DayNumber) - Start.DayNumber) / 7);

    public bool IsTooShort(int minimumWeeks) => PlannedWeeks < minimumWeeks;

    public TrialState StateOn(DateOnly today) =>
        today > PlannedEnd ? TrialState.Ended
        : PlannedEnd.DayNumber - today.DayNumber <= EndingSoonDays ? TrialState.EndingSoon
        : TrialState.Running;

    public static TrialPeriod? Of(Network network) =>
        network.TrialStart is DateOnly start && network.TrialPlannedEnd is DateOnly end ? new TrialPeriod(start, end) : null;
}
