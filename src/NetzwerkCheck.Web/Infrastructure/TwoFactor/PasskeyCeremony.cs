using Microsoft.AspNetCore.Identity;
using SignInResult = Microsoft.AspNetCore.Identity.SignInResult;

namespace NetzwerkCheck.Web.Infrastructure.TwoFactor;

/// <summary>
/// Identity throws when the answer arrives without the options having been asked for in this browser (the
/// state cookie expired, was dropped, or the request is forged). For the user that is simply a failed attempt.
/// </summary>
public static class PasskeyCeremony
{
    public static async Task<PasskeyAttestationResult?> AttestAsync(SignInManager<IdentityUser> signInManager, string credentialJson)
    {
        try
        {
            return await signInManager.PerformPasskeyAttestationAsync(credentialJson);
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    public static async Task<SignInResult> SignInAsync(SignInManager<IdentityUser> signInManager, string credentialJson)
    {
        try
        {
            return await signInManager.PasskeySignInAsync(credentialJson);
        }
        catch (InvalidOperationException)
        {
            return SignInResult.Failed;
        }
    }
}
