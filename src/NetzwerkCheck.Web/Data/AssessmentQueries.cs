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
    /// The latest completed assessment of each network among <paramref name="networkIds"/>, in one query: a
    /// correlated subquery per row that the (NetworkId, CompletedUtc) index answers with one seek.
    /// </summary>
    public static IQueryable<Assessment> LatestCompletedOf(this IQueryable<Assessment> assessments, IReadOnlyCollection<int> networkIds) =>
        assessments.Where(a => networkIds.Contains(a.NetworkId) && a.CompletedUtc != null && a.Id == assessments
            .Where(b => b.NetworkId == a.NetworkId && b.CompletedUtc != null)
            .OrderByDescending(b => b.CompletedUtc).ThenByDescending(b => b.Id)
            .Select(b => b.Id)
            .FirstOrDefault());
}
