using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using NetzwerkCheck.Domain.Assessments;
using NetzwerkCheck.Domain.Networks;
using NetzwerkCheck.Domain.Surveys;
using NetzwerkCheck.Web.Data;
using NetzwerkCheck.Web.Infrastructure;

namespace NetzwerkCheck.Web.Pages.Surveys;

/// <summary>The owner's view of a network's member survey: open it, share it, read the aggregate, close it.</summary>
public class IndexModel(AppDbContext db, TimeProvider clock, SurveyOptions options, PublicLinks links, IStringLocalizer<IndexModel> l) : PageModel
{
    [TempData]
    public string? StatusMessage { get; set; }

    public Network Network { get; private set; } = null!;
    public Survey? Survey { get; private set; }
    public SurveySummary? Summary { get; private set; }
    public TypeProfile? OwnProfile { get; private set; }
    public int MinimumResponses => options.MinimumResponses;
    public string? ShareUrl => Survey is null ? null : links.To(Request, $"/umfrage/{Survey.Token}");

    public async Task<IActionResult> OnGetAsync(int networkId)
    {
        if (!await LoadAsync(networkId))
        {
            return NotFound();
        }
        return Page();
    }

    public async Task<IActionResult> OnPostOpenAsync(int networkId)
    {
        if (!await LoadAsync(networkId))
        {
            return NotFound();
        }
        if (Survey is { IsClosed: false })
        {
            return RedirectToPage(new { networkId });
        }
        db.Surveys.Add(new Survey { NetworkId = networkId, Token = SurveyToken.New(), CreatedUtc = clock.GetUtcNow().UtcDateTime });
        await db.SaveChangesAsync();
        StatusMessage = l["Die Befragung ist offen. Teilen Sie den Link oder den QR-Code mit Mitgliedern."];
        return RedirectToPage(new { networkId });
    }

    public async Task<IActionResult> OnPostCloseAsync(int networkId)
    {
        if (!await LoadAsync(networkId) || Survey is null)
        {
            return NotFound();
        }
        if (!Survey.IsClosed)
        {
            await db.Surveys.Where(s => s.Id == Survey.Id).ExecuteUpdateAsync(s => s.SetProperty(x => x.ClosedUtc, clock.GetUtcNow().UtcDateTime));
            StatusMessage = l["Die Befragung ist geschlossen. Neue Antworten werden nicht mehr angenommen."];
        }
        return RedirectToPage(new { networkId });
    }

    private async Task<bool> LoadAsync(int networkId)
    {
        var network = await db.Networks.OwnedBy(User).AsNoTracking().SingleOrDefaultAsync(n => n.Id == networkId);
        if (network is null)
        {
            return false;
        }
        Network = network;
        Survey = await db.Surveys.AsNoTracking()
            .Where(s => s.NetworkId == networkId)
            .OrderByDescending(s => s.CreatedUtc).ThenByDescending(s => s.Id)
            .FirstOrDefaultAsync();
        if (Survey is not null)
        {
            var responses = await db.SurveyResponses.AsNoTracking().Where(r => r.SurveyId == Survey.Id).ToListAsync();
            Summary = SurveySummary.From(responses, options.MinimumResponses);
        }
        OwnProfile = await db.Assessments
            .CompletedOf(networkId)
            .Select(a => new TypeProfile(a.KnowledgePercent ?? 0, a.ServicePercent ?? 0, a.ReferralPercent ?? 0))
            .FirstOrDefaultAsync();
        return true;
    }
}
