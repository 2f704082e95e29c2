using System.ComponentModel.DataAnnotations;
using NetzwerkCheck.Domain.Workshops;

namespace NetzwerkCheck.Web.Pages.Workshops;

/// <summary>
/// The workshop's sequence before it starts: reorder or remove items, add questions of one's own. Once the
/// first answer is in (or the workshop is closed) the sequence stays as it is, so answers never lose their question.
/// </summary>
public class QuestionsModel(AppDbContext db, IStringLocalizer<QuestionsModel> l) : PageModel
{
    public Workshop Workshop { get; private set; } = null!;
    public bool Started { get; private set; }

    [BindProperty]
    public NewQuestion Input { get; set; } = new();

    [TempData]
    public string? StatusMessage { get; set; }

    public async Task<IActionResult> OnGetAsync(int id) => await LoadAsync(id) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAddAsync(int id)
    {
        if (!await LoadAsync(id, tracked: true))
        {
            return NotFound();
        }
        if (Started)
        {
            return RefuseStarted();
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var (question, problem) = OwnQuestions.Build(Workshop, Input.Kind!.Value, Input.Text, Input.Options);
        if (problem is not null)
        {
            ModelState.AddModelError(problem is OwnQuestionProblem.TextMissing or OwnQuestionProblem.TextTooLong ? "Input.Text" : problem == OwnQuestionProblem.SequenceFull ? "" : "Input.Options", Message(problem.Value));
            return Page();
        }
        Workshop.Questions.Add(question!);
        await SaveAsync();
        StatusMessage = l["Ihre Frage steht jetzt an Stelle {0}.", Workshop.Questions.Count];
        return RedirectToPage(new { id });
    }

    public Task<IActionResult> OnPostUpAsync(int id, string? key) => ChangeAsync(id, key, (workshop, index) => workshop.MoveQuestion(index, -1));

    public Task<IActionResult> OnPostDownAsync(int id, string? key) => ChangeAsync(id, key, (workshop, index) => workshop.MoveQuestion(index, +1));

    public Task<IActionResult> OnPostRemoveAsync(int id, string? key) => ChangeAsync(id, key, (workshop, index) => workshop.RemoveQuestion(index));

    /// <summary>Items are named by key, not position: a double click or a stale page never hits the neighbour.</summary>
    private async Task<IActionResult> ChangeAsync(int id, string? key, Func<Workshop, int, bool> change)
    {
        if (!await LoadAsync(id, tracked: true))
        {
            return NotFound();
        }
        if (Started)
        {
            return RefuseStarted();
        }
        var index = Workshop.Questions.FindIndex(q => q.Key == key);
        if (index < 0)
        {
            ModelState.AddModelError(string.Empty, l["Diese Frage gibt es im Ablauf nicht (mehr). Hier ist der aktuelle Stand."]);
            return Page();
        }
        if (!change(Workshop, index))
        {
            ModelState.AddModelError(string.Empty, Workshop.Questions.Count == 1
                ? l["Ein Workshop braucht mindestens eine Frage."]
                : l["Diese Frage steht schon am Rand des Ablaufs."]);
            return Page();
        }
        await SaveAsync();
        return RedirectToPage(new { id });
    }

    private PageResult RefuseStarted()
    {
        ModelState.AddModelError(string.Empty, l["Der Workshop hat schon Antworten oder ist geschlossen: Der Ablauf lässt sich nicht mehr ändern."]);
        return Page();
    }

    private async Task SaveAsync()
    {
        // Phones and the projector follow the version: a reordered sequence shows at once.
        Workshop.Version++;
        await db.SaveChangesAsync();
    }

    private async Task<bool> LoadAsync(int id, bool tracked = false)
    {
        var query = tracked ? db.Workshops : db.Workshops.AsNoTracking();
        var workshop = await query.OwnedBy(User).SingleOrDefaultAsync(w => w.Id == id);
        if (workshop is null)
        {
            return false;
        }
        Workshop = workshop;
        Started = workshop.IsClosed || await db.WorkshopAnswers.AnyAsync(a => a.WorkshopId == id);
        return true;
    }

    private string Message(OwnQuestionProblem problem) => problem switch
    {
        OwnQuestionProblem.TextMissing => l["Bitte schreiben Sie die Frage auf."],
        OwnQuestionProblem.TextTooLong => l["Die Frage darf höchstens {0} Zeichen lang sein.", OwnQuestions.TextMaxLength],
        OwnQuestionProblem.TooFewOptions => l["Bitte geben Sie mindestens {0} Antworten zur Auswahl an, eine pro Zeile.", OwnQuestions.MinOptions],
        OwnQuestionProblem.TooManyOptions => l["Bitte geben Sie höchstens {0} Antworten zur Auswahl an.", OwnQuestions.MaxOptions],
        OwnQuestionProblem.OptionTooLong => l["Jede Antwort zur Auswahl darf höchstens {0} Zeichen lang sein.", OwnQuestions.OptionMaxLength],
        OwnQuestionProblem.OptionsRepeat => l["Jede Antwort zur Auswahl darf nur einmal vorkommen."],
        OwnQuestionProblem.SequenceFull => l["Ein Workshop hat höchstens {0} Fragen. Entfernen Sie zuerst eine andere.", OwnQuestions.MaxSequenceLength],
        _ => l["Bitte wählen Sie, wie die Teilnehmenden antworten."],
    };

    public sealed class NewQuestion
    {
        [Required(ErrorMessage = "Bitte wählen Sie, wie die Teilnehmenden antworten.")]
        [Display(Name = "Antwortart")]
        public QuestionKind? Kind { get; set; }

        [Display(Name = "Ihre Frage")]
        public string? Text { get; set; }

        [Display(Name = "Antworten zur Auswahl")]
        public string? Options { get; set; }
    }
}
