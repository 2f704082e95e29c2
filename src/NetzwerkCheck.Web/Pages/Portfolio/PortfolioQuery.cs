using System.Security.Claims;
using NetzwerkCheck.Domain.Value;
using NetzwerkCheck.Web.Pages.Networks;

namespace NetzwerkCheck.Web.Pages.Portfolio;

/// <summary>Reads every network the user is in or testing, with its latest check and its journal, in three queries.</summary>
public static class PortfolioQuery
{
    public static async Task<Domain.Value.Portfolio> LoadAsync(AppDbContext db, ClaimsPrincipal user, AssessmentRules rules, decimal? hourlyRate, decimal? wantedHours, DateOnly today)
    {
        var networks = await db.Networks.OwnedBy(user).AsNoTracking()
            .Where(n => n.Status == NetworkStatus.Member || n.Status == NetworkStatus.Trial)
            .ToListAsync();
        var ids = networks.Select(n => n.Id).ToList();
        var latest = await db.Assessments.LatestCompletedOf(ids)
            .Select(a => new { a.NetworkId, a.Goal, a.Style, a.KnowledgePercent, a.ServicePercent, a.ReferralPercent })
            .ToDictionaryAsync(a => a.NetworkId);
        var journals = (await db.Journal.Where(e => ids.Contains(e.NetworkId))
            .Select(e => new { e.NetworkId, Fact = new JournalFact(e.Date, e.Kind, e.Amount) })
            .ToListAsync())
            .ToLookup(e => e.NetworkId, e => e.Fact);

        var yearAgo = today.AddYears(-1).AddDays(1);
        var items = networks.Select(network =>
        {
            var journal = journals[network.Id].ToList();
            var value = ValueEvidence.Of(network, journal, hourlyRate, today);
            var lastYear = value is null ? null
                : ValueFigures.For(network.Costs, value.Since, journal, hourlyRate, Later(yearAgo, value.SinceStart.From), today);
            var check = latest.GetValueOrDefault(network.Id);
            var profile = check is { KnowledgePercent: int k, ServicePercent: int s, ReferralPercent: int r } ? new TypeProfile(k, s, r) : null;
            return new PortfolioNetwork(network.Id, network.Name, network.Status, profile, check?.Goal, check?.Style, network.HoursPerMonth, lastYear, value?.SinceStart);
        });
        return Domain.Value.Portfolio.Assess(items, wantedHours, rules);
    }

    private static DateOnly Later(DateOnly a, DateOnly b) => a > b ? a : b;
}
