using System.Globalization;

namespace NetzwerkCheck.Web.Pages.Networks;

/// <summary>
/// How the network list is searched, sorted and paged, read from the query string (<c>q</c>, <c>sort</c>, <c>page</c>).
/// Bad values never fail: an unknown sort is the default, a page that does not exist is the nearest one that does.
/// Sorting and searching happen in SQL, so only one page of networks is ever loaded.
/// </summary>
public sealed record NetworkListQuery(string Search, NetworkListQuery.Order Sort, int RequestedPage, bool SearchCut)
{
    public const int PageSize = 25;
    public const int SearchMaxLength = Network.NameMaxLength;

    public enum Order
    {
        Name,
        Status,
        Checked,
        Score,
        Changed,
    }

    /// <summary>The values of <c>sort</c> as the links carry them; <see cref="Order.Name"/> is the default and carries none.</summary>
    public static readonly IReadOnlyDictionary<Order, string> SortValues = new Dictionary<Order, string>
    {
        [Order.Name] = "name",
        [Order.Status] = "status",
        [Order.Checked] = "geprueft",
        [Order.Score] = "punkte",
        [Order.Changed] = "geaendert",
    };

    public static NetworkListQuery Parse(string? search, string? sort, string? page)
    {
        var q = (search ?? "").Trim();
        var cut = q.Length > SearchMaxLength;
        if (cut)
        {
            q = q[..SearchMaxLength].TrimEnd();
        }
        var order = SortValues.FirstOrDefault(s => s.Value == sort?.Trim().ToLowerInvariant(), new(Order.Name, "name")).Key;
        var requested = int.TryParse(page, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : 1;
        return new NetworkListQuery(q, order, requested, cut);
    }

    public string? SortValue => Sort == Order.Name ? null : SortValues[Sort];

    public bool IsSearching => Search.Length > 0;

    /// <summary>The requested page, clamped to 1 … <paramref name="pageCount"/>.</summary>
    public int PageWithin(int pageCount) => Math.Clamp(RequestedPage, 1, Math.Max(1, pageCount));

    public static int PageCountOf(int total) => Math.Max(1, (total + PageSize - 1) / PageSize);

    /// <summary>
    /// Names containing the search, case-insensitive for ASCII on SQLite (its lower() knows no umlauts) and for
    /// all letters on PostgreSQL. ToLower().Contains translates on both (lower() with instr or strpos), so % and _
    /// in the search are plain characters.
    /// </summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Globalization", "CA1304", Justification = "Translated to SQL lower(); no .NET culture applies.")]
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Globalization", "CA1311", Justification = "Translated to SQL lower(); no .NET culture applies.")]
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1862", Justification = "A StringComparison overload does not translate to SQL.")]
    public IQueryable<Network> Filter(IQueryable<Network> networks)
    {
        if (!IsSearching)
        {
            return networks;
        }
        var lower = Search.ToLowerInvariant();
        return networks.Where(n => n.Name.ToLower().Contains(lower));
    }

    /// <summary>The chosen order with the network's id as the tiebreak, so pages never overlap or skip.</summary>
    public IQueryable<Network> Ordered(IQueryable<Network> networks) => Sort switch
    {
        Order.Status => networks
            .OrderBy(n => n.Status == NetworkStatus.Trial ? 0 : n.Status == NetworkStatus.Member ? 1 : n.Status == NetworkStatus.Considering ? 2 : 3)
            .ThenBy(n => n.Name).ThenBy(n => n.Id),
        Order.Checked => networks
            .OrderBy(n => n.LatestCheckedUtc == null).ThenByDescending(n => n.LatestCheckedUtc).ThenBy(n => n.Id),
        Order.Score => networks
            .OrderBy(n => n.LatestScore == null).ThenByDescending(n => n.LatestScore).ThenBy(n => n.Name).ThenBy(n => n.Id),
        Order.Changed => networks.OrderByDescending(n => n.UpdatedUtc).ThenBy(n => n.Id),
        _ => networks.OrderBy(n => n.Status == NetworkStatus.Left).ThenBy(n => n.Name).ThenBy(n => n.Id),
    };
}
