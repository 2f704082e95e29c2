using Microsoft.AspNetCore.Identity;
using System.Security.Claims;

namespace NetzwerkCheck.Web.Infrastructure.Sessions;

/// <summary>
/// After a change to how the account signs in – second factor on or off, new recovery codes, a passkey added
/// or removed – every other device is signed out for good and this one stays signed in.
/// </summary>
public sealed class SignInChange(UserManager<IdentityUser> users, SignInManager<IdentityUser> signInManager, SessionStore sessions)
{
    public async Task AppliedAsync(IdentityUser user, ClaimsPrincipal current, CancellationToken cancellationToken)
    {
        await users.UpdateSecurityStampAsync(user);
        await sessions.EndOthersAsync(user.Id, SessionStore.IdOf(current), cancellationToken);
        await signInManager.RefreshSignInAsync(user);
    }
}
