using NetzwerkCheck.Domain.Workshops;

namespace NetzwerkCheck.Web.Pages.Workshops;

public class SummaryModel(AppDbContext db) : PageModel
{
    public Workshop Workshop { get; private set; } = null!;
    public int Participants { get; private set; }
    public IReadOnlyList<WorkshopTally> Tallies { get; private set; } = [];

    /// <summary>The assessment a closed group assessment became; null for other kinds or while none exists.</summary>
    public int? AssessmentId { get; private set; }

    public string? NetworkName { get; private set; }

    /// <summary>A group assessment shows an item's answers only from its threshold on, here as on the projector.</summary>
    public bool Hides(WorkshopTally tally) => Workshop.Kind == WorkshopKind.NetworkAssessment && tally.Respondents < Workshop.RevealThreshold;

    public async Task<IActionResult> OnGetAsync(int id)
    {
        var workshop = await db.Workshops.AsNoTracking().OwnedBy(User).SingleOrDefaultAsync(w => w.Id == id);
        if (workshop is null)
        {
            return NotFound();
        }
        Workshop = workshop;
        Participants = await WorkshopRoom.ParticipantCountAsync(db, id);
        Tallies = await WorkshopRoom.TalliesAsync(db, workshop);
        if (workshop.Kind == WorkshopKind.NetworkAssessment)
        {
            AssessmentId = await db.Assessments.OwnedBy(User).Where(a => a.WorkshopId == id).Select(a => (int?)a.Id).SingleOrDefaultAsync();
            NetworkName = await db.Networks.OwnedBy(User).Where(n => n.Id == workshop.NetworkId).Select(n => n.Name).SingleOrDefaultAsync();
        }
        return Page();
    }
}
