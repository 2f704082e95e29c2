namespace NetzwerkCheck.Web.Data;

/// <summary>The assessment queries several pages share, written once.</summary>
public static class AssessmentQueries
{
    /// <summary>An assessment with what evaluating and showing it needs: its network (form, size, status) and ratings.</summary>
    public static IQueryable<Assessment> WithDetails(this IQueryable<Assessment> assessments) =>
        assessments.Include(a => a.Network).Include(a => a.Ratings);

    /// <summary>The network's completed assessments, the latest first.</summary>
    public static IQueryable<Assessment> CompletedOf(this IQueryable<Assessment> assessments, int networkId) =>
        assessments.Where(a => a.NetworkId == networkId && a.CompletedUtc != null).OrderByDescending(a => a.CompletedUtc);

    /// <summary>
    /// The latest completed assessment of each network among <paramref name="networkIds"/>, in one query. The
    /// network keeps the time of its latest check (<see cref="Network.LatestCheckedUtc"/>), so each network costs one
    /// seek in the (NetworkId, CompletedUtc) index; of two checks completed at the same moment the later row wins.
    /// </summary>
    public static IQueryable<Assessment> LatestCompletedOf(this IQueryable<Assessment> assessments, IReadOnlyCollection<int> networkIds) =>
        assessments.Where(a => networkIds.Contains(a.NetworkId)
            && a.CompletedUtc != null
            && a.CompletedUtc == a.Network!.LatestCheckedUtc
            && !assessments.Any(b => b.NetworkId == a.NetworkId && b.CompletedUtc == a.CompletedUtc && b.Id > a.Id));
}
