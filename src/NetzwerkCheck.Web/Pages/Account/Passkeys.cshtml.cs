using Microsoft.AspNetCore.Identity;
using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.WebUtilities;
using NetzwerkCheck.Web.Infrastructure.Sessions;
using NetzwerkCheck.Web.Infrastructure.TwoFactor;

namespace NetzwerkCheck.Web.Pages.Account;

/// <summary>
/// The account's passkeys: add one (after the password, so that a borrowed session cannot plant its own key),
/// list and remove them. The browser part is wwwroot/js/passkeys.js.
/// </summary>
[EnableRateLimiting(PasswordReentry.Policy)]
public class PasskeysModel(UserManager<IdentityUser> userManager, SignInManager<IdentityUser> signInManager, SignInChange change, PasswordReentry reentry, TimeProvider clock, IStringLocalizer<PasskeysModel> l) : PageModel
{
    /// <summary>More would only be forgotten keys; ten covers phone, laptop, a security key and spares.</summary>
    public const int MaxPasskeys = 10;

    [BindProperty]
    public AddInput Input { get; set; } = new();

    [BindProperty]
    public string? CredentialJson { get; set; }

    [TempData]
    public string? StatusMessage { get; set; }

    public IReadOnlyList<UserPasskeyInfo> Passkeys { get; private set; } = [];

    /// <summary>The passkey whose removal waits for the password (from "Entfernen…" in the list).</summary>
    public UserPasskeyInfo? ToRemove { get; private set; }

    [BindProperty]
    public string? RemovePassword { get; set; }

    public static string IdOf(UserPasskeyInfo passkey) => WebEncoders.Base64UrlEncode(passkey.CredentialId);

    public async Task<IActionResult> OnGetAsync(string? remove)
    {
        var user = await userManager.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }
        Passkeys = [.. await userManager.GetPasskeysAsync(user)];
        if (remove is not null)
        {
            ToRemove = Decode(remove) is { } id ? await userManager.GetPasskeyAsync(user, id) : null;
            if (ToRemove is null)
            {
                return NotFound();
            }
        }
        return Page();
    }

    /// <summary>Called by passkeys.js with the form: checks the password, then returns the browser's creation options.</summary>
    public async Task<IActionResult> OnPostOptionsAsync()
    {
        var user = await userManager.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }
        if (await ProblemAsync(user) is { } problem)
        {
            return new UnprocessableEntityObjectResult(new { message = problem });
        }
        var options = await signInManager.MakePasskeyCreationOptionsAsync(new PasskeyUserEntity
        {
            Id = await userManager.GetUserIdAsync(user),
            Name = user.Email ?? user.UserName ?? "",
            DisplayName = user.Email ?? user.UserName ?? "",
        });
        return Content(options, "application/json");
    }

    public async Task<IActionResult> OnPostAddAsync()
    {
        var user = await userManager.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }
        if (await ProblemAsync(user) is { } problem)
        {
            ModelState.AddModelError(string.Empty, problem);
        }
        else if (string.IsNullOrEmpty(CredentialJson) || CredentialJson.Length > 64_000)
        {
            ModelState.AddModelError(string.Empty, l["Ihr Browser hat keinen Passkey übergeben. Bitte versuchen Sie es noch einmal."]);
        }
        else
        {
            var attestation = await PasskeyCeremony.AttestAsync(signInManager, CredentialJson);
            if (attestation is not { Succeeded: true })
            {
                ModelState.AddModelError(string.Empty, l["Der Passkey konnte nicht geprüft werden. Bitte versuchen Sie es noch einmal."]);
            }
            else
            {
                var passkey = attestation.Passkey!;
                passkey.Name = string.IsNullOrWhiteSpace(Input.Name) ? l["Passkey vom {0:d}", clock.GetLocalNow().Date] : Input.Name.Trim();
                await userManager.AddOrUpdatePasskeyAsync(user, passkey);
                await change.AppliedAsync(user, User, HttpContext.RequestAborted);
                StatusMessage = l["Der Passkey „{0}“ ist gespeichert. Sie können sich jetzt damit anmelden.", passkey.Name!];
                return RedirectToPage();
            }
        }
        Passkeys = [.. await userManager.GetPasskeysAsync(user)];
        return Page();
    }

    public async Task<IActionResult> OnPostRemoveAsync(string? id)
    {
        var user = await userManager.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }
        var credentialId = Decode(id);
        // Only the account's own passkeys are found, so a foreign id is simply not there.
        var passkey = credentialId is null ? null : await userManager.GetPasskeyAsync(user, credentialId);
        if (passkey is null)
        {
            return NotFound();
        }
        if (await reentry.CheckFieldAsync(user, RemovePassword) is { } wrong)
        {
            ModelState.AddModelError(nameof(RemovePassword), wrong);
            ToRemove = passkey;
            Passkeys = [.. await userManager.GetPasskeysAsync(user)];
            return Page();
        }
        await userManager.RemovePasskeyAsync(user, credentialId!);
        await change.AppliedAsync(user, User, HttpContext.RequestAborted);
        StatusMessage = l["Der Passkey „{0}“ ist entfernt. Löschen Sie ihn auch im Passwortmanager oder auf dem Gerät.", passkey.Name ?? ""];
        return RedirectToPage();
    }

    private async Task<string?> ProblemAsync(IdentityUser user)
    {
        if (!ModelState.IsValid)
        {
            return ModelState.Values.SelectMany(v => v.Errors).Select(e => e.ErrorMessage).First();
        }
        if ((await userManager.GetPasskeysAsync(user)).Count >= MaxPasskeys)
        {
            return l["Es sind schon {0} Passkeys gespeichert. Entfernen Sie zuerst einen, den Sie nicht mehr brauchen.", MaxPasskeys];
        }
        return await reentry.CheckAsync(user, Input.Password);
    }

    private static byte[]? Decode(string? id)
    {
        if (string.IsNullOrEmpty(id) || id.Length > 1400)
        {
            return null;
        }
        try
        {
            return WebEncoders.Base64UrlDecode(id);
        }
        catch (FormatException)
        {
            return null;
        }
    }

    public sealed class AddInput
    {
        [StringLength(60, ErrorMessage = "Der Name darf höchstens {1} Zeichen lang sein.")]
        [Display(Name = "Name des Passkeys (optional)")]
        public string? Name { get; set; }

        [Required(ErrorMessage = "Bitte geben Sie Ihr Passwort ein.")]
        [StringLength(128, ErrorMessage = "Das Passwort darf höchstens {1} Zeichen lang sein.")]
        [DataType(DataType.Password)]
        [Display(Name = "Ihr Passwort")]
        public string Password { get; set; } = "";
    }
}
