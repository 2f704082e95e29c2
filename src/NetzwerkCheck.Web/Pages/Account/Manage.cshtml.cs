using Microsoft.AspNetCore.Identity;
using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.RateLimiting;
using NetzwerkCheck.Web.Infrastructure.Sessions;
using NetzwerkCheck.Web.Infrastructure.Accounts;
using NetzwerkCheck.Web.Infrastructure.Email;

namespace NetzwerkCheck.Web.Pages.Account;

[EnableRateLimiting(PasswordReentry.Policy)]
public class ManageModel(
    UserManager<IdentityUser> userManager,
    SignInManager<IdentityUser> signInManager,
    PasswordReentry reentry,
    SessionStore sessions,
    AddressConfirmation confirmation,
    PublicLinks links,
    AppDbContext db,
    IStringLocalizer<ManageModel> l) : PageModel
{
    // Three forms on one page: each handler binds only its own form, so the others' empty fields raise no errors.
    public InputModel Input { get; set; } = new();

    public EmailInput NewEmail { get; set; } = new();

    [TempData]
    public string? StatusMessage { get; set; }

    public string Email { get; private set; } = "";

    public bool TwoFactorEnabled { get; private set; }

    public bool EmailConfirmed { get; private set; }

    public bool RemindersOn { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await LoadAsync();
        return user is null ? Challenge() : Page();
    }

    public async Task<IActionResult> OnPostChangePasswordAsync()
    {
        var user = await LoadAsync();
        if (user is null)
        {
            return Challenge();
        }
        if (!await TryUpdateModelAsync(Input, nameof(Input)))
        {
            return Page();
        }

        if (await reentry.CheckAsync(user, Input.CurrentPassword) is { } wrong)
        {
            ModelState.AddModelError("Input.CurrentPassword", wrong);
            return Page();
        }
        var result = await userManager.ChangePasswordAsync(user, Input.CurrentPassword, Input.NewPassword);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(string.Empty, error.Description);
            }
            return Page();
        }

        // The new security stamp already locks the other devices out; ending their rows takes them off the devices page.
        await sessions.EndOthersAsync(user.Id, SessionStore.IdOf(User), HttpContext.RequestAborted);
        await signInManager.RefreshSignInAsync(user);
        StatusMessage = l["Ihr Passwort wurde geändert."];
        return RedirectToPage();
    }

    /// <summary>The new address takes effect only when its link is followed; until then the old one stays.</summary>
    public async Task<IActionResult> OnPostChangeEmailAsync()
    {
        var user = await LoadAsync();
        if (user is null)
        {
            return Challenge();
        }
        if (!await TryUpdateModelAsync(NewEmail, nameof(NewEmail)))
        {
            return Page();
        }
        if (string.Equals(NewEmail.Email, user.Email, StringComparison.OrdinalIgnoreCase))
        {
            ModelState.AddModelError("NewEmail.Email", l["Das ist schon die Adresse Ihres Kontos."]);
            return Page();
        }
        if (await reentry.CheckAsync(user, NewEmail.Password) is { } wrong)
        {
            ModelState.AddModelError("NewEmail.Password", wrong);
            return Page();
        }
        // An address that already has an account gets no mail, but the answer is the same, so this form
        // does not tell who is registered.
        var queued = await userManager.FindByEmailAsync(NewEmail.Email) is not null
            || await confirmation.SendAsync(user, links.BaseUrl(Request), NewEmail.Email);
        StatusMessage = queued
            ? l["Wir haben einen Bestätigungslink an {0} geschickt. Bis Sie ihn öffnen, bleibt die bisherige Adresse gültig.", NewEmail.Email]
            : l["Sie haben in der letzten Stunde schon mehrere Bestätigungsmails erhalten. Bitte versuchen Sie es später noch einmal."];
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostResendConfirmationAsync()
    {
        var user = await LoadAsync();
        if (user is null)
        {
            return Challenge();
        }
        if (user.EmailConfirmed)
        {
            StatusMessage = l["Ihre E-Mail-Adresse ist bereits bestätigt."];
        }
        else
        {
            StatusMessage = await confirmation.SendAsync(user, links.BaseUrl(Request))
                ? l["Eine neue Bestätigungsmail ist an {0} unterwegs.", user.Email ?? ""]
                : l["Sie haben in der letzten Stunde schon mehrere Bestätigungsmails erhalten. Bitte versuchen Sie es später noch einmal."];
        }
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostRemindersAsync(bool remindersOn)
    {
        var user = await LoadAsync();
        if (user is null)
        {
            return Challenge();
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var settings = await db.SettingsOfAsync(user.Id);
        settings.TrialRemindersOff = !remindersOn;
        await db.SaveChangesAsync();
        StatusMessage = remindersOn
            ? l["Sie erhalten wieder Erinnerungen an das Ende Ihrer Probezeiten."]
            : l["Sie erhalten keine Erinnerungen an das Ende Ihrer Probezeiten mehr."];
        return RedirectToPage();
    }

    private async Task<IdentityUser?> LoadAsync()
    {
        var user = await userManager.GetUserAsync(User);
        if (user is not null)
        {
            Email = user.Email ?? "";
            EmailConfirmed = user.EmailConfirmed;
            TwoFactorEnabled = user.TwoFactorEnabled;
            RemindersOn = !(await db.AccountSettings.FindAsync(user.Id))?.TrialRemindersOff ?? true;
        }
        return user;
    }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Bitte geben Sie Ihr aktuelles Passwort ein.")]
        [StringLength(128, ErrorMessage = "Das Passwort darf höchstens {1} Zeichen lang sein.")]
        [DataType(DataType.Password)]
        [Display(Name = "Aktuelles Passwort")]
        public string CurrentPassword { get; set; } = "";

        [Required(ErrorMessage = "Bitte wählen Sie ein neues Passwort.")]
        [StringLength(128, MinimumLength = 10, ErrorMessage = "Das Passwort muss zwischen {2} und {1} Zeichen lang sein.")]
        [DataType(DataType.Password)]
        [Display(Name = "Neues Passwort")]
        public string NewPassword { get; set; } = "";

        [Required(ErrorMessage = "Bitte wiederholen Sie das neue Passwort.")]
        [DataType(DataType.Password)]
        [Compare(nameof(NewPassword), ErrorMessage = "Die beiden Passwörter stimmen nicht überein.")]
        [Display(Name = "Neues Passwort wiederholen")]
        public string ConfirmPassword { get; set; } = "";
    }

    public sealed class EmailInput
    {
        [Required(ErrorMessage = "Bitte geben Sie die neue E-Mail-Adresse ein.")]
        [EmailAddress(ErrorMessage = "Bitte geben Sie eine gültige E-Mail-Adresse ein.")]
        [StringLength(254, ErrorMessage = "Die E-Mail-Adresse darf höchstens {1} Zeichen lang sein.")]
        [Display(Name = "Neue E-Mail-Adresse")]
        public string Email { get; set; } = "";

        [Required(ErrorMessage = "Bitte bestätigen Sie mit Ihrem Passwort.")]
        [StringLength(128, ErrorMessage = "Das Passwort darf höchstens {1} Zeichen lang sein.")]
        [DataType(DataType.Password)]
        [Display(Name = "Passwort zur Bestätigung")]
        public string Password { get; set; } = "";
    }
}
