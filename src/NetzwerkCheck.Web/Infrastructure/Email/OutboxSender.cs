using Microsoft.Extensions.Options;
using MimeKit;

namespace NetzwerkCheck.Web.Infrastructure.Email;

/// <summary>
/// Sends what is due in the outbox. Several instances may run on one database: a message is claimed by one
/// conditional UPDATE (only one of them sees an affected row), a claim expires after
/// <see cref="EmailOptions.ClaimTimeout"/> so a crash loses nothing, and a failure waits with exponential backoff.
/// </summary>
public sealed partial class OutboxSender(
    IServiceScopeFactory scopes,
    IMailTransport transport,
    OutboxSignal signal,
    TimeProvider clock,
    IOptions<EmailOptions> options,
    ILogger<OutboxSender> logger) : BackgroundService
{
    private const int BatchSize = 20;

    /// <summary>Identifies this instance's claims.</summary>
    public string InstanceId { get; } = Guid.NewGuid().ToString("N");

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                while (await HandleResetRequestsAsync(stoppingToken) == PasswordReset.BatchSize)
                {
                }
                while (await SendDueAsync(stoppingToken) == BatchSize)
                {
                }
            }
            catch (Exception problem) when (problem is not OperationCanceledException)
            {
                // The database was busy or away: try again at the next poll.
                LogPollFailed(logger, problem.GetType().Name);
            }
            try
            {
                await signal.WaitAsync(options.Value.PollInterval, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>Password reset requests become mails here, not in the request (see <see cref="PasswordReset"/>).</summary>
    private async Task<int> HandleResetRequestsAsync(CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<PasswordReset>().HandlePendingAsync(cancellationToken);
    }

    /// <summary>One pass over the due messages; returns how many were looked at.</summary>
    public async Task<int> SendDueAsync(CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var now = clock.GetUtcNow().UtcDateTime;
        var due = await Due(db, now).OrderBy(m => m.NextAttemptUtc).Select(m => m.Id).Take(BatchSize).ToListAsync(cancellationToken);
        foreach (var id in due)
        {
            if (await TryClaimAsync(db, id, cancellationToken))
            {
                await SendClaimedAsync(db, id, cancellationToken);
            }
        }
        return due.Count;
    }

    private static IQueryable<OutboxMessage> Due(AppDbContext db, DateTime now) =>
        db.Outbox.Where(m => m.GaveUpUtc == null && m.NextAttemptUtc <= now && (m.ClaimedUntilUtc == null || m.ClaimedUntilUtc < now));

    /// <summary>Atomic: of several instances trying at once, exactly one changes the row.</summary>
    public async Task<bool> TryClaimAsync(AppDbContext db, long id, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var until = now + options.Value.ClaimTimeout;
        var claimed = await Due(db, now).Where(m => m.Id == id).ExecuteUpdateAsync(
            s => s.SetProperty(m => m.ClaimedBy, InstanceId).SetProperty(m => m.ClaimedUntilUtc, until),
            cancellationToken);
        return claimed == 1;
    }

    private async Task SendClaimedAsync(AppDbContext db, long id, CancellationToken cancellationToken)
    {
        var message = await db.Outbox.AsNoTracking().SingleAsync(m => m.Id == id, cancellationToken);
        try
        {
            await transport.SendAsync(ToMime(message), cancellationToken);
        }
        catch (Exception problem) when (problem is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            await RecordFailureAsync(db, message, problem, cancellationToken);
            return;
        }
        // Sent: the row (and the link in it) goes. Only our own claim may delete it.
        await db.Outbox.Where(m => m.Id == id && m.ClaimedBy == InstanceId).ExecuteDeleteAsync(CancellationToken.None);
        LogSent(logger, id, message.Attempts + 1);
    }

    private async Task RecordFailureAsync(AppDbContext db, OutboxMessage message, Exception problem, CancellationToken cancellationToken)
    {
        var attempts = message.Attempts + 1;
        var now = clock.GetUtcNow().UtcDateTime;
        var next = now + options.Value.RetryDelayAfter(attempts);
        DateTime? gaveUp = attempts >= options.Value.MaxAttempts ? now : null;
        // Type and message of the exception (the server's reply), never the body.
        var reason = $"{problem.GetType().Name}: {problem.Message}";
        reason = reason.Length > 500 ? reason[..500] : reason;
        await db.Outbox.Where(m => m.Id == message.Id && m.ClaimedBy == InstanceId).ExecuteUpdateAsync(s => s
            .SetProperty(m => m.Attempts, attempts)
            .SetProperty(m => m.NextAttemptUtc, next)
            .SetProperty(m => m.GaveUpUtc, gaveUp)
            .SetProperty(m => m.LastError, reason)
            .SetProperty(m => m.ClaimedBy, (string?)null)
            .SetProperty(m => m.ClaimedUntilUtc, (DateTime?)null), cancellationToken);
        if (gaveUp is null)
        {
            LogRetry(logger, message.Id, attempts, next, reason);
        }
        else
        {
            LogGaveUp(logger, message.Id, attempts, reason);
        }
    }

    private MimeMessage ToMime(OutboxMessage message)
    {
        var mime = new MimeMessage
        {
            Subject = message.Subject,
            MessageId = message.MessageId,
            Date = new DateTimeOffset(DateTime.SpecifyKind(message.CreatedUtc, DateTimeKind.Utc)),
        };
        mime.From.Add(MailboxAddress.Parse(options.Value.From));
        mime.To.Add(MailboxAddress.Parse(message.To));
        mime.Body = new BodyBuilder { TextBody = message.TextBody, HtmlBody = message.HtmlBody }.ToMessageBody();
        return mime;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Mail {MessageId} sent (attempt {Attempt})")]
    private static partial void LogSent(ILogger logger, long messageId, int attempt);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Mail {MessageId} failed (attempt {Attempt}), next attempt at {NextAttemptUtc:o}: {Reason}")]
    private static partial void LogRetry(ILogger logger, long messageId, int attempt, DateTime nextAttemptUtc, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Mail {MessageId} given up after {Attempts} attempts: {Reason}")]
    private static partial void LogGaveUp(ILogger logger, long messageId, int attempts, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox could not be read ({Problem}); trying again at the next poll")]
    private static partial void LogPollFailed(ILogger logger, string problem);
}
