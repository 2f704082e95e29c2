using NetzwerkCheck.Domain.Workshops;

namespace NetzwerkCheck.Web.Pages.Workshops;

public class SummaryModel(AppDbContext db) : PageModel
{
    public Workshop Workshop { get; private set; } = null!;
    public int Participants { get; private set; }
    public IReadOnlyList<WorkshopTally> Tallies { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id)
    {
        var workshop = await db.Workshops.AsNoTracking().OwnedBy(User).SingleOrDefaultAsync(w => w.Id == id);
        if (workshop is null)
        {
            return NotFound();
        }
        Workshop = workshop;
        Participants = await WorkshopRoom.ParticipantCountAsync(db, id);
        // A debrief slide is not a question: nothing to sum up.
        Tallies = [.. (await WorkshopRoom.TalliesAsync(db, workshop)).Where(t => t.Question.Kind != QuestionKind.Debrief)];
        return Page();
    }
}
