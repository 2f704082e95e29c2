namespace NetzwerkCheck.Domain.Surveys;

/// <summary>
/// The owner's view is updated in batches, never by a single answer: new answers join the aggregate only once
/// at least <c>step</c> of them have arrived since the last release. Comparing the view before and after a
/// release then shows the effect of several answers together, not of one person's. Answers left over when the
/// survey closes stay out for the same reason.
/// </summary>
public static class SurveyRelease
{
    /// <returns>The id up to which answers are released after the pending ones are considered.</returns>
    public static int Next(int releasedThroughId, IReadOnlyCollection<int> pendingIds, int step)
    {
        ArgumentNullException.ThrowIfNull(pendingIds);
        ArgumentOutOfRangeException.ThrowIfLessThan(step, 1);
        var newer = pendingIds.Where(id => id > releasedThroughId).ToList();
        return newer.Count >= step ? newer.Max() : releasedThroughId;
    }
}
