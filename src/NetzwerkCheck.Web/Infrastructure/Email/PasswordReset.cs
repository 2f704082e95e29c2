using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using NetzwerkCheck.Web.Data;

namespace NetzwerkCheck.Web.Infrastructure.Email;

public enum ResetOutcome
{
    Done,
    InvalidLink,
    PasswordRejected,
}

/// <summary>
/// "Passwort vergessen?": a link with Identity's reset token (bound to the security stamp, so it works once and
/// dies with any password change; valid for <see cref="LinkLifetime"/>).
/// </summary>
public sealed partial class PasswordReset(
    UserManager<IdentityUser> users,
    AppDbContext db,
    MailOutbox outbox,
    TimeProvider clock,
    IOptions<EmailOptions> options,
    IStringLocalizer<PasswordReset> l,
    ILogger<PasswordReset> logger)
{
    public static readonly TimeSpan LinkLifetime = TimeSpan.FromHours(2);

    private static readonly IdentityUser Nobody = new();
    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

    /// <summary>
    /// A known and an unknown address do the same work – one look-up, one token, one write – so neither the
    /// answer nor its time tells who has an account. The mail goes only to a known address, at most
    /// <see cref="EmailOptions.ResetMailsPerAddressPerHour"/> times an hour.
    /// </summary>
    /// <param name="requestBase">Scheme and host of the request, used when Email:BaseUrl is not set.</param>
    public async Task RequestAsync(string email, string requestBase, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var hash = AddressHash(users.NormalizeEmail(email));
        await db.PasswordResetRequests.Where(r => r.RequestedUtc < now.AddDays(-1)).ExecuteDeleteAsync(cancellationToken);
        var recent = await db.PasswordResetRequests.CountAsync(r => r.AddressHash == hash && r.RequestedUtc > now.AddHours(-1), cancellationToken);
        var user = await users.FindByEmailAsync(email);
        var token = await users.GeneratePasswordResetTokenAsync(user ?? Nobody);

        db.PasswordResetRequests.Add(new PasswordResetRequest { AddressHash = hash, RequestedUtc = now });
        if (user?.Email is { } address && recent < options.Value.ResetMailsPerAddressPerHour)
        {
            var baseUrl = (options.Value.BaseUrl ?? requestBase).TrimEnd('/');
            var link = $"{baseUrl}/Account/ResetPassword?user={Uri.EscapeDataString(user.Id)}&token={WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token))}";
            outbox.Add(address, Compose(link));
            LogRequested(logger, user.Id);
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Sets the new password if the link is still good; the new security stamp ends every session.</summary>
    public async Task<(ResetOutcome Outcome, IEnumerable<IdentityError> Errors)> ResetAsync(string userId, string encodedToken, string newPassword)
    {
        var user = await users.FindByIdAsync(userId);
        var token = Decode(encodedToken);
        if (user is null || token is null)
        {
            return (ResetOutcome.InvalidLink, []);
        }
        var result = await users.ResetPasswordAsync(user, token, newPassword);
        if (!result.Succeeded)
        {
            return result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.InvalidToken))
                ? (ResetOutcome.InvalidLink, [])
                : (ResetOutcome.PasswordRejected, result.Errors);
        }
        // Whoever reads the mailbox may sign in again at once.
        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        LogReset(logger, user.Id);
        return (ResetOutcome.Done, []);
    }

    private static string? Decode(string encoded)
    {
        try
        {
            return Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(encoded));
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private static string AddressHash(string normalizedEmail) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(normalizedEmail)));

    /// <summary>In the language of the request, which is the one the person asking for the link reads.</summary>
    private MailContent Compose(string link)
    {
        var hours = (int)LinkLifetime.TotalHours;
        string greeting = l["Guten Tag,"];
        string intro = l["jemand – hoffentlich Sie – möchte das Passwort Ihres Kontos bei NetzwerkCheck zurücksetzen. Über diesen Link wählen Sie ein neues Passwort:"];
        string validity = l["Der Link gilt {0} Stunden und nur ein einziges Mal. Danach endet jede Anmeldung auf anderen Geräten.", hours];
        string ignore = l["Haben Sie nichts angefordert, können Sie diese Nachricht löschen: Ihr Passwort bleibt dann, wie es ist."];
        string button = l["Neues Passwort wählen"];
        var text = $"{greeting}\n\n{intro}\n\n{link}\n\n{validity}\n\n{ignore}\n\nNetzwerkCheck\n";
        var html = $"""
            <!DOCTYPE html>
            <html lang="{CultureInfo.CurrentUICulture.TwoLetterISOLanguageName}"><head><meta charset="utf-8"><title>{Html.Encode(l["Passwort zurücksetzen"])}</title></head>
            <body style="font-family: sans-serif; line-height: 1.5; color: #1a1a1a;">
            <p>{Html.Encode(greeting)}</p>
            <p>{Html.Encode(intro)}</p>
            <p><a href="{Html.Encode(link)}">{Html.Encode(button)}</a></p>
            <p>{Html.Encode(validity)}</p>
            <p>{Html.Encode(ignore)}</p>
            <p>NetzwerkCheck</p>
            </body></html>
            """;
        return new MailContent(l["Ihr Passwort für NetzwerkCheck zurücksetzen"], text, html);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Password reset mail queued for account {UserId}")]
    private static partial void LogRequested(ILogger logger, string userId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Password of account {UserId} reset by mail link")]
    private static partial void LogReset(ILogger logger, string userId);
}
