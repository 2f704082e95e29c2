using Microsoft.AspNetCore.Identity;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.Extensions.Options;
using NetzwerkCheck.Web.Localization;

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
    OutboxSignal signal,
    TimeProvider clock,
    IOptions<EmailOptions> options,
    IStringLocalizer<PasswordReset> l,
    ILogger<PasswordReset> logger)
{
    public static readonly TimeSpan LinkLifetime = TimeSpan.FromHours(2);

    /// <summary>Requests handled per pass.</summary>
    public const int BatchSize = 20;

    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

    /// <summary>
    /// The request writes one row, whatever the address: whether it has an account is only looked up in the
    /// background (<see cref="HandlePendingAsync"/>), so neither the answer nor its time tells.
    /// </summary>
    /// <param name="baseUrl">Where the link points (PublicLinks.BaseUrl).</param>
    public async Task RequestAsync(string email, string baseUrl, CancellationToken cancellationToken)
    {
        db.PasswordResetRequests.Add(new PasswordResetRequest
        {
            AddressHash = AddressHash(users.NormalizeEmail(email)),
            Email = email,
            Culture = CultureInfo.CurrentUICulture.Name,
            BaseUrl = baseUrl.TrimEnd('/'),
            RequestedUtc = clock.GetUtcNow().UtcDateTime,
        });
        await db.SaveChangesAsync(cancellationToken);
        signal.Wake();
    }

    /// <summary>
    /// Turns waiting requests into mails: only for a known address, at most
    /// <see cref="EmailOptions.ResetMailsPerAddressPerHour"/> an hour. Each request is claimed by one conditional
    /// UPDATE, so several instances handle it once.
    /// </summary>
    public async Task<int> HandlePendingAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await db.PasswordResetRequests.Where(r => r.RequestedUtc < now.AddDays(-1)).ExecuteDeleteAsync(cancellationToken);
        var pending = await db.PasswordResetRequests.Where(r => r.HandledUtc == null).OrderBy(r => r.Id).Select(r => r.Id).Take(BatchSize).ToListAsync(cancellationToken);
        foreach (var id in pending)
        {
            await HandleAsync(id, now, cancellationToken);
        }
        return pending.Count;
    }

    private async Task HandleAsync(long id, DateTime now, CancellationToken cancellationToken)
    {
        // Claimed on its own (a short write), so the database is not locked while the token is made; a crash
        // between the claim and the save below loses this one request, and the person asks again.
        var claimed = await db.PasswordResetRequests.Where(r => r.Id == id && r.HandledUtc == null)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.HandledUtc, now), cancellationToken);
        if (claimed == 0)
        {
            return;
        }
        var request = await db.PasswordResetRequests.SingleAsync(r => r.Id == id, cancellationToken);
        var user = request.Email is null ? null : await users.FindByEmailAsync(request.Email);
        var mailsThisHour = await db.PasswordResetRequests.CountAsync(
            r => r.AddressHash == request.AddressHash && r.MailQueued && r.RequestedUtc > now.AddHours(-1), cancellationToken);
        request.MailQueued = user?.Email is not null && mailsThisHour < options.Value.ResetMailsPerAddressPerHour;
        request.Email = null;
        if (request.MailQueued)
        {
            var token = await users.GeneratePasswordResetTokenAsync(user!);
            var link = $"{request.BaseUrl}/Account/ResetPassword?user={Uri.EscapeDataString(user!.Id)}&token={LinkToken.Encode(token)}";
            outbox.Add(user.Email!, Compose(link, Cultures.Find(request.Culture) ?? Cultures.German), user.Id);
            LogQueued(logger, user.Id);
        }
        // The mail and the request's new state in one transaction.
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Sets the new password if the link is still good; the new security stamp ends every session.</summary>
    public async Task<(ResetOutcome Outcome, IEnumerable<IdentityError> Errors)> ResetAsync(string userId, string encodedToken, string newPassword)
    {
        var user = await users.FindByIdAsync(userId);
        var token = LinkToken.Decode(encodedToken);
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
        // Whoever reads the mailbox may sign in again at once, and has just shown that the address is theirs.
        if (!user.EmailConfirmed)
        {
            user.EmailConfirmed = true;
            await users.UpdateAsync(user);
        }
        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        LogReset(logger, user.Id);
        return (ResetOutcome.Done, []);
    }

    public static string AddressHash(string normalizedEmail) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(normalizedEmail)));

    /// <summary>In the language of the page the link was asked for on: the one the person asking reads.</summary>
    private MailContent Compose(string link, CultureInfo culture)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = culture;
        try
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
                <html lang="{culture.TwoLetterISOLanguageName}"><head><meta charset="utf-8"><title>{Html.Encode(l["Passwort zurücksetzen"])}</title></head>
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
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Password reset mail queued for account {UserId}")]
    private static partial void LogQueued(ILogger logger, string userId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Password of account {UserId} reset by mail link")]
    private static partial void LogReset(ILogger logger, string userId);
}
