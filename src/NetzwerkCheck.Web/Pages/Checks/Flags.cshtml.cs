namespace NetzwerkCheck.Web.Pages.Checks;

public class FlagsModel(AppDbContext db, TimeProvider clock, AssessmentRules rules) : CheckStepPageModel(db, clock)
{
    public override CheckStep CurrentStep => CheckSteps.Flags;

    [BindProperty]
    public List<RedFlag> RedFlags { get; set; } = [];

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        RedFlags = [.. Assessment.RedFlags];
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, string? go)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        Assessment.RedFlags = RedFlags.Distinct().Order().ToList();
        if (go == Next)
        {
            Assessment.Complete(rules, UtcNow);
        }
        return await SaveAndGoAsync(go);
    }
}
