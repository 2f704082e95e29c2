using Microsoft.AspNetCore.OutputCaching;
using NetzwerkCheck.Web.Infrastructure.PageCache;
namespace NetzwerkCheck.Web.Pages.Reports;

// A completed check does not change: the page is kept per account, session and language (OwnerPageCache).
[OutputCache(PolicyName = OwnerPageCache.PolicyName)]
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
