namespace NetzwerkCheck.Web.Infrastructure;

public static class ClockExtensions
{
    /// <summary>Today's date where the app runs: trial dates and reminders are calendar days, not instants.</summary>
    public static DateOnly Today(this TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
    }
}
