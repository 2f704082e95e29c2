using NetzwerkCheck.Web.Pages.Account;
using NetzwerkCheck.Web.Pages.Checks;

namespace NetzwerkCheck.Web.Pages.Reports;

/// <summary>"Kurzfassung": the report on one A4 page – verdict, profile, fit and the first three next steps.</summary>
public class ShortModel(AppDbContext db, AssessmentRules rules) : PageModel
{
    public const int StepCount = 3;

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
        Brand = await ReportBrand.ForAsync(db, assessment, Url.Page("/Reports/Logo", new { id })!, HttpContext.RequestAborted);
        return Page();
    }
}
