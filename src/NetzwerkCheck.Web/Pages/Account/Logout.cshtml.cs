using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using NetzwerkCheck.Web.Infrastructure;

namespace NetzwerkCheck.Web.Pages.Account;

public class LogoutModel(SignInManager<IdentityUser> signInManager, IStringLocalizer<LogoutModel> l) : PageModel
{
    public IActionResult OnGet() => RedirectToPage("/Index");

    public async Task<IActionResult> OnPostAsync()
    {
        await signInManager.SignOutAsync();
        TempData.SetStatus(l["Sie sind abgemeldet."].Value);
        return RedirectToPage("/Index");
    }
}
