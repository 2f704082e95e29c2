using Microsoft.AspNetCore.Identity;
using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.RateLimiting;
using NetzwerkCheck.Web.Infrastructure.TwoFactor;

namespace NetzwerkCheck.Web.Pages.Account;

/// <summary>
/// The second step of signing in for an account with a second factor: a code from the authenticator app or one
/// of the recovery codes, in the same field. Wrong codes count toward the same lock-out as wrong passwords.
/// </summary>
[EnableRateLimiting(FormRateLimits.SignIn)]
public class LoginTwoFactorModel(SignInManager<IdentityUser> signInManager, IStringLocalizer<LoginTwoFactorModel> l) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool RememberMe { get; set; }

    public async Task<IActionResult> OnGetAsync() =>
        await signInManager.GetTwoFactorAuthenticationUserAsync() is null ? StartOver() : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (await signInManager.GetTwoFactorAuthenticationUserAsync() is null)
        {
            return StartOver();
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var code = RecoveryCodes.Normalize(Input.Code);
        var result = AuthenticatorCode.IsShapedLike(code)
            ? await signInManager.TwoFactorAuthenticatorSignInAsync(code, RememberMe, rememberClient: false)
            : await signInManager.TwoFactorRecoveryCodeSignInAsync(code);
        if (result.Succeeded)
        {
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/Networks");
        }
        ModelState.AddModelError("Input.Code", result.IsLockedOut
            ? l["Nach mehreren falschen Codes ist die Anmeldung für 15 Minuten gesperrt."]
            : l["Der Code stimmt nicht. Prüfen Sie, ob die Uhr Ihres Telefons richtig geht, oder nehmen Sie einen Wiederherstellungscode."]);
        return Page();
    }

    /// <summary>The five minutes between password and code are over (or the page was opened directly).</summary>
    private RedirectToPageResult StartOver()
    {
        TempData.SetStatus(l["Bitte melden Sie sich noch einmal mit E-Mail-Adresse und Passwort an."].Value);
        return RedirectToPage("/Account/Login", new { ReturnUrl });
    }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Bitte geben Sie den Code ein.")]
        [StringLength(32, ErrorMessage = "Der Code darf höchstens {1} Zeichen lang sein.")]
        [Display(Name = "Code aus der App oder Wiederherstellungscode")]
        public string Code { get; set; } = "";
    }
}
