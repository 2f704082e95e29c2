using System.ComponentModel.DataAnnotations;
using NetzwerkCheck.Domain.Reports;

namespace NetzwerkCheck.Web.Pages.Reports;

/// <summary>
/// "Bericht teilen": the owner's read-only links to one completed assessment's report – create, list, revoke.
/// A link's token is shown once, right after it is made; the database keeps only its hash (see <see cref="ReportShare"/>).
/// </summary>
public partial class ShareModel(AppDbContext db, TimeProvider clock, PublicLinks links, IStringLocalizer<ShareModel> l, ILogger<ShareModel> logger) : PageModel
{
    public sealed record LinkRow(
        int Id, string Hint, string? Label, DateTime CreatedUtc, DateTime ExpiresUtc, DateTime? RevokedUtc, int ViewCount, DateTime? LastViewedUtc, ReportShareStatus Status);

    public int AssessmentId { get; private set; }
    public int NetworkId { get; private set; }
    public string NetworkName { get; private set; } = "";
    public DateTime CompletedUtc { get; private set; }
    public IReadOnlyList<LinkRow> Links { get; private set; } = [];

    /// <summary>Where every link of this app starts, shown before a link's first characters in the list.</summary>
    public string LinkPrefix => links.To(Request, SharedReportLink.PathPrefix + "/");

    [TempData]
    public string? StatusMessage { get; set; }

    /// <summary>The full address of the link just made: carried once through the redirect, never stored.</summary>
    [TempData]
    public string? NewLinkUrl { get; set; }

    [BindProperty]
    public CreateInput Create { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(int assessmentId) =>
        await LoadAsync(assessmentId) ? Page() : NotFound();

    public async Task<IActionResult> OnPostCreateAsync(int assessmentId)
    {
        if (!await LoadAsync(assessmentId))
        {
            return NotFound();
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var token = RandomToken.New();
        var share = ReportShare.Create(assessmentId, token, RandomToken.Hash(token), Create.Label, Create.Days!.Value, clock.GetUtcNow().UtcDateTime);
        db.ReportShares.Add(share);
        await db.SaveChangesAsync();
        LogCreated(logger, share.Id, assessmentId);
        NewLinkUrl = links.To(Request, SharedReportLink.PathFor(token));
        return RedirectToPage(null, null, new { assessmentId }, "share-new");
    }

    public async Task<IActionResult> OnPostRevokeAsync(int assessmentId, int linkId)
    {
        if (!await LoadAsync(assessmentId) || Links.FirstOrDefault(s => s.Id == linkId) is not { } link)
        {
            return NotFound();
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var revoked = await db.ReportShares
            .Where(s => s.Id == linkId && s.AssessmentId == assessmentId && s.RevokedUtc == null)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.RevokedUtc, now));
        if (revoked == 1)
        {
            LogRevoked(logger, linkId, assessmentId);
        }
        StatusMessage = revoked == 1
            ? l["Der Link „{0}…“ ist widerrufen. Wer ihn öffnet, erfährt, dass er nicht mehr gilt.", link.Hint]
            : l["Der Link „{0}…“ war schon widerrufen.", link.Hint];
        return RedirectToPage(null, null, new { assessmentId }, "share-links");
    }

    /// <summary>The owner's completed assessment with its links; false for anything else (someone else's, a draft, none).</summary>
    private async Task<bool> LoadAsync(int assessmentId)
    {
        var assessment = await db.Assessments.OwnedBy(User)
            .Where(a => a.Id == assessmentId && a.CompletedUtc != null)
            .Select(a => new { a.NetworkId, NetworkName = a.Network!.Name, CompletedUtc = a.CompletedUtc!.Value })
            .SingleOrDefaultAsync();
        if (assessment is null)
        {
            return false;
        }
        (AssessmentId, NetworkId, NetworkName, CompletedUtc) = (assessmentId, assessment.NetworkId, assessment.NetworkName, assessment.CompletedUtc);
        var now = clock.GetUtcNow().UtcDateTime;
        var shares = await db.ReportShares.AsNoTracking()
            .Where(s => s.AssessmentId == assessmentId)
            .OrderByDescending(s => s.CreatedUtc).ThenByDescending(s => s.Id)
            .ToListAsync();
        Links = [.. shares.Select(s => new LinkRow(
            s.Id, s.TokenHint, s.Label, Utc(s.CreatedUtc), Utc(s.ExpiresUtc), s.RevokedUtc is DateTime r ? Utc(r) : null,
            s.ViewCount, s.LastViewedUtc is DateTime v ? Utc(v) : null, s.StatusAt(now)))];
        return true;
    }

    // SQLite hands stored UTC times back without a kind; marked, ToLocalTime() in the view converts them.
    private static DateTime Utc(DateTime value) => DateTime.SpecifyKind(value, DateTimeKind.Utc);

    [LoggerMessage(Level = LogLevel.Information, Message = "Share link {ShareId} created for the report of assessment {AssessmentId}")]
    private static partial void LogCreated(ILogger logger, int shareId, int assessmentId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Share link {ShareId} of assessment {AssessmentId} revoked")]
    private static partial void LogRevoked(ILogger logger, int shareId, int assessmentId);

    public sealed class CreateInput
    {
        [Required(ErrorMessage = "Bitte geben Sie an, wie viele Tage der Link gelten soll.")]
        [Range(ReportShare.MinDays, ReportShare.MaxDays, ErrorMessage = "Ein Link gilt mindestens {1} und höchstens {2} Tage.")]
        [Display(Name = "Gültig für (Tage)")]
        public int? Days { get; set; } = ReportShare.DefaultDays;

        [StringLength(ReportShare.LabelMaxLength, ErrorMessage = "Die Notiz darf höchstens {1} Zeichen lang sein.")]
        [Display(Name = "Notiz für Sie (freiwillig)")]
        public string? Label { get; set; }
    }
}
