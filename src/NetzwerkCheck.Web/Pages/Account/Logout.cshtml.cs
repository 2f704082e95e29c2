using Microsoft.AspNetCore.Identity;

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
