using Microsoft.AspNetCore.RateLimiting;
using NetzwerkCheck.Web.Infrastructure.Accounts;
using NetzwerkCheck.Web.Infrastructure.Email;

namespace NetzwerkCheck.Web.Pages.Email;

/// <summary>
/// The "abbestellen" link of a trial reminder, without signing in. Opening it only shows the buttons; the POST
/// turns reminders off, because mail scanners open links before the person does.
/// </summary>
[EnableRateLimiting(FormRateLimits.MailLinks)]
public class RemindersOffModel(AppDbContext db, ReminderOptOut optOut, IStringLocalizer<RemindersOffModel> l) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    public string? NetworkName { get; private set; }

    public string? Done { get; private set; }

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() is null ? InvalidLink() : Page();

    public async Task<IActionResult> OnPostNetworkAsync()
    {
        if (await LoadAsync() is not { } target)
        {
            return InvalidLink();
        }
        var turnedOff = await db.Networks.Where(n => n.Id == target.NetworkId && n.OwnerId == target.UserId)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.TrialRemindersOff, true));
        if (turnedOff == 0)
        {
            return NotFound();
        }
        Done = l["Erledigt: Für „{0}“ schicken wir keine Erinnerungen mehr.", NetworkName ?? ""];
        return Page();
    }

    public async Task<IActionResult> OnPostAllAsync()
    {
        if (await LoadAsync() is not { } target)
        {
            return InvalidLink();
        }
        var settings = await db.SettingsOfAsync(target.UserId);
        settings.TrialRemindersOff = true;
        await db.SaveChangesAsync();
        Done = l["Erledigt: Sie erhalten keine Erinnerungen an das Ende einer Probezeit mehr. Auf der Seite „Konto“ können Sie sie wieder einschalten."];
        return Page();
    }

    /// <summary>The token's account and network, if the token is genuine and the account still exists.</summary>
    private async Task<(string UserId, int NetworkId)?> LoadAsync()
    {
        if (optOut.Read(Token) is not { } target || !await db.Users.AnyAsync(u => u.Id == target.UserId))
        {
            return null;
        }
        NetworkName = await db.Networks.Where(n => n.Id == target.NetworkId && n.OwnerId == target.UserId).Select(n => n.Name).SingleOrDefaultAsync();
        return target;
    }

    private PageResult InvalidLink()
    {
        Response.StatusCode = StatusCodes.Status400BadRequest;
        Token = null;
        return Page();
    }
}
