using System.Security.Claims;
using NetzwerkCheck.Domain.Value;

namespace NetzwerkCheck.Web.Pages.Networks;

/// <summary>
/// A network's costs and returns (<see cref="NetworkValue"/>) read from its journal, its costs and the account's
/// hourly rate: for the network page, the check's evidence for Ergebnisse and the portfolio.
/// </summary>
public static class ValueEvidence
{
    /// <summary>Null when nothing says since when the user takes part (no joining date, no trial, no journal entry).</summary>
    public static async Task<NetworkValue?> OfAsync(AppDbContext db, Network network, ClaimsPrincipal user, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(network);
        var journal = await FactsOf(db.Journal.Where(e => e.NetworkId == network.Id)).ToListAsync();
        var rate = await HourlyRateAsync(db, user);
        return Of(network, journal, rate, today);
    }

    public static NetworkValue? Of(Network network, IReadOnlyList<JournalFact> journal, decimal? hourlyRate, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(journal);
        var firstEntry = journal.Count > 0 ? journal.Min(e => e.Date) : (DateOnly?)null;
        if (network.TakingPartSince(firstEntry) is not DateOnly since)
        {
            return null;
        }
        return NetworkValue.Of(network.Costs, since, Until(network.Status, journal, since, today), journal, hourlyRate);
    }

    public static Task<decimal?> HourlyRateAsync(AppDbContext db, ClaimsPrincipal user)
    {
        var userId = user.FindFirstValue(ClaimTypes.NameIdentifier);
        return db.AccountSettings.Where(s => s.UserId == userId).Select(s => s.HourlyRate).FirstOrDefaultAsync();
    }

    public static IQueryable<JournalFact> FactsOf(IQueryable<JournalEntry> entries) =>
        entries.Select(e => new JournalFact(e.Date, e.Kind, e.Amount));

    /// <summary>
    /// Costs run until today; for a network the user has left they stop at the last journal entry, because the app
    /// does not know when the user left.
    /// </summary>
    private static DateOnly Until(NetworkStatus status, IReadOnlyList<JournalFact> journal, DateOnly since, DateOnly today) =>
        status != NetworkStatus.Left ? today
        : journal.Count > 0 ? journal.Max(e => e.Date) : since;
}
