using NetzwerkCheck.Domain.Workshops;

namespace NetzwerkCheck.Web.Pages.Workshops;

/// <summary>
/// The facilitator's look at the open-text answers before the room sees them: new ones stay off the projector
/// until shown, and any can be hidden again. Meant for the facilitator's own screen beside the projector.
/// </summary>
public class ModerateModel(AppDbContext db, IStringLocalizer<ModerateModel> l) : PageModel
{
    public Workshop Workshop { get; private set; } = null!;
    public IReadOnlyList<QuestionAnswers> Questions { get; private set; } = [];

    [TempData]
    public string? StatusMessage { get; set; }

    public async Task<IActionResult> OnGetAsync(int id)
    {
        var workshop = await FindAsync(id);
        if (workshop is null)
        {
            return NotFound();
        }
        Workshop = workshop;
        var open = OpenTextQuestions(workshop);
        var keys = open.Select(q => q.Key).ToList();
        var answers = await db.WorkshopAnswers.AsNoTracking()
            .Where(a => a.WorkshopId == id && keys.Contains(a.QuestionKey))
            .Select(a => new ReviewedAnswer(a.Id, a.QuestionKey, a.Value, a.Review))
            .ToListAsync();
        // Sorted by text, not by arrival: the order must not tell who wrote what.
        Questions = open
            .Select(q => new QuestionAnswers(q, q.Key == workshop.Current.Key, [.. answers.Where(a => a.QuestionKey == q.Key).OrderBy(a => a.Text, StringComparer.CurrentCulture)]))
            .OrderByDescending(q => q.IsCurrent)
            .ToList();
        return Page();
    }

    public async Task<IActionResult> OnPostReviewAsync(int id, int answerId, AnswerReview review)
    {
        if (review is not (AnswerReview.Shown or AnswerReview.Hidden))
        {
            return BadRequest();
        }
        var workshop = await FindAsync(id);
        if (workshop is null)
        {
            return NotFound();
        }
        var keys = OpenTextQuestions(workshop).Select(q => q.Key).ToList();
        var changed = await db.WorkshopAnswers
            .Where(a => a.Id == answerId && a.WorkshopId == id && keys.Contains(a.QuestionKey))
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.Review, review));
        if (changed == 0)
        {
            // Gone meanwhile (the workshop was deleted) or never an open answer of this workshop.
            return NotFound();
        }
        await WorkshopRoom.BumpAsync(db, id);
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostShowNewAsync(int id, string? questionKey)
    {
        var workshop = await FindAsync(id);
        if (workshop is null || !OpenTextQuestions(workshop).Any(q => q.Key == questionKey))
        {
            return NotFound();
        }
        var shown = await db.WorkshopAnswers
            .Where(a => a.WorkshopId == id && a.QuestionKey == questionKey && a.Review == AnswerReview.New)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.Review, AnswerReview.Shown));
        await WorkshopRoom.BumpAsync(db, id);
        StatusMessage = shown == 1 ? l["Eine neue Antwort ist jetzt sichtbar."] : l["{0} neue Antworten sind jetzt sichtbar.", shown];
        return RedirectToPage(new { id });
    }

    private Task<Workshop?> FindAsync(int id) => db.Workshops.AsNoTracking().OwnedBy(User).SingleOrDefaultAsync(w => w.Id == id);

    private static List<WorkshopQuestion> OpenTextQuestions(Workshop workshop) => [.. workshop.Questions.Where(q => q.Kind == QuestionKind.OpenText)];

    public sealed record ReviewedAnswer(int Id, string QuestionKey, string Text, AnswerReview Review);

    public sealed record QuestionAnswers(WorkshopQuestion Question, bool IsCurrent, IReadOnlyList<ReviewedAnswer> Answers)
    {
        public int New => Answers.Count(a => a.Review == AnswerReview.New);
    }
}
