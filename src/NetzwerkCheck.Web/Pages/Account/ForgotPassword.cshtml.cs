using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.RateLimiting;
using NetzwerkCheck.Web.Infrastructure.Email;

namespace NetzwerkCheck.Web.Pages.Account;

[EnableRateLimiting(FormRateLimits.PasswordReset)]
public class ForgotPasswordModel(PasswordReset passwordReset, PublicLinks links) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    [TempData]
    public bool Requested { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }
        await passwordReset.RequestAsync(Input.Email, links.BaseUrl(Request), HttpContext.RequestAborted);
        Requested = true;
        return RedirectToPage();
    }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Bitte geben Sie Ihre E-Mail-Adresse ein.")]
        [EmailAddress(ErrorMessage = "Bitte geben Sie eine gültige E-Mail-Adresse ein.")]
        [StringLength(254, ErrorMessage = "Die E-Mail-Adresse darf höchstens {1} Zeichen lang sein.")]
        [Display(Name = "E-Mail-Adresse")]
        public string Email { get; set; } = "";
    }
}
