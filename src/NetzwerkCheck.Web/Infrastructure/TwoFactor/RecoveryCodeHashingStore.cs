using Microsoft.AspNetCore.Identity;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace NetzwerkCheck.Web.Infrastructure.TwoFactor;

/// <summary>
/// Identity's store keeps recovery codes as plain text in the tokens table, where a copy of the database would
/// hand out working second factors. This store keeps each code only as a salted PBKDF2 hash, like a password:
/// a code carries about 47 bits, too few for a fast hash to protect it. A tenth of the password's rounds, because
/// a code is checked against up to ten hashes at once.
/// </summary>
public sealed class RecoveryCodeHashingStore(AppDbContext context, IOptions<PasswordHasherOptions> hashing, IdentityErrorDescriber? describer = null)
    : UserOnlyStore<IdentityUser, AppDbContext, string, IdentityUserClaim<string>, IdentityUserLogin<string>, IdentityUserToken<string>, IdentityUserPasskey<string>>(context, describer)
{
    private const string Provider = "[AspNetUserStore]";
    private const string TokenName = "RecoveryCodes";

    private int Iterations => Math.Max(100, hashing.Value.IterationCount / 10);

    public override Task ReplaceCodesAsync(IdentityUser user, IEnumerable<string> recoveryCodes, CancellationToken cancellationToken) =>
        base.ReplaceCodesAsync(user, recoveryCodes.Select(Hash), cancellationToken);

    public override async Task<bool> RedeemCodeAsync(IdentityUser user, string code, CancellationToken cancellationToken)
    {
        var stored = (await GetTokenAsync(user, Provider, TokenName, cancellationToken))?.Split(';', StringSplitOptions.RemoveEmptyEntries) ?? [];
        var match = stored.FirstOrDefault(hash => Matches(hash, code));
        if (match is null)
        {
            return false;
        }
        await base.ReplaceCodesAsync(user, stored.Where(hash => hash != match), cancellationToken);
        return true;
    }

    private string Hash(string code)
    {
        var salt = RandomNumberGenerator.GetBytes(16);
        return $"{Iterations}.{Convert.ToBase64String(salt)}.{Convert.ToBase64String(Derive(code, salt, Iterations))}";
    }

    private static bool Matches(string stored, string code)
    {
        var parts = stored.Split('.');
        if (parts.Length != 3 || !int.TryParse(parts[0], System.Globalization.CultureInfo.InvariantCulture, out var iterations))
        {
            return false;
        }
        var expected = Convert.FromBase64String(parts[2]);
        return CryptographicOperations.FixedTimeEquals(Derive(code, Convert.FromBase64String(parts[1]), iterations), expected);
    }

    private static byte[] Derive(string code, byte[] salt, int iterations) =>
        Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(RecoveryCodes.Normalize(code)), salt, iterations, HashAlgorithmName.SHA256, 32);
}
