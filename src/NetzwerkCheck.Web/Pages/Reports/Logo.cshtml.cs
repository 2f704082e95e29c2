using NetzwerkCheck.Web.Pages.Account;

namespace NetzwerkCheck.Web.Pages.Reports;

/// <summary>
/// The logo printed on the report of assessment <c>id</c>: its owner's, and only for its owner. A shared report serves
/// the same bytes through its own token (ConsultantProfiles.LogoForOwnerAsync with the report's owner).
/// </summary>
public class LogoModel(AppDbContext db) : PageModel
{
    public async Task<IActionResult> OnGetAsync(int id)
    {
        var ownerId = await db.Assessments.OwnedBy(User).Where(a => a.Id == id).Select(a => a.Network!.OwnerId).SingleOrDefaultAsync();
        return ownerId is not null && await ConsultantProfiles.LogoForOwnerAsync(db, ownerId, HttpContext.RequestAborted) is { } logo
            ? new LogoResult(logo)
            : NotFound();
    }
}
