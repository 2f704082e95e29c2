namespace NetzwerkCheck.Web.Pages.Reports;

public class AssessmentModel(AppDbContext db, AssessmentRules rules) : PageModel
{
    public ReportContent Report { get; private set; } = null!;

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
