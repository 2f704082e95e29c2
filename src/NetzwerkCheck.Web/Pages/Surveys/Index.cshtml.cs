using NetzwerkCheck.Domain.Surveys;

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
    public int ReleaseStep => Math.Max(1, options.ReleaseStep);

    /// <summary>Answers received since the last release; they join the view together with the next ones.</summary>
    public int Pending { get; private set; }

    public InvitationCounts Invitations { get; private set; } = new(0, 0);

    /// <summary>Shown once, right after they were made: only their hashes are stored.</summary>
    public IReadOnlyList<string> NewInvitationLinks { get; private set; } = [];

    [BindProperty]
    [System.ComponentModel.DataAnnotations.Range(1, SurveyInvitation.MaxPerBatch, ErrorMessage = "Bitte wählen Sie zwischen {1} und {2} Links.")]
    [System.ComponentModel.DataAnnotations.Display(Name = "Anzahl der Links")]
    public int InvitationCount { get; set; } = 10;

    public sealed record InvitationCounts(int Created, int Used);

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
        db.Surveys.Add(new Survey { NetworkId = networkId, Token = RandomToken.New(), CreatedUtc = clock.GetUtcNow().UtcDateTime });
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

    public async Task<IActionResult> OnPostInviteAsync(int networkId)
    {
        if (!await LoadAsync(networkId) || Survey is null)
        {
            return NotFound();
        }
        if (Survey.IsClosed)
        {
            return RedirectToPage(new { networkId });
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var tokens = Enumerable.Range(0, InvitationCount).Select(_ => RandomToken.New()).ToList();
        db.SurveyInvitations.AddRange(tokens.Select(t => new SurveyInvitation { SurveyId = Survey.Id, TokenHash = RandomToken.Hash(t) }));
        await db.SaveChangesAsync();
        NewInvitationLinks = [.. tokens.Select(t => $"{ShareUrl}/{t}")];
        await LoadAsync(networkId);
        return Page();
    }

    /// <summary>Turns the open link off (only invitation links work) or on again.</summary>
    public async Task<IActionResult> OnPostOpenLinkAsync(int networkId, bool? open)
    {
        if (!await LoadAsync(networkId) || Survey is null || open is null)
        {
            return NotFound();
        }
        await db.Surveys.Where(s => s.Id == Survey.Id).ExecuteUpdateAsync(s => s.SetProperty(x => x.OpenLink, open.Value));
        StatusMessage = open.Value
            ? l["Der offene Link ist wieder eingeschaltet: Jede Person mit dem Link kann einmal antworten."]
            : l["Der offene Link ist abgeschaltet. Antworten sind nur noch über persönliche Einladungslinks möglich."];
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
            Summary = await SurveyEvidence.ReleasedAsync(db, Survey, options);
            Pending = await SurveyEvidence.PendingAsync(db, Survey);
            Invitations = await db.SurveyInvitations.Where(i => i.SurveyId == Survey.Id)
                .GroupBy(i => 1).Select(g => new InvitationCounts(g.Count(), g.Count(i => i.Used)))
                .SingleOrDefaultAsync() ?? new InvitationCounts(0, 0);
        }
        OwnProfile = await db.Assessments
            .CompletedOf(networkId)
            .Select(a => new TypeProfile(a.KnowledgePercent ?? 0, a.ServicePercent ?? 0, a.ReferralPercent ?? 0))
            .FirstOrDefaultAsync();
        return true;
    }
}
