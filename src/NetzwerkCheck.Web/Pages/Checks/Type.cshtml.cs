namespace NetzwerkCheck.Web.Pages.Checks;

public class TypeModel(AppDbContext db, TimeProvider clock, IStringLocalizer<TypeModel> l) : CheckStepPageModel(db, clock)
{
    public override CheckStep CurrentStep => CheckSteps.Type;

    /// <summary>Answer per question key, 0 to 4; a missing key means "not answered".</summary>
    /// <remarks>
    /// Named explicitly: without a name, a form with no answer at all would make the binder fall back to the
    /// empty prefix and read "go" and the antiforgery token as answers.
    /// </remarks>
    [BindProperty(Name = nameof(Answers))]
    public Dictionary<string, int?> Answers { get; set; } = [];

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        Answers = Assessment.ClassificationAnswers.ToDictionary(a => a.Key, a => (int?)a.Value);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, string? go)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        var known = ClassificationQuestions.All.Select(q => q.Key).ToHashSet();
        foreach (var (key, value) in Answers)
        {
            if (!known.Contains(key) || value is < ClassificationQuestions.MinAnswer or > ClassificationQuestions.MaxAnswer)
            {
                ModelState.AddModelError(string.Empty, l["Bitte wählen Sie bei jeder Aussage eine der angebotenen Antworten."]);
                break;
            }
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        Assessment.ClassificationAnswers = Answers
            .Where(a => a.Value is not null)
            .ToDictionary(a => a.Key, a => a.Value!.Value);
        return await SaveAndGoAsync(go);
    }
}
