using Microsoft.AspNetCore.Identity;
using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.RateLimiting;
using NetzwerkCheck.Web.Infrastructure.Email;
using NetzwerkCheck.Web.Infrastructure.TwoFactor;

namespace NetzwerkCheck.Web.Pages.Account;

[EnableRateLimiting(FormRateLimits.SignIn)]
public class LoginModel(PasswordSignIn passwordSignIn, SignInManager<IdentityUser> signInManager, UserManager<IdentityUser> users, AddressConfirmation confirmation, PublicLinks links, IStringLocalizer<LoginModel> l) : PageModel
{
    /// <summary>TempData key: the address just submitted on the registration form, to fill in here.</summary>
    public const string RegisteredEmailKey = "RegisteredEmail";

    /// <summary>TempData key: the account whose right password met an unconfirmed address; only it may ask for the mail again.</summary>
    private const string UnconfirmedKey = "UnconfirmedAccount";

    [BindProperty]
    public InputModel Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    /// <summary>Arrived from the registration form: shown the same for new and already registered addresses.</summary>
    public bool JustRegistered { get; private set; }

    /// <summary>A notice from this page or another account page (e.g. "password changed").</summary>
    [TempData]
    public string? StatusMessage { get; set; }

    /// <summary>From passkeys.js: the browser's answer to <see cref="OnPostPasskeyOptionsAsync"/>.</summary>
    [BindProperty]
    public string? CredentialJson { get; set; }

    /// <summary>The password was right but the address is not confirmed yet (only when confirmation is required).</summary>
    public bool Unconfirmed { get; private set; }

    public void OnGet()
    {
        if (TempData[RegisteredEmailKey] is string email)
        {
            JustRegistered = true;
            Input.Email = email;
        }
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await passwordSignIn.SignInAsync(Input.Email, Input.Password, Input.RememberMe);
        if (result.Succeeded)
        {
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/Networks");
        }
        if (result.RequiresTwoFactor)
        {
            return RedirectToPage("/Account/LoginTwoFactor", new { ReturnUrl, Input.RememberMe });
        }
        if (result.IsNotAllowed && await users.FindByNameAsync(Input.Email) is { } unconfirmed)
        {
            Unconfirmed = true;
            TempData[UnconfirmedKey] = unconfirmed.Id;
            ModelState.AddModelError(string.Empty, l["Ihre E-Mail-Adresse ist noch nicht bestätigt. Bitte öffnen Sie den Link aus der E-Mail, die wir Ihnen geschickt haben – oder lassen Sie sich die Mail noch einmal schicken."]);
            return Page();
        }

        // One message for wrong password, unknown address and lock-out: only existing accounts can be locked,
        // so a separate lock-out message would tell who has an account.
        ModelState.AddModelError(string.Empty, l["E-Mail-Adresse oder Passwort stimmen nicht. Nach mehreren Fehlversuchen ist die Anmeldung für 15 Minuten gesperrt."]);
        return Page();
    }

    /// <summary>Called by passkeys.js: a challenge for any passkey of this site the browser holds (no address needed).</summary>
    public async Task<IActionResult> OnPostPasskeyOptionsAsync() =>
        Content(await signInManager.MakePasskeyRequestOptionsAsync(null), "application/json");

    /// <summary>A passkey proves possession and the user's presence at once, so it stands for both factors.</summary>
    public async Task<IActionResult> OnPostPasskeyAsync()
    {
        ModelState.Clear();
        var result = string.IsNullOrEmpty(CredentialJson) || CredentialJson.Length > 64_000
            ? Microsoft.AspNetCore.Identity.SignInResult.Failed
            : await PasskeyCeremony.SignInAsync(signInManager, CredentialJson);
        if (result.Succeeded)
        {
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/Networks");
        }
        ModelState.AddModelError(string.Empty, l["Mit diesem Passkey war keine Anmeldung möglich. Er ist vielleicht entfernt worden; melden Sie sich mit Ihrem Passwort an."]);
        return Page();
    }

    /// <summary>"Bestätigungsmail erneut senden" after a sign-in with the right password and an unconfirmed address.</summary>
    public async Task<IActionResult> OnPostResendAsync()
    {
        ModelState.Clear();
        // TempData hands an id that looks like a Guid back as a Guid, hence ToString.
        if (TempData[UnconfirmedKey]?.ToString() is { } userId && await users.FindByIdAsync(userId) is { EmailConfirmed: false } user)
        {
            var queued = await confirmation.SendAsync(user, links.BaseUrl(Request));
            StatusMessage = queued
                ? l["Eine neue Bestätigungsmail ist unterwegs. Bitte öffnen Sie den Link darin und melden Sie sich dann an."].Value
                : l["Sie haben in der letzten Stunde schon mehrere Bestätigungsmails erhalten. Bitte sehen Sie im Posteingang (und im Spam-Ordner) nach oder versuchen Sie es später noch einmal."].Value;
        }
        return RedirectToPage();
    }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Bitte geben Sie Ihre E-Mail-Adresse ein.")]
        [StringLength(254, ErrorMessage = "Die E-Mail-Adresse darf höchstens {1} Zeichen lang sein.")]
        [Display(Name = "E-Mail-Adresse")]
        public string Email { get; set; } = "";

        [Required(ErrorMessage = "Bitte geben Sie Ihr Passwort ein.")]
        [StringLength(128, ErrorMessage = "Das Passwort darf höchstens {1} Zeichen lang sein.")]
        [DataType(DataType.Password)]
        [Display(Name = "Passwort")]
        public string Password { get; set; } = "";

        [Display(Name = "Angemeldet bleiben")]
        public bool RememberMe { get; set; }
    }
}
