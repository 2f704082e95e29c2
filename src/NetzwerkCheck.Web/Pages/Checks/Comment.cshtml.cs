using System.ComponentModel.DataAnnotations;

namespace NetzwerkCheck.Web.Pages.Checks;

/// <summary>"Einschätzung der Beraterin / des Beraters": the owner's own words on a completed assessment, printed in the report.</summary>
public class CommentModel(AppDbContext db, TimeProvider clock, IStringLocalizer<CommentModel> l) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public int AssessmentId { get; private set; }

    public string NetworkName { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(int id)
    {
        var assessment = await LoadAsync(id);
        if (assessment is null)
        {
            return NotFound();
        }
        Input = new() { Text = assessment.ConsultantComment };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        var assessment = await LoadAsync(id);
        if (assessment is null)
        {
            return NotFound();
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var text = string.IsNullOrWhiteSpace(Input.Text) ? null : Input.Text.Trim().ReplaceLineEndings("\n");
        assessment.ConsultantComment = text;
        assessment.UpdatedUtc = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync();
        TempData.SetStatus(text is null ? l["Die Einschätzung ist entfernt."] : l["Ihre Einschätzung ist gespeichert und steht im Bericht."]);
        return RedirectToPage("/Checks/Result", null, new { id }, "consultant-comment-box");
    }

    private async Task<Assessment?> LoadAsync(int id)
    {
        var assessment = await db.Assessments.OwnedBy(User).Include(a => a.Network)
            .SingleOrDefaultAsync(a => a.Id == id && a.CompletedUtc != null);
        if (assessment is not null)
        {
            AssessmentId = assessment.Id;
            NetworkName = assessment.Network!.Name;
        }
        return assessment;
    }

    public sealed class InputModel
    {
        [StringLength(Assessment.ConsultantCommentMaxLength, ErrorMessage = "Die Einschätzung darf höchstens {1} Zeichen lang sein.")]
        [Display(Name = "Einschätzung der Beraterin / des Beraters")]
        public string? Text { get; set; }
    }
}
