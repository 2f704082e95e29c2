using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using NetzwerkCheck.Domain.Workshops;
using NetzwerkCheck.Web.Data;
using NetzwerkCheck.Web.Infrastructure;
using NetzwerkCheck.Web.Pages.Workshops;

namespace NetzwerkCheck.Web.Pages.Join;

/// <summary>A participant's phone: the facilitator's current question, and the answer form for it.</summary>
[EnableRateLimiting(WebSetup.AnonymousFormsPolicy)]
public class RoomModel(AppDbContext db, CookieNames cookies) : PageModel
{
    public Workshop Workshop { get; private set; } = null!;
    public WorkshopQuestion Question { get; private set; } = null!;
    public string? Answer { get; private set; }

    [BindProperty]
    public List<string> Values { get; set; } = [];

    public async Task<IActionResult> OnGetAsync(string code)
    {
        var (result, _) = await LoadAsync(code);
        return result ?? Page();
    }

    /// <summary>What the phone's script polls: which question is on the projector, and whether the workshop is over.</summary>
    public async Task<IActionResult> OnGetStateAsync(string code)
    {
        var normalized = WorkshopRoom.NormalizeCode(code);
        var state = await db.Workshops.Where(w => w.JoinCode == normalized)
            .Select(w => new { question = w.CurrentQuestion, closed = w.ClosedUtc != null })
            .SingleOrDefaultAsync();
        return state is null ? NotFound() : new JsonResult(state);
    }

    public async Task<IActionResult> OnPostAsync(string code, string? questionKey)
    {
        var (result, participant) = await LoadAsync(code);
        if (result is not null || Workshop.IsClosed)
        {
            return result ?? Page();
        }
        if (questionKey != Question.Key)
        {
            // The facilitator moved on while this phone still showed the old question.
            ModelState.AddModelError(string.Empty, "Inzwischen ist eine andere Frage dran. Hier ist sie.");
            return Page();
        }
        var value = WorkshopQuestions.Normalize(Question, Values);
        if (value is null)
        {
            ModelState.AddModelError(string.Empty, Question.Kind == QuestionKind.OpenText
                ? $"Bitte schreiben Sie eine Antwort mit höchstens {WorkshopQuestions.OpenTextMaxLength} Zeichen."
                : "Bitte wählen Sie eine der angebotenen Antworten.");
            return Page();
        }

        var existing = await db.WorkshopAnswers.SingleOrDefaultAsync(a => a.ParticipantId == participant!.Id && a.QuestionKey == Question.Key);
        if (existing is null)
        {
            db.WorkshopAnswers.Add(new WorkshopAnswer { WorkshopId = Workshop.Id, ParticipantId = participant!.Id, QuestionKey = Question.Key, Value = value });
        }
        else
        {
            existing.Value = value;
        }
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateException)
        {
            // A double tap raced the first answer in; the unique index kept exactly one, which counts.
        }
        await WorkshopRoom.BumpAsync(db, Workshop.Id);
        return Redirect($"/w/{Workshop.JoinCode}");
    }

    private async Task<(IActionResult? Result, WorkshopParticipant? Participant)> LoadAsync(string code)
    {
        var normalized = WorkshopRoom.NormalizeCode(code);
        var workshop = await db.Workshops.AsNoTracking().SingleOrDefaultAsync(w => w.JoinCode == normalized);
        if (workshop is null)
        {
            return (NotFound(), null);
        }
        Workshop = workshop;
        Question = WorkshopQuestions.At(workshop.CurrentQuestion);
        if (workshop.IsClosed)
        {
            Response.StatusCode = StatusCodes.Status410Gone;
            return (null, null);
        }
        var hash = BrowserToken.Hash(HttpContext, cookies, "nc-participant", TimeSpan.FromDays(2), createIfMissing: false);
        var participant = await db.WorkshopParticipants.AsNoTracking().SingleOrDefaultAsync(p => p.WorkshopId == workshop.Id && p.ParticipantHash == hash);
        if (participant is null)
        {
            return (Redirect($"/w?Input.Code={workshop.JoinCode}"), null);
        }
        Answer = await db.WorkshopAnswers.Where(a => a.ParticipantId == participant.Id && a.QuestionKey == Question.Key).Select(a => a.Value).SingleOrDefaultAsync();
        return (null, participant);
    }
}
