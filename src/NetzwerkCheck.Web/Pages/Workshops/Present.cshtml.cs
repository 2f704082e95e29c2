using NetzwerkCheck.Domain.Workshops;

namespace NetzwerkCheck.Web.Pages.Workshops;

/// <summary>The projector: join code, one question at a time, the room's answers live. Keyboard-driven (wwwroot/js/workshop-present.js).</summary>
public class PresentModel(AppDbContext db, TimeProvider clock, PublicLinks links, WorkshopLive live, AssessmentRules rules, IStringLocalizer<PresentModel> l) : PageModel
{
    public WorkshopStage Stage { get; private set; } = null!;

    /// <summary>The network a group assessment judges; null for other kinds or once the network is deleted.</summary>
    public string? NetworkName { get; private set; }

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
        var owned = db.Workshops.OwnedBy(User).Where(w => w.Id == id);
        await using var transaction = await db.Database.BeginTransactionAsync();
        // Only the request that actually closes the workshop makes its assessment: a second "close", even a
        // concurrent one, waits for this row and then finds it closed (the unique index on WorkshopId backs it up).
        var closed = await owned.Where(w => w.ClosedUtc == null)
            .ExecuteUpdateAsync(s => s.SetProperty(w => w.ClosedUtc, now).SetProperty(w => w.Version, w => w.Version + 1));
        if (closed == 0)
        {
            return await owned.AnyAsync() ? RedirectToPage("Summary", new { id }) : NotFound();
        }
        await GroupAssessmentRoom.CompleteAsync(db, id, rules, clock.Today(), now);
        await transaction.CommitAsync();
        return RedirectToPage("Summary", new { id });
    }

    /// <summary>The facilitator sets the room's value for one item of a group assessment: a value of the item, or the room's median.</summary>
    public async Task<IActionResult> OnPostAgreeAsync(int id, string? questionKey, List<string?> values, bool median)
    {
        var workshop = await db.Workshops.AsNoTracking().OwnedBy(User).SingleOrDefaultAsync(w => w.Id == id);
        if (workshop is null || workshop.Kind != WorkshopKind.NetworkAssessment)
        {
            return NotFound();
        }
        var question = workshop.Questions.FirstOrDefault(q => q.Key == questionKey);
        string? value = null;
        if (workshop.IsClosed)
        {
            ModelState.AddModelError(string.Empty, l["Der Workshop ist geschlossen; die Werte des Raums stehen fest."]);
        }
        else if (question is null)
        {
            ModelState.AddModelError(string.Empty, l["Diesen Punkt gibt es in diesem Workshop nicht."]);
        }
        else if (median)
        {
            var reading = await GroupAssessmentRoom.ReadingAsync(db, workshop, question);
            value = reading.Shown ? reading.Suggested : null;
            if (value is null)
            {
                ModelState.AddModelError(string.Empty, l["Den Median gibt es erst ab {0} Antworten. Wählen Sie den Wert selbst oder warten Sie auf weitere Antworten.", workshop.RevealThreshold]);
            }
        }
        else
        {
            value = WorkshopQuestions.Normalize(question, values);
            if (value is null)
            {
                ModelState.AddModelError(string.Empty, question.Kind == QuestionKind.MultipleChoice
                    ? l["Bitte wählen Sie Warnsignale aus der Liste – oder nur „Keins davon“."]
                    : l["Bitte wählen Sie einen der angebotenen Werte."]);
            }
        }
        if (workshop.IsClosed || question is null || value is null)
        {
            return await LoadAsync(id) ? Page() : NotFound();
        }
        await GroupAssessmentRoom.AgreeAsync(db, id, question.Key, value);
        return RedirectToPage(new { id });
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
        Stage = new WorkshopStage(state.Workshop, state.Participants, state.Tally, links.To(Request, $"/w/{state.Workshop.JoinCode}"), state.Agreed);
        NetworkName = state.Workshop.NetworkId is int networkId
            ? await db.Networks.Where(n => n.Id == networkId).Select(n => n.Name).SingleOrDefaultAsync()
            : null;
        return true;
    }
}

public sealed record WorkshopStage(Workshop Workshop, int Participants, WorkshopTally Tally, string JoinUrl, string? Agreed = null)
{
    /// <summary>How the room reads the current item of a group assessment; null for other kinds.</summary>
    public RoomReading? Reading => Workshop.Kind == WorkshopKind.NetworkAssessment ? RoomReading.Of(Tally, Workshop.RevealThreshold) : null;

    public int Number => Workshop.CurrentNumber;
    public int Total => Workshop.Questions.Count;

    /// <summary>Up to this many different open answers fit the projector as a list; more become a word cloud.</summary>
    public const int MaxListedTexts = 8;
}
