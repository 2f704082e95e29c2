using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.RateLimiting;
using NetzwerkCheck.Web.Infrastructure.Sessions;
using NetzwerkCheck.Web.Infrastructure.TwoFactor;

namespace NetzwerkCheck.Web.Pages.Account;

/// <summary>
/// Turns the second factor (an authenticator app) on and off and renews the recovery codes. Every change asks
/// for the password again and ends the account's other sessions (<see cref="SignInChange"/>).
/// </summary>
[EnableRateLimiting(PasswordReentry.Policy)]
public class TwoFactorModel(UserManager<IdentityUser> userManager, SignInChange change, PasswordReentry reentry, IStringLocalizer<TwoFactorModel> l) : PageModel
{
    public const string Issuer = "NetzwerkCheck";

    // One password field per form, so that an error shows at the form that was sent.
    [BindProperty]
    public string? EnablePassword { get; set; }

    [BindProperty]
    public string? RenewPassword { get; set; }

    [BindProperty]
    public string? DisablePassword { get; set; }

    [BindProperty]
    public string? Code { get; set; }

    [TempData]
    public string? StatusMessage { get; set; }

    public bool Enabled { get; private set; }

    /// <summary>The app's key while setting up; null when no set-up has been started.</summary>
    public string? Key { get; private set; }

    public string? QrCode { get; private set; }

    public int RecoveryCodesLeft { get; private set; }

    /// <summary>Shown once, right after they were made; they are stored only as hashes.</summary>
    public IReadOnlyList<string> NewRecoveryCodes { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await userManager.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }
        await LoadAsync(user);
        return Page();
    }

    /// <summary>A fresh key for the app; a POST because it replaces any earlier key.</summary>
    public async Task<IActionResult> OnPostStartAsync()
    {
        var user = await userManager.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }
        if (await userManager.GetTwoFactorEnabledAsync(user))
        {
            return RedirectToPage();
        }
        await userManager.ResetAuthenticatorKeyAsync(user);
        await change.AppliedAsync(user, User, HttpContext.RequestAborted);
        return RedirectToPage(null, null, "setup");
    }

    public async Task<IActionResult> OnPostEnableAsync()
    {
        var user = await userManager.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }
        await LoadAsync(user);
        if (Enabled || Key is null)
        {
            return RedirectToPage();
        }

        var code = RecoveryCodes.Normalize(Code ?? "");
        if (!AuthenticatorCode.IsShapedLike(code))
        {
            ModelState.AddModelError(nameof(Code), l["Bitte geben Sie den sechsstelligen Code aus der App ein."]);
        }
        else if (!await userManager.VerifyTwoFactorTokenAsync(user, userManager.Options.Tokens.AuthenticatorTokenProvider, code))
        {
            ModelState.AddModelError(nameof(Code), l["Der Code stimmt nicht. Nehmen Sie den Code, den die App gerade anzeigt, und prüfen Sie, ob die Uhr Ihres Telefons richtig geht."]);
        }
        if (!await CheckPasswordAsync(user, EnablePassword, nameof(EnablePassword)) || !ModelState.IsValid)
        {
            return Page();
        }

        await userManager.SetTwoFactorEnabledAsync(user, true);
        NewRecoveryCodes = [.. await userManager.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodes.Count) ?? []];
        await change.AppliedAsync(user, User, HttpContext.RequestAborted);
        await LoadAsync(user);
        StatusMessage = null;
        return Page();
    }

    public async Task<IActionResult> OnPostRenewCodesAsync()
    {
        var user = await userManager.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }
        await LoadAsync(user);
        if (!Enabled)
        {
            return RedirectToPage();
        }
        if (!await CheckPasswordAsync(user, RenewPassword, nameof(RenewPassword)))
        {
            return Page();
        }
        NewRecoveryCodes = [.. await userManager.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodes.Count) ?? []];
        await change.AppliedAsync(user, User, HttpContext.RequestAborted);
        await LoadAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostDisableAsync()
    {
        var user = await userManager.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }
        await LoadAsync(user);
        if (!Enabled)
        {
            return RedirectToPage();
        }
        if (!await CheckPasswordAsync(user, DisablePassword, nameof(DisablePassword)))
        {
            return Page();
        }
        await userManager.SetTwoFactorEnabledAsync(user, false);
        // The app's entry is useless from now on: a later set-up starts with a new key.
        await userManager.RemoveAuthenticationTokenAsync(user, AuthenticatorCode.StoreProvider, AuthenticatorCode.StoreName);
        await change.AppliedAsync(user, User, HttpContext.RequestAborted);
        StatusMessage = l["Die Zwei-Faktor-Anmeldung ist ausgeschaltet. Sie können den Eintrag für NetzwerkCheck in Ihrer App löschen."];
        return RedirectToPage();
    }

    private async Task<bool> CheckPasswordAsync(IdentityUser user, string? password, string field)
    {
        if (await reentry.CheckFieldAsync(user, password) is { } problem)
        {
            ModelState.AddModelError(field, problem);
            return false;
        }
        return true;
    }

    private async Task LoadAsync(IdentityUser user)
    {
        Enabled = await userManager.GetTwoFactorEnabledAsync(user);
        RecoveryCodesLeft = Enabled ? await userManager.CountRecoveryCodesAsync(user) : 0;
        Key = Enabled ? null : await userManager.GetAuthenticatorKeyAsync(user);
        if (Key is not null)
        {
            QrCode = QrCodeSvg.For(AuthenticatorCode.Uri(Issuer, user.Email ?? user.UserName ?? "", Key), l["QR-Code zum Einrichten der Authenticator-App"]);
        }
    }
}
