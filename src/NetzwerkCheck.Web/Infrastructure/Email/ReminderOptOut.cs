using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace NetzwerkCheck.Web.Infrastructure.Email;

/// <summary>
/// The token in a reminder's "turn off" link: account and network, signed and encrypted with ASP.NET Data
/// Protection under a purpose of its own, so it cannot be forged or turned into any other token of the app.
/// It does not expire: a mail may be read weeks later, and all it can do is stop reminders, which the account
/// turns back on with one click. It stops working only when the key ring loses its key.
/// </summary>
public sealed class ReminderOptOut(IDataProtectionProvider protection)
{
    private readonly IDataProtector _protector = protection.CreateProtector("NetzwerkCheck.Email.TrialReminderOptOut.v1");

    public string TokenFor(string userId, int networkId) =>
        _protector.Protect(string.Create(CultureInfo.InvariantCulture, $"{networkId}|{userId}"));

    public (string UserId, int NetworkId)? Read(string? token)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 2000)
        {
            return null;
        }
        try
        {
            var parts = _protector.Unprotect(token).Split('|', 2);
            return parts.Length == 2 && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var networkId)
                ? (parts[1], networkId)
                : null;
        }
        catch (Exception problem) when (problem is CryptographicException or FormatException)
        {
            return null;
        }
    }
}
