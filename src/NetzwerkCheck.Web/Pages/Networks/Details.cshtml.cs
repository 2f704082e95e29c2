using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NetzwerkCheck.Domain.Assessments;
using NetzwerkCheck.Domain.Networks;
using NetzwerkCheck.Web.Data;
using NetzwerkCheck.Web.Infrastructure;

namespace NetzwerkCheck.Web.Pages.Networks;

public class DetailsModel(AppDbContext db) : PageModel
{
    [TempData]
    public string? StatusMessage { get; set; }

    public Network Network { get; private set; } = null!;
    public IReadOnlyList<AssessmentRow> Assessments { get; private set; } = [];
    public AssessmentRow? Draft => Assessments.FirstOrDefault(a => a.CompletedUtc is null);

    public async Task<IActionResult> OnGetAsync(int id)
    {
        var network = await db.Networks.OwnedBy(User).AsNoTracking().SingleOrDefaultAsync(n => n.Id == id);
        if (network is null)
        {
            return NotFound();
        }
        Network = network;
        Assessments = await db.Assessments
            .Where(a => a.NetworkId == id)
            .OrderByDescending(a => a.CompletedUtc == null).ThenByDescending(a => a.CompletedUtc)
            .Select(a => new AssessmentRow(a.Id, a.CreatedUtc, a.CompletedUtc, a.Score, a.Recommendation, a.CompletenessPercent))
            .ToListAsync();
        return Page();
    }

    public sealed record AssessmentRow(int Id, DateTime CreatedUtc, DateTime? CompletedUtc, int? Score, Recommendation? Recommendation, int? CompletenessPercent);
}
