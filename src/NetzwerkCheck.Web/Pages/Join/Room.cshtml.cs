using Microsoft.AspNetCore.RateLimiting;
using NetzwerkCheck.Domain.Workshops;
using NetzwerkCheck.Web.Infrastructure.Telemetry;
using NetzwerkCheck.Web.Localization;
using NetzwerkCheck.Web.Pages.Workshops;

namespace NetzwerkCheck.Web.Pages.Join;

/// <summary>
/// A participant's phone: the facilitator's current question, and the answer form for it. The phone
/// follows the projector through <see cref="WorkshopLive"/> (<c>/w/{code}/events</c>).
/// </summary>
[EnableRateLimiting(WorkshopRateLimits.RoomPolicy)]
public class RoomModel(AppDbContext db, CookieNames cookies, IStringLocalizer<RoomModel> l, AppMetrics metrics) : PageModel
{
    public Workshop Workshop { get; private set; } = null!;
    public WorkshopQuestion Question { get; private set; } = null!;
    public string? Answer { get; private set; }

    [BindProperty]
    public List<string?> Values { get; set; } = [];

    public async Task<IActionResult> OnGetAsync(string code)
    {
        var (result, _) = await LoadAsync(code);
        // Once the workshop is over, the phone shows its own take-home instead of the question.
        return result ?? (Workshop.IsClosed && TakeHomeModel.IsOfferedBy(Workshop) ? RedirectToPage("/Join/TakeHome", new { code = Workshop.JoinCode }) : Page());
    }

    public async Task<IActionResult> OnPostAsync(string code, string? questionKey)
    {
        var (result, participant) = await LoadAsync(code);
        if (result is not null || Workshop.IsClosed)
        {
            return result ?? Page();
        }
        if (Question.Kind == QuestionKind.Debrief)
        {
            ModelState.AddModelError(string.Empty, l["Gerade gibt es nichts zu beantworten: Schauen Sie auf die Leinwand."]);
            return Page();
        }
        if (questionKey != Question.Key)
        {
            // The facilitator moved on while this phone still showed the old question.
            ModelState.AddModelError(string.Empty, l["Inzwischen ist eine andere Frage dran. Hier ist sie."]);
            return Page();
        }
        var value = WorkshopQuestions.Normalize(Question, Values);
        if (value is null)
        {
            ModelState.AddModelError(string.Empty, Question.Kind == QuestionKind.OpenText
                ? l["Bitte schreiben Sie eine Antwort mit höchstens {0} Zeichen.", WorkshopQuestions.OpenTextMaxLength]
                : WorkshopQuestions.IsExclusiveCombined(Question, Values)
                    ? l["„{0}“ lässt sich nicht mit anderen Antworten verbinden.", WorkshopTexts.Option(Question, Question.ExclusiveOption!)]
                    : l["Bitte wählen Sie eine der angebotenen Antworten."]);
            return Page();
        }

        // One upsert: the first answer inserts, a repeated one replaces it, so each phone counts once per question.
        // A changed text is new again: the facilitator has not seen these words yet. The room's version step (what
        // WorkshopRoom.BumpAsync does elsewhere) goes in the same command, so that an answer passes the database's
        // write gate once, not twice.
        var review = nameof(AnswerReview.New);
        await db.Database.ExecuteSqlInterpolatedAsync($"""
            INSERT INTO "WorkshopAnswers" ("WorkshopId", "ParticipantId", "QuestionKey", "Value", "Review")
            VALUES ({Workshop.Id}, {participant!.Id}, {Question.Key}, {value}, {review})
            ON CONFLICT ("ParticipantId", "QuestionKey") DO UPDATE SET
                "Review" = CASE WHEN "WorkshopAnswers"."Value" = excluded."Value" THEN "WorkshopAnswers"."Review" ELSE excluded."Review" END,
                "Value" = excluded."Value";
            UPDATE "Workshops" SET "Version" = "Version" + 1 WHERE "Id" = {Workshop.Id};
            """);
        metrics.WorkshopAnswerStored();
        return Redirect($"/w/{Workshop.JoinCode}");
    }

    private async Task<(IActionResult? Result, WorkshopParticipant? Participant)> LoadAsync(string code)
    {
        var normalized = WorkshopRoom.NormalizeCode(code);
        var workshop = await db.Workshops.AsNoTracking().SingleOrDefaultAsync(w => w.JoinCode == normalized);
        var hash = workshop is null ? null : WorkshopRoom.ParticipantHash(HttpContext, cookies, workshop.ParticipantSalt, createIfMissing: false);
        var participant = workshop is null
            ? null
            : await db.WorkshopParticipants.AsNoTracking().SingleOrDefaultAsync(p => p.WorkshopId == workshop.Id && p.ParticipantHash == hash);
        if (workshop is null || participant is null)
        {
            // Whoever has not joined goes to the join form with the code filled in, whether the code
            // exists or not: only the rate-limited join form says which codes are real.
            return (Redirect($"/w?Input.Code={Uri.EscapeDataString(normalized)}"), null);
        }
        Workshop = workshop;
        Question = workshop.Current;
        if (workshop.IsClosed)
        {
            Response.StatusCode = StatusCodes.Status410Gone;
            return (null, null);
        }
        Answer = await db.WorkshopAnswers.Where(a => a.ParticipantId == participant.Id && a.QuestionKey == Question.Key).Select(a => a.Value).SingleOrDefaultAsync();
        return (null, participant);
    }
}
