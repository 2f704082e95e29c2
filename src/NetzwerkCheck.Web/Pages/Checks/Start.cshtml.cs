using NetzwerkCheck.Domain.Value;
using NetzwerkCheck.Web.Pages.Networks;
using NetzwerkCheck.Web.Pages.Surveys;

namespace NetzwerkCheck.Web.Pages.Checks;

/// <summary>Opens the network's draft, creating one (pre-filled from the last check) when there is none.</summary>
public class StartModel(AppDbContext db, TimeProvider clock, SurveyOptions surveyOptions, AssessmentRules rules) : PageModel
{
    public IActionResult OnGet(int networkId) => RedirectToPage("/Networks/Details", new { id = networkId });

    public async Task<IActionResult> OnPostAsync(int networkId)
    {
        var network = await db.Networks.OwnedBy(User).SingleOrDefaultAsync(n => n.Id == networkId);
        if (network is null)
        {
            return NotFound();
        }

        if (await FindDraftAsync(networkId) is { } existing)
        {
            return RedirectToPage(CheckSteps.ResumeAt(existing.LastStep).Page, new { id = existing.Id });
        }

        var previous = await db.Assessments.CompletedOf(networkId).FirstOrDefaultAsync();
        var survey = await SurveyEvidence.LatestAsync(db, networkId, surveyOptions);
        var value = await ValueEvidence.OfAsync(db, network, User, clock.Today());
        var results = value is null ? null : ResultsEvidence.Suggest(value.SinceStart, rules);
        var draft = Assessment.StartDraft(network, previous, clock.Today(),
            clock.GetUtcNow().UtcDateTime, survey?.SuggestedRating, results?.Rating);
        db.Assessments.Add(draft);
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateException)
        {
            // A double click created the draft a moment ago; the unique index kept it to one.
            db.Entry(draft).State = EntityState.Detached;
            var raced = await FindDraftAsync(networkId) ?? throw new InvalidOperationException("Entwurf konnte nicht angelegt werden.");
            return RedirectToPage(CheckSteps.ResumeAt(raced.LastStep).Page, new { id = raced.Id });
        }
        return RedirectToPage("Goal", new { id = draft.Id });
    }

    private Task<DraftRef?> FindDraftAsync(int networkId) => db.Assessments
        .Where(a => a.NetworkId == networkId && a.CompletedUtc == null)
        .Select(a => new DraftRef(a.Id, a.LastStep))
        .FirstOrDefaultAsync();

    private sealed record DraftRef(int Id, int LastStep);
}
