using Microsoft.AspNetCore.RateLimiting;
using NetzwerkCheck.Domain.Reports;
using NetzwerkCheck.Web.Pages.Account;

namespace NetzwerkCheck.Web.Pages.Reports;

/// <summary>
/// A shared report, <c>/bericht/{token}</c>: the report and a print button, nothing of the owner's account. Each view
/// is counted; a revoked or expired link answers 410 with the reason, an unknown one 404. The headers that keep the
/// page out of search engines and caches are set for the whole path (<see cref="SharedReportLink"/>).
/// </summary>
[EnableRateLimiting(ReportShareSetup.ViewPolicy)]
public class PublicModel(AppDbContext db, AssessmentRules rules, TimeProvider clock) : PageModel
{
    public enum View
    {
        Report,
        NotFound,
        Revoked,
        Expired,
    }

    public View State { get; private set; } = View.Report;

    public ReportContent? Report { get; private set; }

    public DateTime ExpiresUtc { get; private set; }

    public async Task<IActionResult> OnGetAsync(string token)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        if (ValidLinks(token, now) is not { } valid)
        {
            return Show(View.NotFound, StatusCodes.Status404NotFound);
        }
        var hash = RandomToken.Hash(token);
        // Checking the link and counting the view are one statement: a link revoked a moment ago is not counted.
        var counted = await valid
            .ExecuteUpdateAsync(s => s
                .SetProperty(x => x.ViewCount, x => x.ViewCount + 1)
                .SetProperty(x => x.LastViewedUtc, now));
        var share = await db.ReportShares.AsNoTracking()
            .Where(s => s.TokenHash == hash)
            .Select(s => new { s.AssessmentId, s.RevokedUtc, s.ExpiresUtc })
            .SingleOrDefaultAsync();
        if (share is null)
        {
            return Show(View.NotFound, StatusCodes.Status404NotFound);
        }
        ExpiresUtc = DateTime.SpecifyKind(share.ExpiresUtc, DateTimeKind.Utc);
        if (counted == 0)
        {
            // Not counted, so no longer valid (revoked or expired, possibly just now): the recipient is told why.
            var status = ReportShare.StatusOf(share.RevokedUtc, share.ExpiresUtc, now);
            return Show(status == ReportShareStatus.Revoked ? View.Revoked : View.Expired, StatusCodes.Status410Gone);
        }
        Report = await ReportContent.ForShareAsync(db, rules, share.AssessmentId, Url.Page("/Reports/Public", "Logo", new { token })!, HttpContext.RequestAborted);
        return Report is null ? Show(View.NotFound, StatusCodes.Status404NotFound) : Page();
    }

    /// <summary>The report owner's logo, while the link is valid; fetching it is not another view.</summary>
    public async Task<IActionResult> OnGetLogoAsync(string token)
    {
        if (ValidLinks(token, clock.GetUtcNow().UtcDateTime) is not { } valid)
        {
            return NotFound();
        }
        var ownerId = await valid
            .Join(db.Assessments, s => s.AssessmentId, a => a.Id, (s, a) => a.Network!.OwnerId)
            .SingleOrDefaultAsync(HttpContext.RequestAborted);
        return ownerId is not null && await ConsultantProfiles.LogoForOwnerAsync(db, ownerId, HttpContext.RequestAborted) is { } logo
            ? new LogoResult(logo)
            : NotFound();
    }

    /// <summary>The link with this token while it is neither revoked nor expired; null for a token no link can have.</summary>
    private IQueryable<ReportShare>? ValidLinks(string token, DateTime now)
    {
        if (string.IsNullOrEmpty(token) || token.Length > SharedReportLink.MaxTokenLength)
        {
            return null;
        }
        var hash = RandomToken.Hash(token);
        return db.ReportShares.Where(s => s.TokenHash == hash && s.RevokedUtc == null && s.ExpiresUtc > now);
    }

    private PageResult Show(View view, int statusCode)
    {
        State = view;
        Response.StatusCode = statusCode;
        return Page();
    }
}
