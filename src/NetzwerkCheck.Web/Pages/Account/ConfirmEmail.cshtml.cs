using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.RateLimiting;
using NetzwerkCheck.Web.Infrastructure.Email;

namespace NetzwerkCheck.Web.Pages.Account;

/// <summary>
/// The link from a confirmation mail. Opening it shows a button and only the POST confirms: mail scanners fetch
/// links before the person does.
/// </summary>
[EnableRateLimiting(FormRateLimits.MailLinks)]
public class ConfirmEmailModel(AddressConfirmation confirmation, UserManager<IdentityUser> users, SignInManager<IdentityUser> signInManager) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "user")]
    public string? UserId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Email { get; set; }

    public bool Confirmed { get; private set; }

    public bool Invalid { get; private set; }

    public IActionResult OnGet()
    {
        if (string.IsNullOrEmpty(UserId) || LinkToken.Decode(Token) is null)
        {
            return InvalidLink();
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await confirmation.ConfirmAsync(UserId, Token, Email))
        {
            return InvalidLink();
        }
        Confirmed = true;
        // A new address gave the account a new security stamp; this browser stays signed in if it was.
        if (User.Identity?.IsAuthenticated == true && users.GetUserId(User) == UserId && await users.FindByIdAsync(UserId!) is { } user)
        {
            await signInManager.RefreshSignInAsync(user);
        }
        return Page();
    }

    private PageResult InvalidLink()
    {
        Invalid = true;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
