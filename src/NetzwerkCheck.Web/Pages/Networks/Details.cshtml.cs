using NetzwerkCheck.Web.Pages.Checks;

namespace NetzwerkCheck.Web.Pages.Networks;

public class DetailsModel(AppDbContext db, TimeProvider clock, AssessmentRules rules) : PageModel
{
    [TempData]
    public string? StatusMessage { get; set; }

    public Network Network { get; private set; } = null!;
    public IReadOnlyList<AssessmentRow> Assessments { get; private set; } = [];
    public TrialSummary Trial { get; private set; } = null!;
    public NetworkHistory History { get; private set; } = null!;
    public ValueView Value { get; private set; } = null!;
    public AssessmentRow? Draft => Assessments.FirstOrDefault(a => a.CompletedUtc is null);

    public async Task<IActionResult> OnGetAsync(int id)
    {
        var network = await db.Networks.OwnedBy(User).AsNoTracking().Include(n => n.Client).SingleOrDefaultAsync(n => n.Id == id);
        if (network is null)
        {
            return NotFound();
        }
        Network = network;
        Assessments = await db.Assessments
            .Where(a => a.NetworkId == id)
            .OrderByDescending(a => a.CompletedUtc == null).ThenByDescending(a => a.CompletedUtc)
            .Select(a => new AssessmentRow(a.Id, a.CreatedUtc, a.CompletedUtc, a.Score, a.Recommendation, a.CompletenessPercent, a.LastStep, a.Group != null))
            .ToListAsync();
        Trial = await TrialSummaryAsync(network);
        History = await NetworkHistory.LoadAsync(db, network, rules);
        Value = await ValueView.LoadAsync(db, network, User, clock.Today());
        return Page();
    }

    private async Task<TrialSummary> TrialSummaryAsync(Network network)
    {
        var today = clock.Today();
        var kinds = await db.Journal.Where(e => e.NetworkId == network.Id).Select(e => e.Kind).ToListAsync();
        var period = TrialPeriod.Of(network);
        return new TrialSummary(
            network.Id,
            network.Status == NetworkStatus.Trial,
            period,
            period?.StateOn(today) ?? TrialState.NotPlanned,
            period?.WeeksSoFar(today) ?? 0,
            period?.IsTooShort(rules.MinimumTrialWeeks) ?? false,
            rules.MinimumTrialWeeks,
            JournalCounts.Of(kinds));
    }

    public sealed record AssessmentRow(int Id, DateTime CreatedUtc, DateTime? CompletedUtc, int? Score, Recommendation? Recommendation, int? CompletenessPercent, int LastStep, bool IsGroup = false)
    {
        public CheckStep ResumeStep => CheckSteps.ResumeAt(LastStep);
    }
}
