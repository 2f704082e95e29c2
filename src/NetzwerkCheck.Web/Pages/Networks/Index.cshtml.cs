using NetzwerkCheck.Web.Pages.Clients;

namespace NetzwerkCheck.Web.Pages.Networks;

public class IndexModel(AppDbContext db, TimeProvider clock, AssessmentRules rules, IStringLocalizer<IndexModel> l) : PageModel
{
    /// <summary>Which client's networks to show (see <see cref="ClientFilter"/>).</summary>
    [BindProperty(SupportsGet = true, Name = "client")]
    public string? ClientValue { get; set; }

    public ClientFilter Filter { get; private set; } = ClientFilter.All;

    public IReadOnlyList<ClientNames.Choice> Clients { get; private set; } = [];

    [TempData]
    public string? StatusMessage { get; set; }

    public IReadOnlyList<NetworkRow> Networks { get; private set; } = [];

    public IReadOnlyList<TrialNotice> TrialNotices { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await FilterAsync())
        {
            return NotFound();
        }
        Networks = await RowsAsync();
        TrialNotices = await TrialNoticesAsync();
        TakeHomes = await db.SavedTakeHomes.OwnedBy(User)
            .OrderByDescending(t => t.WorkshopDate).ThenByDescending(t => t.Id)
            .Select(t => new TakeHomeRow(t.Id, t.WorkshopTitle, t.WorkshopDate, t.Style))
            .ToListAsync();
        return Page();
    }

    /// <summary>The listed networks with their latest results as a spreadsheet, e.g. everything checked for one client.</summary>
    public async Task<IActionResult> OnGetCsvAsync()
    {
        if (!await FilterAsync())
        {
            return NotFound();
        }
        var csv = NetworkListExport.ToCsv(await RowsAsync(), l);
        var name = Filter.Kind switch
        {
            ClientFilter.Scope.OneClient => $"mandant-{Filter.ClientId}",
            ClientFilter.Scope.Unfiled => "ohne-mandant",
            _ => "alle",
        };
        return File(csv, "text/csv; charset=utf-8", $"netzwerke-{name}-{clock.Today():yyyy-MM-dd}.csv");
    }

    private async Task<bool> FilterAsync()
    {
        Clients = await ClientNames.OfAsync(db, User);
        if (ClientFilter.Parse(ClientValue, Clients) is not { } filter)
        {
            return false;
        }
        Filter = filter;
        return true;
    }

    private async Task<IReadOnlyList<NetworkRow>> RowsAsync()
    {
        var rows = await Filter.Apply(db.Networks.OwnedBy(User))
            .OrderBy(n => n.Status == NetworkStatus.Left).ThenBy(n => n.Name)
            .Select(n => new
            {
                n.Id,
                n.Name,
                n.OrganisationForm,
                n.Status,
                n.ApproxMemberCount,
                ClientName = n.Client != null ? n.Client.Name : null,
                HasDraft = n.Assessments.Any(a => a.CompletedUtc == null),
            })
            .ToListAsync();
        var latest = await db.Assessments
            .LatestCompletedOf([.. rows.Select(r => r.Id)])
            .Select(a => new
            {
                a.NetworkId,
                Result = new LatestResult(
                    a.CompletedUtc!.Value, a.Score, a.Recommendation!.Value, a.CompletenessPercent ?? 0, a.Group != null,
                    a.KnowledgePercent, a.ServicePercent, a.ReferralPercent),
            })
            .ToDictionaryAsync(a => a.NetworkId, a => a.Result);
        return rows
            .Select(r => new NetworkRow(r.Id, r.Name, r.OrganisationForm, r.Status, r.ApproxMemberCount, latest.GetValueOrDefault(r.Id), r.HasDraft, r.ClientName))
            .ToList();
    }

    /// <summary>Results taken home from workshops ("Herausforderung Netzwerken") and kept in this account.</summary>
    public IReadOnlyList<TakeHomeRow> TakeHomes { get; private set; } = [];

    public sealed record TakeHomeRow(int Id, string Title, DateOnly Date, NetworkerStyle? Style);

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

    public sealed record NetworkRow(int Id, string Name, OrganisationForm Form, NetworkStatus Status, int? Members, LatestResult? Latest, bool HasDraft, string? ClientName = null);

    public sealed record LatestResult(
        DateTime CompletedUtc, int? Score, Recommendation Recommendation, int CompletenessPercent, bool IsGroup = false,
        int? KnowledgePercent = null, int? ServicePercent = null, int? ReferralPercent = null);
}
