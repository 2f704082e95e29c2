using Microsoft.AspNetCore.Identity;
using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;

namespace NetzwerkCheck.Web.Infrastructure.TwoFactor;

/// <summary>
/// Checks the authenticator app's code like Identity's own provider (RFC 6238, 30-second steps, one step of
/// clock drift either way), and in addition accepts each code only once: someone who reads a code over the
/// shoulder cannot use it in the same half minute. The last step used is kept as an authentication token.
/// </summary>
public sealed class SingleUseAuthenticatorTokenProvider(TimeProvider clock) : IUserTwoFactorTokenProvider<IdentityUser>
{
    public const string Name = "SingleUseAuthenticator";
    private const string LastStepToken = "LastAuthenticatorStep";
    private static readonly TimeSpan Step = TimeSpan.FromSeconds(30);

    public Task<bool> CanGenerateTwoFactorTokenAsync(UserManager<IdentityUser> manager, IdentityUser user) =>
        manager.GetAuthenticatorKeyAsync(user).ContinueWith(key => !string.IsNullOrEmpty(key.Result), TaskScheduler.Default);

    /// <summary>The app makes the codes; the server never sends one.</summary>
    public Task<string> GenerateAsync(string purpose, UserManager<IdentityUser> manager, IdentityUser user) => Task.FromResult(string.Empty);

    public async Task<bool> ValidateAsync(string purpose, string token, UserManager<IdentityUser> manager, IdentityUser user)
    {
        var key = await manager.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key) || !AuthenticatorCode.IsShapedLike(token))
        {
            return false;
        }
        var secret = Base32.Decode(key);
        var now = clock.GetUtcNow().ToUnixTimeSeconds() / (long)Step.TotalSeconds;
        var lastUsed = long.TryParse(await manager.GetAuthenticationTokenAsync(user, AuthenticatorCode.StoreProvider, LastStepToken), CultureInfo.InvariantCulture, out var last) ? last : long.MinValue;
        for (var step = now - 1; step <= now + 1; step++)
        {
            if (step > lastUsed && CryptographicOperations.FixedTimeEquals(Code(secret, step), System.Text.Encoding.ASCII.GetBytes(token)))
            {
                // The user's concurrency stamp makes this save fail for the second of two requests with one code.
                var saved = await manager.SetAuthenticationTokenAsync(user, AuthenticatorCode.StoreProvider, LastStepToken, step.ToString(CultureInfo.InvariantCulture));
                return saved.Succeeded;
            }
        }
        return false;
    }

    private static byte[] Code(byte[] secret, long step)
    {
        var counter = new byte[8];
        BinaryPrimitives.WriteInt64BigEndian(counter, step);
#pragma warning disable CA5350 // RFC 6238 and every authenticator app use HMAC-SHA1; as an HMAC it is not broken.
        var hash = HMACSHA1.HashData(secret, counter);
#pragma warning restore CA5350
        var offset = hash[^1] & 0x0F;
        var number = (BinaryPrimitives.ReadInt32BigEndian(hash.AsSpan(offset, 4)) & 0x7FFFFFFF) % 1_000_000;
        return System.Text.Encoding.ASCII.GetBytes(number.ToString("D6", CultureInfo.InvariantCulture));
    }
}
