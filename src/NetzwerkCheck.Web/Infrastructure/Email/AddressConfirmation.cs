using Microsoft.AspNetCore.Identity;
using System.Globalization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;
using NetzwerkCheck.Web.Infrastructure.Accounts;

namespace NetzwerkCheck.Web.Infrastructure.Email;

/// <summary>
/// "Bitte bestätigen Sie Ihre Adresse": a link with Identity's confirmation token (or, for a new address, its
/// change-email token, which names that address). The link works for <see cref="LinkLifetime"/>.
/// </summary>
public sealed partial class AddressConfirmation(
    UserManager<IdentityUser> users,
    AppDbContext db,
    MailOutbox outbox,
    TimeProvider clock,
    IOptions<EmailOptions> options,
    IStringLocalizer<AddressConfirmation> l,
    ILogger<AddressConfirmation> logger)
{
    public static readonly TimeSpan LinkLifetime = TimeSpan.FromDays(3);

    public bool Required => options.Value.RequireConfirmedAddress;

    /// <summary>
    /// Queues the link to the account's address, or to <paramref name="newEmail"/> when that is to replace it, in the
    /// language of the current request. False when the account's budget for the hour is used up.
    /// </summary>
    public async Task<bool> SendAsync(IdentityUser user, string requestBase, string? newEmail = null)
    {
        ArgumentNullException.ThrowIfNull(user);
        var now = clock.GetUtcNow().UtcDateTime;
        var sent = await db.AccountMails.CountAsync(m => m.UserId == user.Id && m.Kind == AccountMailKind.Confirmation && m.QueuedUtc > now.AddHours(-1));
        if (sent >= options.Value.ConfirmationMailsPerHour || (newEmail ?? user.Email) is not { } to)
        {
            return false;
        }
        var token = newEmail is null
            ? await users.GenerateEmailConfirmationTokenAsync(user)
            : await users.GenerateChangeEmailTokenAsync(user, newEmail);
        var link = $"{requestBase.TrimEnd('/')}/Account/ConfirmEmail?user={Uri.EscapeDataString(user.Id)}&token={LinkToken.Encode(token)}";
        if (newEmail is not null)
        {
            link += $"&email={Uri.EscapeDataString(newEmail)}";
        }
        outbox.Add(to, Compose(link, newEmail is not null), user.Id);
        db.AccountMails.Add(new AccountMail { UserId = user.Id, Kind = AccountMailKind.Confirmation, QueuedUtc = now });
        await db.SaveChangesAsync();
        LogQueued(logger, user.Id);
        return true;
    }

    /// <summary>Confirms the address (or takes over the new one) if the link is good.</summary>
    public async Task<bool> ConfirmAsync(string? userId, string? encodedToken, string? newEmail)
    {
        var token = LinkToken.Decode(encodedToken);
        var user = string.IsNullOrEmpty(userId) ? null : await users.FindByIdAsync(userId);
        if (user is null || token is null)
        {
            return false;
        }
        if (string.IsNullOrEmpty(newEmail))
        {
            return (await users.ConfirmEmailAsync(user, token)).Succeeded;
        }
        // The change token names the new address, so a link cannot be bent to another one.
        if (!(await users.ChangeEmailAsync(user, newEmail, token)).Succeeded)
        {
            return false;
        }
        // The address is also the name to sign in with.
        await users.SetUserNameAsync(user, newEmail);
        LogChanged(logger, user.Id);
        return true;
    }

    private MailContent Compose(string link, bool newAddress)
    {
        var culture = CultureInfo.CurrentUICulture;
        var days = (int)LinkLifetime.TotalDays;
        string greeting = l["Guten Tag,"];
        string intro = newAddress
            ? l["Sie möchten diese Adresse für Ihr Konto bei NetzwerkCheck verwenden. Bitte bestätigen Sie das über diesen Link; bis dahin gilt die bisherige Adresse:"]
            : l["willkommen bei NetzwerkCheck. Bitte bestätigen Sie Ihre E-Mail-Adresse über diesen Link:"];
        string validity = l["Der Link gilt {0} Tage.", days];
        string ignore = l["Haben Sie das nicht veranlasst, können Sie diese Nachricht löschen."];
        string button = l["Adresse bestätigen"];
        string subject = l["Bitte bestätigen Sie Ihre E-Mail-Adresse für NetzwerkCheck"];
        var text = $"{greeting}\n\n{intro}\n\n{link}\n\n{validity}\n\n{ignore}\n\nNetzwerkCheck\n";
        var html = MailLayout.Page(culture, subject, string.Concat(
            MailLayout.Paragraph(greeting), MailLayout.Paragraph(intro), MailLayout.Link(link, button),
            MailLayout.Paragraph(validity), MailLayout.Paragraph(ignore), MailLayout.Paragraph("NetzwerkCheck")));
        return new MailContent(subject, text, html);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Confirmation mail queued for account {UserId}")]
    private static partial void LogQueued(ILogger logger, string userId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Account {UserId} changed its address by mail link")]
    private static partial void LogChanged(ILogger logger, string userId);
}

/// <summary>Identity's data-protection tokens with their own lifetime: reset links stay short, confirmation links last days.</summary>
public sealed class ConfirmationTokenProvider(
    IDataProtectionProvider dataProtectionProvider,
    IOptions<ConfirmationTokenProviderOptions> options,
    ILogger<DataProtectorTokenProvider<IdentityUser>> logger)
    : DataProtectorTokenProvider<IdentityUser>(dataProtectionProvider, options, logger)
{
    public const string ProviderName = "Confirmation";
}

public sealed class ConfirmationTokenProviderOptions : DataProtectionTokenProviderOptions
{
    public ConfirmationTokenProviderOptions()
    {
        Name = ConfirmationTokenProvider.ProviderName;
        TokenLifespan = AddressConfirmation.LinkLifetime;
    }
}
