using Microsoft.AspNetCore.Identity;
using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.RateLimiting;
using NetzwerkCheck.Web.Infrastructure.Email;
using NetzwerkCheck.Web.Infrastructure.Sessions;

namespace NetzwerkCheck.Web.Pages.Account;

/// <summary>The user's own data: download everything, or delete the account with everything in it.</summary>
[EnableRateLimiting(PasswordReentry.Policy)]
public partial class DataModel(
    AppDbContext db,
    UserManager<IdentityUser> userManager,
    SignInManager<IdentityUser> signInManager,
    SessionStore sessions,
    PasswordReentry reentry,
    TimeProvider clock,
    IStringLocalizer<DataModel> l,
    ILogger<DataModel> logger) : PageModel
{
    [BindProperty]
    public DeleteInput Input { get; set; } = new();

    public int NetworkCount { get; private set; }
    public int AssessmentCount { get; private set; }
    public int JournalCount { get; private set; }
    public int TakeHomeCount { get; private set; }
    public int ShareCount { get; private set; }

    public int ClientCount { get; private set; }
    public bool HasConsultantProfile { get; private set; }

    public async Task OnGetAsync() => await CountAsync();

    public async Task<IActionResult> OnGetJsonAsync()
    {
        var export = await LoadAsync();
        return File(export.ToJson(), "application/json", $"netzwerkcheck-export-{Today}.json");
    }

    public async Task<IActionResult> OnGetCsvAsync()
    {
        var export = await LoadAsync();
        return File(export.ToCsvZip(), "application/zip", $"netzwerkcheck-export-{Today}.zip");
    }

    public async Task<IActionResult> OnPostDeleteAsync()
    {
        var user = await userManager.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }
        if (ModelState.IsValid && await reentry.CheckAsync(user, Input.Password) is { } wrong)
        {
            ModelState.AddModelError("Input.Password", wrong);
        }
        if (!ModelState.IsValid)
        {
            await CountAsync();
            return Page();
        }

        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            // Networks cascade to assessments (with their report links), ratings, the trial journal and the reminders sent; the account's
            // settings and mail budget go with the account itself.
            await db.Networks.Where(n => n.OwnerId == user.Id).ExecuteDeleteAsync();
            // Mails not sent yet (a reset or confirmation link, a report) and the reset requests for the address.
            await db.Outbox.Where(m => m.AccountId == user.Id || m.To == user.Email).ExecuteDeleteAsync();
            var addressHash = PasswordReset.AddressHash(user.NormalizedEmail ?? userManager.NormalizeEmail(user.Email ?? ""));
            await db.PasswordResetRequests.Where(r => r.AddressHash == addressHash).ExecuteDeleteAsync();
            var result = await userManager.DeleteAsync(user);
            if (!result.Succeeded)
            {
                await transaction.RollbackAsync();
                ModelState.AddModelError(string.Empty, l["Das Konto konnte nicht gelöscht werden. Bitte versuchen Sie es noch einmal."]);
                await CountAsync();
                return Page();
            }
            await transaction.CommitAsync();
        }
        sessions.ForgetAccount(user.Id);
        LogDeleted(logger, user.Id);
        await signInManager.SignOutAsync();
        TempData.SetStatus(l["Ihr Konto und alle Daten sind gelöscht."].Value);
        return RedirectToPage("/Index");
    }

    private string Today => clock.GetUtcNow().ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private async Task<AccountExport> LoadAsync()
    {
        var user = await userManager.GetUserAsync(User) ?? throw new InvalidOperationException("Nicht angemeldet.");
        return await AccountExport.LoadAsync(db, user, clock.GetUtcNow().UtcDateTime, HttpContext.RequestAborted);
    }

    private async Task CountAsync()
    {
        NetworkCount = await db.Networks.OwnedBy(User).CountAsync();
        AssessmentCount = await db.Assessments.OwnedBy(User).CountAsync();
        var networkIds = db.Networks.OwnedBy(User).Select(n => n.Id);
        JournalCount = await db.Journal.CountAsync(e => networkIds.Contains(e.NetworkId));
        TakeHomeCount = await db.SavedTakeHomes.OwnedBy(User).CountAsync();
        ClientCount = await db.Clients.OwnedBy(User).CountAsync();
        var assessmentIds = db.Assessments.OwnedBy(User).Select(a => a.Id);
        ShareCount = await db.ReportShares.CountAsync(s => assessmentIds.Contains(s.AssessmentId));
        HasConsultantProfile = await db.ConsultantProfiles.AnyAsync(p => p.OwnerId == User.UserId());
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Account {UserId} deleted with all its data")]
    private static partial void LogDeleted(ILogger logger, string userId);

    public sealed class DeleteInput
    {
        [Required(ErrorMessage = "Bitte bestätigen Sie mit Ihrem Passwort.")]
        [StringLength(128, ErrorMessage = "Das Passwort darf höchstens {1} Zeichen lang sein.")]
        [DataType(DataType.Password)]
        [Display(Name = "Passwort zur Bestätigung")]
        public string Password { get; set; } = "";

        [Range(typeof(bool), "true", "true", ErrorMessage = "Bitte bestätigen Sie, dass alles endgültig gelöscht wird.")]
        [Display(Name = "Ich verstehe, dass alle Netzwerke und Bewertungen endgültig gelöscht werden.")]
        public bool Confirm { get; set; }
    }
}
