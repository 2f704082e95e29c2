using NetzwerkCheck.Domain.Workshops;
using NetzwerkCheck.Web.Pages.Account;

namespace NetzwerkCheck.Web.Pages.Workshops;

public class SummaryModel(AppDbContext db, IStringLocalizer<SummaryModel> l) : PageModel
{
    public Workshop Workshop { get; private set; } = null!;
    public int Participants { get; private set; }
    public IReadOnlyList<WorkshopTally> Tallies { get; private set; } = [];

    /// <summary>The assessment a closed group assessment became; null for other kinds or while none exists.</summary>
    public int? AssessmentId { get; private set; }

    public string? NetworkName { get; private set; }

    /// <summary>"Erstellt von …": the facilitator's consultant profile; null when there is none.</summary>
    public ConsultantBrand? Brand { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        var brand = await ConsultantProfiles.ForOwnerAsync(db, Workshop.OwnerId, HttpContext.RequestAborted);
        Brand = brand is { HasLogo: true } ? brand with { LogoUrl = Url.Page("/Account/Profile", "Logo") } : brand;
        return Page();
    }

    /// <summary>A group assessment shows an item's answers only from its threshold on, here as on the projector and in the export.</summary>
    public bool Hides(WorkshopTally tally) => Workshop.Kind == WorkshopKind.NetworkAssessment && tally.Respondents < Workshop.RevealThreshold;

    public async Task<IActionResult> OnGetCsvAsync(int id) =>
        await LoadAsync(id) ? File(Export().ToCsv(l), "text/csv; charset=utf-8", FileName("csv")) : NotFound();

    public async Task<IActionResult> OnGetJsonAsync(int id) =>
        await LoadAsync(id) ? File(Export().ToJson(), "application/json", FileName("json")) : NotFound();

    private WorkshopExport Export() => WorkshopExport.Of(Workshop, Participants, Tallies, Hides);

    private string FileName(string extension) => $"workshop-{Workshop.CreatedUtc:yyyy-MM-dd}-{Workshop.JoinCode.ToLowerInvariant()}.{extension}";

    private async Task<bool> LoadAsync(int id)
    {
        var workshop = await db.Workshops.AsNoTracking().OwnedBy(User).SingleOrDefaultAsync(w => w.Id == id);
        if (workshop is null)
        {
            return false;
        }
        Workshop = workshop;
        Participants = await WorkshopRoom.ParticipantCountAsync(db, id);
        // A debrief slide is not a question: nothing to sum up.
        Tallies = [.. (await WorkshopRoom.TalliesAsync(db, workshop, cancellationToken: HttpContext.RequestAborted)).Where(t => t.Question.Kind != QuestionKind.Debrief)];
        if (workshop.Kind == WorkshopKind.NetworkAssessment)
        {
            AssessmentId = await db.Assessments.OwnedBy(User).Where(a => a.WorkshopId == id).Select(a => (int?)a.Id).SingleOrDefaultAsync();
            NetworkName = await db.Networks.OwnedBy(User).Where(n => n.Id == workshop.NetworkId).Select(n => n.Name).SingleOrDefaultAsync();
        }
        return true;
    }
}
