using Microsoft.AspNetCore.Http.Extensions;
using NetzwerkCheck.Web.Pages.Clients;

namespace NetzwerkCheck.Web.Pages.Networks;

public class IndexModel(AppDbContext db, TimeProvider clock, AssessmentRules rules, IStringLocalizer<IndexModel> l) : PageModel
{
    /// <summary>Which client's networks to show (see <see cref="ClientFilter"/>).</summary>
    [BindProperty(SupportsGet = true, Name = "client")]
    public string? ClientValue { get; set; }

    public ClientFilter Filter { get; private set; } = ClientFilter.All;

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? SearchValue { get; set; }

    [BindProperty(SupportsGet = true, Name = "sort")]
    public string? SortValue { get; set; }

    /// <summary>Search, sort and the requested page; <c>page</c> is read from the query itself because Razor Pages keeps a route value of that name.</summary>
    public NetworkListQuery List { get; private set; } = NetworkListQuery.Parse(null, null, null);

    /// <summary>The page shown (1-based), after clamping the requested one.</summary>
    public int CurrentPage { get; private set; } = 1;

    public int PageCount { get; private set; } = 1;

    /// <summary>How many networks the filter and search match across all pages.</summary>
    public int Total { get; private set; }

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
        var matching = List.Filter(Filter.Apply(db.Networks.OwnedBy(User)));
        Total = await matching.CountAsync();
        PageCount = NetworkListQuery.PageCountOf(Total);
        CurrentPage = List.PageWithin(PageCount);
        Networks = await RowsAsync(List.Ordered(matching).Skip((CurrentPage - 1) * NetworkListQuery.PageSize).Take(NetworkListQuery.PageSize));
        TrialNotices = await TrialNoticesAsync();
        var takeHomes = await db.SavedTakeHomes.OwnedBy(User)
            .OrderByDescending(t => t.WorkshopDate).ThenByDescending(t => t.Id)
            .Select(t => new TakeHomeRow(t.Id, t.WorkshopTitle, t.WorkshopDate, t.Style))
            .Take(TakeHomeLimit + 1)
            .ToListAsync();
        MoreTakeHomes = takeHomes.Count > TakeHomeLimit;
        TakeHomes = takeHomes.Take(TakeHomeLimit).ToList();
        return Page();
    }

    /// <summary>The listed networks with their latest results as a spreadsheet, e.g. everything checked for one client.</summary>
    public async Task<IActionResult> OnGetCsvAsync()
    {
        if (!await FilterAsync())
        {
            return NotFound();
        }
        var csv = NetworkListExport.ToCsv(await RowsAsync(List.Ordered(List.Filter(Filter.Apply(db.Networks.OwnedBy(User))))), l);
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
        List = NetworkListQuery.Parse(SearchValue, SortValue, Request.Query["page"].FirstOrDefault());
        return true;
    }

    /// <summary>This list with another page or order, keeping the client filter and the search.</summary>
    public string ListUrl(int page = 1, NetworkListQuery.Order? sort = null, bool keepSearch = true)
    {
        var query = new QueryBuilder();
        void Add(string key, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                query.Add(key, value);
            }
        }
        Add("client", Filter.QueryValue);
        Add("q", keepSearch ? List.Search : null);
        Add("sort", (sort is { } order ? List with { Sort = order } : List).SortValue);
        Add("page", page > 1 ? page.ToString(System.Globalization.CultureInfo.InvariantCulture) : null);
        return Url.Page("/Networks/Index") + query.ToQueryString();
    }

    /// <summary>The rows of <paramref name="networks"/> (already ordered and, for the list, cut to one page) with their latest results.</summary>
    private async Task<IReadOnlyList<NetworkRow>> RowsAsync(IQueryable<Network> networks)
    {
        var rows = await networks
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

    /// <summary>The dashboard shows the newest take-homes only, so its cost stays bounded.</summary>
    public const int TakeHomeLimit = 20;

    public bool MoreTakeHomes { get; private set; }

    /// <summary>At most this many trial reminders, the soonest ends first.</summary>
    public const int TrialNoticeLimit = 10;

    public sealed record TakeHomeRow(int Id, string Title, DateOnly Date, NetworkerStyle? Style);

    private async Task<IReadOnlyList<TrialNotice>> TrialNoticesAsync()
    {
        var today = clock.Today();
        var soon = today.AddDays(TrialPeriod.EndingSoonDays);
        var shortestDays = rules.MinimumTrialWeeks * 7;
        // The same test as below, in SQL, so only trials that get a notice are loaded.
        var trials = await db.Networks.OwnedBy(User)
            .Where(n => n.Status == NetworkStatus.Trial && n.TrialStart != null && n.TrialPlannedEnd != null)
            .Where(n => n.TrialPlannedEnd <= soon || n.TrialPlannedEnd < n.TrialStart!.Value.AddDays(shortestDays))
            .OrderBy(n => n.TrialPlannedEnd).ThenBy(n => n.Id)
            .Take(TrialNoticeLimit)
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
