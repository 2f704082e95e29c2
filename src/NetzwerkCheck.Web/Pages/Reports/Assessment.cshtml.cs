using NetzwerkCheck.Web.Pages.Account;
using NetzwerkCheck.Web.Pages.Checks;

namespace NetzwerkCheck.Web.Pages.Reports;

public class AssessmentModel(AppDbContext db, AssessmentRules rules) : PageModel
{
    public AssessmentSummary Summary { get; private set; } = null!;

    public ConsultantBrand? Brand { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id)
    {
        var assessment = await db.Assessments.OwnedBy(User)
            .AsNoTracking()
            .WithDetails()
            .SingleOrDefaultAsync(a => a.Id == id && a.CompletedUtc != null);
        if (assessment is null)
        {
            return NotFound();
        }
        Summary = AssessmentSummary.From(assessment, rules);
        Brand = await ReportBrand.ForAsync(db, assessment, Url, HttpContext.RequestAborted);
        return Page();
    }
}
