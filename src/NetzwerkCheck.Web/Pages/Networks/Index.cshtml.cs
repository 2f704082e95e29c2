namespace NetzwerkCheck.Web.Pages.Networks;

public class IndexModel(AppDbContext db, TimeProvider clock, AssessmentRules rules) : PageModel
{
    [TempData]
    public string? StatusMessage { get; set; }

    public IReadOnlyList<NetworkRow> Networks { get; private set; } = [];

    public IReadOnlyList<TrialNotice> TrialNotices { get; private set; } = [];

    public async Task OnGetAsync()
    {
        // Two index-driven queries: the latest completed check per network as a correlated scalar
        // subquery (LIMIT 1 on (NetworkId, CompletedUtc)), then those checks' headline figures.
        var rows = await db.Networks.OwnedBy(User)
            .OrderBy(n => n.Status == NetworkStatus.Left).ThenBy(n => n.Name)
            .Select(n => new
            {
                n.Id,
                n.Name,
                n.OrganisationForm,
                n.Status,
                n.ApproxMemberCount,
                LatestId = n.Assessments
                    .Where(a => a.CompletedUtc != null)
                    .OrderByDescending(a => a.CompletedUtc)
                    .Select(a => (int?)a.Id)
                    .FirstOrDefault(),
                HasDraft = n.Assessments.Any(a => a.CompletedUtc == null),
            })
            .ToListAsync();
        var latestIds = rows.Where(r => r.LatestId is not null).Select(r => r.LatestId!.Value).ToList();
        var latest = await db.Assessments
            .Where(a => latestIds.Contains(a.Id))
            .Select(a => new { a.Id, Result = new LatestResult(a.CompletedUtc!.Value, a.Score, a.Recommendation!.Value, a.CompletenessPercent ?? 0, a.Group != null) })
            .ToDictionaryAsync(a => a.Id, a => a.Result);
        Networks = rows
            .Select(r => new NetworkRow(r.Id, r.Name, r.OrganisationForm, r.Status, r.ApproxMemberCount,
                r.LatestId is int id ? latest[id] : null, r.HasDraft))
            .ToList();
        TrialNotices = await TrialNoticesAsync();
    }

    private async Task<IReadOnlyList<TrialNotice>> TrialNoticesAsync()
    {
        var today = clock.Today();
        var trials = await db.Networks.OwnedBy(User)
            .Where(n => n.Status == NetworkStatus.Trial && n.TrialStart != null && n.TrialPlannedEnd != null)
            .OrderBy(n => n.TrialPlannedEnd)
            .Select(n => new { n.Id, n.Name, Period = new TrialPeriod(n.TrialStart!.Value, n.TrialPlannedEnd!.Value) })
            .ToListAsync();
        return trials
            .Select(t => new TrialNotice(t.Id, t.Name, t.Period.StateOn(today), t.Period.PlannedEnd, t.Period.IsTooShort(rules.MinimumTrialWeeks), t.Period.PlannedWeeks))
            .Where(n => n.State is TrialState.Ended or TrialState.EndingSoon || n.TooShort)
            .ToList();
    }

    public sealed record NetworkRow(int Id, string Name, OrganisationForm Form, NetworkStatus Status, int? Members, LatestResult? Latest, bool HasDraft);

    public sealed record LatestResult(DateTime CompletedUtc, int? Score, Recommendation Recommendation, int CompletenessPercent, bool IsGroup = false);
}
