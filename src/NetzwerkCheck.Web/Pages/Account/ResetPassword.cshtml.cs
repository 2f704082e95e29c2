using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.RateLimiting;
using NetzwerkCheck.Web.Infrastructure.Email;
using NetzwerkCheck.Web.Infrastructure.Sessions;

namespace NetzwerkCheck.Web.Pages.Account;

[EnableRateLimiting(FormRateLimits.PasswordReset)]
public class ResetPasswordModel(PasswordReset passwordReset, SessionStore sessions, IStringLocalizer<ResetPasswordModel> l) : PageModel
{
    /// <summary>From the link in the mail: the query on GET, hidden fields on POST.</summary>
    [BindProperty(SupportsGet = true, Name = "user")]
    public string? UserId { get; set; }

    [BindProperty(SupportsGet = true, Name = "token")]
    public string? Token { get; set; }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public bool LinkInvalid { get; private set; }

    public void OnGet()
    {
        // The page carries the reset token: not for the browser's cache.
        Response.Headers.CacheControl = "no-store";
        LinkInvalid = string.IsNullOrEmpty(UserId) || string.IsNullOrEmpty(Token);
        ModelState.Clear();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (string.IsNullOrEmpty(UserId) || string.IsNullOrEmpty(Token))
        {
            LinkInvalid = true;
            return Page();
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var (outcome, errors) = await passwordReset.ResetAsync(UserId, Token, Input.Password);
        switch (outcome)
        {
            case ResetOutcome.InvalidLink:
                LinkInvalid = true;
                return Page();
            case ResetOutcome.PasswordRejected:
                foreach (var error in errors)
                {
                    ModelState.AddModelError(string.Empty, error.Description);
                }
                return Page();
            default:
                // Whoever had the old password is out: the new stamp rejects their cookies, and their rows go.
                await sessions.EndOthersAsync(UserId, null, HttpContext.RequestAborted);
                TempData.SetStatus(l["Ihr Passwort wurde geändert. Melden Sie sich jetzt mit dem neuen Passwort an."].Value);
                return RedirectToPage("/Account/Login");
        }
    }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Bitte wählen Sie ein Passwort.")]
        [StringLength(128, MinimumLength = 10, ErrorMessage = "Das Passwort muss zwischen {2} und {1} Zeichen lang sein.")]
        [DataType(DataType.Password)]
        [Display(Name = "Neues Passwort")]
        public string Password { get; set; } = "";

        [Required(ErrorMessage = "Bitte wiederholen Sie das Passwort.")]
        [DataType(DataType.Password)]
        [Compare(nameof(Password), ErrorMessage = "Die beiden Passwörter stimmen nicht überein.")]
        [Display(Name = "Neues Passwort wiederholen")]
        public string ConfirmPassword { get; set; } = "";
    }
}
