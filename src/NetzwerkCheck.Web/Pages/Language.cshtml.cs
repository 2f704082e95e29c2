using Microsoft.AspNetCore.Localization;
using NetzwerkCheck.Web.Infrastructure.Accounts;
using NetzwerkCheck.Web.Localization;

namespace NetzwerkCheck.Web.Pages;

/// <summary>The language switch in the footer: remembers the choice in a cookie and returns to the page.</summary>
public class LanguageModel(CookieNames cookies, AppDbContext db, PublicLinks links) : PageModel
{
    public IActionResult OnGet() => RedirectToPage("/Index");

    public async Task<IActionResult> OnPostAsync(string? culture, string? returnUrl)
    {
        var chosen = Cultures.Find(culture);
        if (chosen is null)
        {
            return BadRequest();
        }
        Response.Cookies.Append(
            cookies.Culture,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(chosen)),
            new CookieOptions
            {
                Expires = DateTimeOffset.UtcNow.AddYears(1),
                HttpOnly = true,
                IsEssential = true,
                Path = "/",
                SameSite = SameSiteMode.Lax,
                Secure = cookies.HttpsOnly || Request.IsHttps,
            });
        if (User.Identity?.IsAuthenticated == true)
        {
            // Mails sent later (trial reminders) are written in the language chosen last.
            await db.RememberAsync(User.UserId(), links.BaseUrl(Request), chosen);
        }
        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl : "/");
    }
}
