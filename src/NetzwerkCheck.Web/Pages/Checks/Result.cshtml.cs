using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NetzwerkCheck.Domain.Assessments;
using NetzwerkCheck.Web.Data;
using NetzwerkCheck.Web.Infrastructure;

namespace NetzwerkCheck.Web.Pages.Checks;

public class ResultModel(AppDbContext db, AssessmentRules rules) : PageModel
{
    public CheckStep CurrentStep => CheckSteps.Result;

    public AssessmentSummary Summary { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id)
    {
        var assessment = await db.Assessments.OwnedBy(User)
            .AsNoTracking()
            .WithDetails()
            .SingleOrDefaultAsync(a => a.Id == id);
        if (assessment is null)
        {
            return NotFound();
        }
        if (!assessment.IsCompleted)
        {
            return RedirectToPage(CheckSteps.Flags.Page, new { id });
        }
        Summary = AssessmentSummary.From(assessment, rules);
        return Page();
    }
}
