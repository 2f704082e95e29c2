using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using NetzwerkCheck.Web.Infrastructure.Sessions;

namespace NetzwerkCheck.Web.Pages.Account;

/// <summary>"Angemeldete Geräte": the account's sessions, each other one can be ended here.</summary>
public class SessionsModel(SessionStore sessions, IOptions<IdentityOptions> identity, IStringLocalizer<SessionsModel> l) : PageModel
{
    public sealed record Row(string Id, string Browser, string Platform, DateTime SignedIn, DateTime LastSeen, bool Remembered, bool IsThisDevice);

    [TempData]
    public string? StatusMessage { get; set; }

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    private string UserId => User.FindFirst(identity.Value.ClaimsIdentity.UserIdClaimType)!.Value;

    private string? ThisSession => SessionStore.IdOf(User);

    public async Task OnGetAsync()
    {
        var current = ThisSession;
        Rows = (await sessions.ActiveOfAsync(UserId, HttpContext.RequestAborted))
            .Select(s => new Row(s.Id, s.Browser, s.Platform, Local(s.CreatedUtc), Local(s.LastSeenUtc), s.Remembered, s.Id == current))
            .OrderByDescending(r => r.IsThisDevice)
            .ToList();
    }

    public async Task<IActionResult> OnPostEndAsync(string? id)
    {
        // Only another session of this account: someone else's id, or this device's own, is not found here.
        if (string.IsNullOrEmpty(id) || id == ThisSession || !await sessions.EndAsync(UserId, id, HttpContext.RequestAborted))
        {
            return NotFound();
        }
        StatusMessage = l["Das Gerät ist abgemeldet."];
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostEndOthersAsync()
    {
        var ended = await sessions.EndOthersAsync(UserId, ThisSession, HttpContext.RequestAborted);
        StatusMessage = ended switch
        {
            0 => l["Es war kein anderes Gerät angemeldet."],
            1 => l["1 anderes Gerät ist abgemeldet."],
            _ => l["{0} andere Geräte sind abgemeldet.", ended],
        };
        return RedirectToPage();
    }

    // SQLite hands stored UTC times back without a kind.
    private static DateTime Local(DateTime utc) => DateTime.SpecifyKind(utc, DateTimeKind.Utc).ToLocalTime();
}
