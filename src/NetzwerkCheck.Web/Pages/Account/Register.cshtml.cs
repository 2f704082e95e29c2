using Microsoft.AspNetCore.Identity;
using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.RateLimiting;
using NetzwerkCheck.Web.Infrastructure.Accounts;
using NetzwerkCheck.Web.Infrastructure.Email;

namespace NetzwerkCheck.Web.Pages.Account;

[EnableRateLimiting(FormRateLimits.Registration)]
public partial class RegisterModel(UserManager<IdentityUser> userManager, AppDbContext db, AddressConfirmation confirmation, PublicLinks links, ILogger<RegisterModel> logger) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    /// <summary>Where sign-in continues afterwards, e.g. a workshop take-home to keep; only a local address is followed.</summary>
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var user = new IdentityUser { UserName = Input.Email, Email = Input.Email };
        var result = await userManager.CreateAsync(user, Input.Password);
        if (result.Succeeded)
        {
            LogRegistered(logger, user.Id);
            var requestBase = links.BaseUrl(Request);
            await db.RememberAsync(user.Id, requestBase);
            await confirmation.SendAsync(user, requestBase);
        }
        else if (!result.Errors.All(error => error.Code is nameof(IdentityErrorDescriber.DuplicateEmail) or nameof(IdentityErrorDescriber.DuplicateUserName)))
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(string.Empty, error.Description);
            }
            return Page();
        }

        // A new and an already registered address get the same answer, so the form does not reveal who has an account:
        // both continue at the sign-in page, where only the right password gets in.
        TempData[LoginModel.RegisteredEmailKey] = Input.Email;
        return RedirectToPage("/Account/Login", new { ReturnUrl = Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : null });
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Account {UserId} registered")]
    private static partial void LogRegistered(ILogger logger, string userId);

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Bitte geben Sie Ihre E-Mail-Adresse ein.")]
        [EmailAddress(ErrorMessage = "Bitte geben Sie eine gültige E-Mail-Adresse ein.")]
        [StringLength(254, ErrorMessage = "Die E-Mail-Adresse darf höchstens {1} Zeichen lang sein.")]
        [Display(Name = "E-Mail-Adresse")]
        public string Email { get; set; } = "";

        [Required(ErrorMessage = "Bitte wählen Sie ein Passwort.")]
        [StringLength(128, MinimumLength = 10, ErrorMessage = "Das Passwort muss zwischen {2} und {1} Zeichen lang sein.")]
        [DataType(DataType.Password)]
        [Display(Name = "Passwort")]
        public string Password { get; set; } = "";

        [Required(ErrorMessage = "Bitte wiederholen Sie das Passwort.")]
        [DataType(DataType.Password)]
        [Compare(nameof(Password), ErrorMessage = "Die beiden Passwörter stimmen nicht überein.")]
        [Display(Name = "Passwort wiederholen")]
        public string ConfirmPassword { get; set; } = "";
    }
}
