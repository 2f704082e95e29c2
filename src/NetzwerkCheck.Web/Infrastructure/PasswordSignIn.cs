using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using NetzwerkCheck.Web.Infrastructure.Email;
using SignInResult = Microsoft.AspNetCore.Identity.SignInResult;

namespace NetzwerkCheck.Web.Infrastructure;

/// <summary>
/// Sign-in by address and password that takes as long for an unknown address as for a known one: Identity
/// alone answers an unknown address at once but hashes the password (210,000 rounds) for a known one, so the
/// time of the answer would tell who has an account.
/// </summary>
public sealed class PasswordSignIn(SignInManager<IdentityUser> signInManager, IPasswordHasher<IdentityUser> hasher, IOptions<EmailOptions> emailOptions)
{
    private static readonly IdentityUser Nobody = new();
    private static string? decoyHash;

    public async Task<SignInResult> SignInAsync(string email, string password, bool rememberMe)
    {
        var user = await signInManager.UserManager.FindByNameAsync(email);
        if (user is null)
        {
            decoyHash ??= hasher.HashPassword(Nobody, Guid.NewGuid().ToString());
            hasher.VerifyHashedPassword(Nobody, decoyHash, password);
            return SignInResult.Failed;
        }
        if (emailOptions.Value.RequireConfirmedAddress && !user.EmailConfirmed)
        {
            // Only the right password learns that the address still needs confirming; a wrong one counts as usual.
            var check = await signInManager.CheckPasswordSignInAsync(user, password, lockoutOnFailure: true);
            return check.Succeeded ? SignInResult.NotAllowed : check;
        }
        return await signInManager.PasswordSignInAsync(user, password, rememberMe, lockoutOnFailure: true);
    }
}
