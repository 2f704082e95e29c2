using NetzwerkCheck.Web.Pages.Account;
using NetzwerkCheck.Web.Pages.Checks;

namespace NetzwerkCheck.Web.Pages.Reports;

/// <summary>"Kurzfassung": the report on one A4 page – verdict, profile, fit and the first three next steps.</summary>
public class ShortModel(AppDbContext db, AssessmentRules rules) : PageModel
{
    public const int StepCount = 3;

    public ReportContent Report { get; private set; } = null!;

    public AssessmentSummary Summary => Report.Summary;

    public ConsultantBrand? Brand => Report.Brand;

    public async Task<IActionResult> OnGetAsync(int id)
    {
        var report = await ReportContent.ForOwnerAsync(db, rules, User, id, Url.Page("/Reports/Logo", new { id })!, HttpContext.RequestAborted);
        if (report is null)
        {
            return NotFound();
        }
        Report = report;
        return Page();
    }
}
