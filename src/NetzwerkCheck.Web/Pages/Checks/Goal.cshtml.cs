using System.ComponentModel.DataAnnotations;

namespace NetzwerkCheck.Web.Pages.Checks;

public class GoalModel(AppDbContext db, TimeProvider clock) : CheckStepPageModel(db, clock)
{
    public override CheckStep CurrentStep => CheckSteps.Goal;

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        Input = new InputModel { Goal = Assessment.Goal, Style = Assessment.Style };
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
        Assessment.Goal = Input.Goal;
        Assessment.Style = Input.Style;
        return await SaveAndGoAsync(go);
    }

    public sealed class InputModel
    {
        [EnumDataType(typeof(Goal), ErrorMessage = "Bitte wählen Sie eines der angebotenen Ziele.")]
        public Goal? Goal { get; set; }

        [EnumDataType(typeof(NetworkerStyle), ErrorMessage = "Bitte wählen Sie Jäger oder Sammler.")]
        public NetworkerStyle? Style { get; set; }
    }
}
