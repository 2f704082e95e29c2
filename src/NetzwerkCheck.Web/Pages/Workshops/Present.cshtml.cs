using NetzwerkCheck.Domain.Workshops;

namespace NetzwerkCheck.Web.Pages.Workshops;

/// <summary>The projector: join code, one question at a time, the room's answers live. Keyboard-driven (wwwroot/js/workshop-present.js).</summary>
public class PresentModel(AppDbContext db, TimeProvider clock, PublicLinks links, WorkshopLive live) : PageModel
{
    public WorkshopStage Stage { get; private set; } = null!;

    /// <summary>The address people type in: host and "/w", without the scheme.</summary>
    public string JoinAddress => links.Shown(Request) + "/w";

    public async Task<IActionResult> OnGetAsync(int id) => await LoadAsync(id) ? Page() : NotFound();

    /// <summary>
    /// The projector's live channel (server-sent events): the room's state whenever the workshop's
    /// version changed, which every step and every answer does. See <see cref="WorkshopLive"/>.
    /// </summary>
    public async Task<IActionResult> OnGetEventsAsync(int id)
    {
        if (!await db.Workshops.OwnedBy(User).AnyAsync(w => w.Id == id, HttpContext.RequestAborted))
        {
            return NotFound();
        }
        await live.ProjectorEventsAsync(HttpContext, id);
        return new EmptyResult();
    }

    public async Task<IActionResult> OnGetStageAsync(int id) => await LoadAsync(id) ? Partial("_Stage", Stage) : NotFound();

    public Task<IActionResult> OnPostNextAsync(int id) => MoveAsync(id, +1);

    public Task<IActionResult> OnPostBackAsync(int id) => MoveAsync(id, -1);

    public async Task<IActionResult> OnPostRevealAsync(int id)
    {
        var changed = await db.Workshops.OwnedBy(User).Where(w => w.Id == id)
            .ExecuteUpdateAsync(s => s.SetProperty(w => w.ResultsRevealed, w => !w.ResultsRevealed).SetProperty(w => w.Version, w => w.Version + 1));
        return changed == 0 ? NotFound() : RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostCloseAsync(int id)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var changed = await db.Workshops.OwnedBy(User).Where(w => w.Id == id)
            .ExecuteUpdateAsync(s => s.SetProperty(w => w.ClosedUtc, now).SetProperty(w => w.Version, w => w.Version + 1));
        return changed == 0 ? NotFound() : RedirectToPage("Summary", new { id });
    }

    private async Task<IActionResult> MoveAsync(int id, int step)
    {
        var workshop = await db.Workshops.AsNoTracking().OwnedBy(User).SingleOrDefaultAsync(w => w.Id == id);
        if (workshop is null)
        {
            return NotFound();
        }
        // The sequence is fixed once the workshop runs, so its length read here still holds below.
        var last = workshop.LastQuestion;
        // Moving to another question hides the results again, so the room answers before it sees the others.
        var changed = step > 0
            ? await db.Workshops.OwnedBy(User).Where(w => w.Id == id)
                .ExecuteUpdateAsync(s => s
                    .SetProperty(w => w.CurrentQuestion, w => w.CurrentQuestion < last ? w.CurrentQuestion + 1 : last)
                    .SetProperty(w => w.ResultsRevealed, false)
                    .SetProperty(w => w.Version, w => w.Version + 1))
            : await db.Workshops.OwnedBy(User).Where(w => w.Id == id)
                .ExecuteUpdateAsync(s => s
                    .SetProperty(w => w.CurrentQuestion, w => w.CurrentQuestion > 0 ? w.CurrentQuestion - 1 : 0)
                    .SetProperty(w => w.ResultsRevealed, false)
                    .SetProperty(w => w.Version, w => w.Version + 1));
        return changed == 0 ? NotFound() : RedirectToPage(new { id });
    }

    private async Task<bool> LoadAsync(int id)
    {
        var state = await ProjectorState.LoadAsync(db, db.Workshops.OwnedBy(User).Where(w => w.Id == id), HttpContext.RequestAborted);
        if (state is null)
        {
            return false;
        }
        Stage = new WorkshopStage(state.Workshop, state.Participants, state.Tally, links.To(Request, $"/w/{state.Workshop.JoinCode}"));
        return true;
    }
}

public sealed record WorkshopStage(Workshop Workshop, int Participants, WorkshopTally Tally, string JoinUrl)
{
    public int Number => Workshop.CurrentNumber;
    public int Total => Workshop.Questions.Count;

    /// <summary>Up to this many different open answers fit the projector as a list; more become a word cloud.</summary>
    public const int MaxListedTexts = 8;
}
