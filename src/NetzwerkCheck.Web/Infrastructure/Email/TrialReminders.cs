using System.Globalization;
using Microsoft.Extensions.Options;
using NetzwerkCheck.Web.Localization;

namespace NetzwerkCheck.Web.Infrastructure.Email;

/// <summary>
/// Queues a mail a week before a trial ends and on its last day, in the owner's language, to confirmed
/// addresses only, unless turned off for the network or the account.
/// </summary>
public sealed partial class TrialReminders(
    AppDbContext db,
    MailOutbox outbox,
    ReminderOptOut optOut,
    TimeProvider clock,
    PublicLinks links,
    IStringLocalizer<TrialReminders> l,
    ILogger<TrialReminders> logger)
{
    private sealed record Due(int NetworkId, string NetworkName, DateOnly End, string UserId, string Email, string? Culture, string? BaseUrl);

    /// <summary>One pass; returns how many reminders this instance queued.</summary>
    public async Task<int> QueueDueAsync(CancellationToken cancellationToken)
    {
        var today = clock.Today();
        var weekAhead = today.AddDays(TrialPeriod.EndingSoonDays);
        var due = await (
            from network in db.Networks
            join user in db.Users on network.OwnerId equals user.Id
            join settings in db.AccountSettings on network.OwnerId equals settings.UserId into found
            from settings in found.DefaultIfEmpty()
            where network.Status == NetworkStatus.Trial && !network.TrialRemindersOff
                && network.TrialPlannedEnd >= today && network.TrialPlannedEnd <= weekAhead
                && user.EmailConfirmed && user.Email != null
                && (settings == null || !settings.TrialRemindersOff)
            select new Due(network.Id, network.Name, network.TrialPlannedEnd!.Value, user.Id, user.Email!, settings.Culture, settings.BaseUrl))
            .ToListAsync(cancellationToken);

        var queued = 0;
        foreach (var reminder in due)
        {
            var kind = reminder.End == today ? TrialReminderKind.LastDay : TrialReminderKind.WeekBefore;
            if (await TryQueueAsync(reminder, kind, today, cancellationToken))
            {
                queued++;
            }
        }
        return queued;
    }

    private async Task<bool> TryQueueAsync(Due reminder, TrialReminderKind kind, DateOnly today, CancellationToken cancellationToken)
    {
        if (await db.TrialReminders.AnyAsync(r => r.NetworkId == reminder.NetworkId && r.TrialEnd == reminder.End && r.Kind == kind, cancellationToken))
        {
            return false;
        }
        var baseUrl = links.ConfiguredBaseUrl ?? reminder.BaseUrl;
        if (baseUrl is null)
        {
            LogNoBaseUrl(logger, reminder.UserId);
            return false;
        }
        db.TrialReminders.Add(new TrialReminder { NetworkId = reminder.NetworkId, TrialEnd = reminder.End, Kind = kind, QueuedUtc = clock.GetUtcNow().UtcDateTime });
        var culture = Cultures.Find(reminder.Culture) ?? Cultures.German;
        outbox.Add(reminder.Email, MailLayout.In(culture, () => Compose(reminder, kind, today, baseUrl, culture)), reminder.UserId);
        try
        {
            // The reminder row and the mail in one transaction: the unique key lets only one instance have both.
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return false;
        }
        LogQueued(logger, reminder.NetworkId, kind);
        return true;
    }

    private MailContent Compose(Due reminder, TrialReminderKind kind, DateOnly today, string baseUrl, CultureInfo culture)
    {
        var checkLink = $"{baseUrl}/Networks/Details/{reminder.NetworkId}";
        var offLink = $"{baseUrl}/Email/RemindersOff?token={Uri.EscapeDataString(optOut.TokenFor(reminder.UserId, reminder.NetworkId))}";
        var days = reminder.End.DayNumber - today.DayNumber;
        string subject = kind == TrialReminderKind.LastDay
            ? l["Heute endet Ihre Probezeit bei „{0}“", reminder.NetworkName]
            : l["Ihre Probezeit bei „{0}“ endet am {1:d}", reminder.NetworkName, reminder.End];
        string greeting = l["Guten Tag,"];
        string news = kind == TrialReminderKind.LastDay
            ? l["heute ist der letzte Tag Ihrer Probezeit bei „{0}“.", reminder.NetworkName]
            : days == 1
                ? l["Ihre Probezeit bei „{0}“ endet morgen.", reminder.NetworkName]
                : l["Ihre Probezeit bei „{0}“ endet in {1} Tagen, am {2:D}.", reminder.NetworkName, days, reminder.End];
        string ask = l["Zeit für eine ehrliche Bilanz: Was hat Ihnen das Netzwerk gebracht? Tragen Sie noch fehlende Treffen und Kontakte ins Tagebuch ein und bewerten Sie das Netzwerk:"];
        string button = l["Zum Netzwerk und zur Bewertung"];
        string off = l["Keine Erinnerungen mehr für dieses Netzwerk oder für alle? Hier abbestellen (ohne Anmeldung):"];
        var text = $"{greeting}\n\n{news}\n\n{ask}\n{checkLink}\n\n{off}\n{offLink}\n\nNetzwerkCheck\n";
        var html = MailLayout.Page(culture, subject, string.Concat(
            MailLayout.Paragraph(greeting), MailLayout.Paragraph(news), MailLayout.Paragraph(ask), MailLayout.Link(checkLink, button),
            $"<p style=\"font-size: .9em; color: #555;\">{MailLayout.Encode(off)} <a href=\"{MailLayout.Encode(offLink)}\">{MailLayout.Encode(l["Erinnerungen abbestellen"])}</a></p>",
            MailLayout.Paragraph("NetzwerkCheck")));
        return new MailContent(subject, text, html);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Trial reminder {Kind} queued for network {NetworkId}")]
    private static partial void LogQueued(ILogger logger, int networkId, TrialReminderKind kind);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Trial reminder for account {UserId} skipped: set App:PublicBaseUrl so links in background mails have a host")]
    private static partial void LogNoBaseUrl(ILogger logger, string userId);
}

/// <summary>
/// Runs <see cref="TrialReminders"/> every <see cref="EmailOptions.ReminderInterval"/> on every instance; the
/// unique key of the reminder rows keeps two instances from sending one reminder twice.
/// </summary>
public sealed partial class TrialReminderJob(IServiceScopeFactory scopes, TimeProvider clock, IOptions<EmailOptions> options, ILogger<TrialReminderJob> logger) : BackgroundService
{
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<TrialReminders>().QueueDueAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await RunOnceAsync(stoppingToken);
            }
            catch (Exception problem) when (problem is not OperationCanceledException)
            {
                LogPassFailed(logger, problem.GetType().Name);
            }
            try
            {
                await Task.Delay(options.Value.ReminderInterval, clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Trial reminders could not be queued ({Problem}); trying again at the next pass")]
    private static partial void LogPassFailed(ILogger logger, string problem);
}
