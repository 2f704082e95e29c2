using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NetzwerkCheck.Domain.Assessments;
using NetzwerkCheck.Domain.Networks;
using NetzwerkCheck.Web.Data;
using NetzwerkCheck.Web.Infrastructure;

namespace NetzwerkCheck.Web.Pages.Networks;

public class IndexModel(AppDbContext db) : PageModel
{
    [TempData]
    public string? StatusMessage { get; set; }

    public IReadOnlyList<NetworkRow> Networks { get; private set; } = [];

    public async Task OnGetAsync()
    {
        Networks = await db.Networks.OwnedBy(User)
            .OrderBy(n => n.Status == NetworkStatus.Left).ThenBy(n => n.Name)
            .Select(n => new NetworkRow(
                n.Id,
                n.Name,
                n.OrganisationForm,
                n.Status,
                n.ApproxMemberCount,
                n.Assessments
                    .Where(a => a.CompletedUtc != null)
                    .OrderByDescending(a => a.CompletedUtc)
                    .Select(a => new LatestResult(a.CompletedUtc!.Value, a.Score, a.Recommendation!.Value, a.CompletenessPercent ?? 0))
                    .FirstOrDefault(),
                n.Assessments.Any(a => a.CompletedUtc == null)))
            .ToListAsync();
    }

    public sealed record NetworkRow(int Id, string Name, OrganisationForm Form, NetworkStatus Status, int? Members, LatestResult? Latest, bool HasDraft);

    public sealed record LatestResult(DateTime CompletedUtc, int? Score, Recommendation Recommendation, int CompletenessPercent);
}
