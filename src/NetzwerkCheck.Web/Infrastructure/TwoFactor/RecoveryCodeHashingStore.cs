using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using NetzwerkCheck.Web.Data;

namespace NetzwerkCheck.Web.Infrastructure.TwoFactor;

/// <summary>
/// Identity's store keeps recovery codes as plain text in the tokens table, where a copy of the database
/// would hand out working second factors. This store keeps only their SHA-256: a code is a random value of
/// 50 bits, so a fast hash without salt cannot be reversed by guessing.
/// </summary>
public sealed class RecoveryCodeHashingStore(AppDbContext context, IdentityErrorDescriber? describer = null)
    : UserOnlyStore<IdentityUser, AppDbContext, string, IdentityUserClaim<string>, IdentityUserLogin<string>, IdentityUserToken<string>, IdentityUserPasskey<string>>(context, describer)
{
    public override Task ReplaceCodesAsync(IdentityUser user, IEnumerable<string> recoveryCodes, CancellationToken cancellationToken) =>
        base.ReplaceCodesAsync(user, recoveryCodes.Select(Hash), cancellationToken);

    public override Task<bool> RedeemCodeAsync(IdentityUser user, string code, CancellationToken cancellationToken) =>
        base.RedeemCodeAsync(user, Hash(code), cancellationToken);

    private static string Hash(string code) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(RecoveryCodes.Normalize(code))));
}
