namespace NetzwerkCheck.Web.Pages.Networks;

public sealed record TrialNotice(int NetworkId, string NetworkName, TrialState State, DateOnly PlannedEnd, bool TooShort, int PlannedWeeks);

public sealed record TrialSummary(int NetworkId, bool InTrial, TrialPeriod? Period, TrialState State, int WeeksSoFar, bool TooShort, int MinimumWeeks, JournalCounts Journal);
