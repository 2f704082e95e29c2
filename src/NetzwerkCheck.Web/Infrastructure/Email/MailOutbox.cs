using MimeKit.Utils;

namespace NetzwerkCheck.Web.Infrastructure.Email;

/// <summary>A message as composed in the recipient's language: subject, plain text and simple HTML.</summary>
public sealed record MailContent(string Subject, string Text, string Html);

/// <summary>
/// Puts messages into the outbox table; the caller's SaveChanges writes them together with its own changes.
/// Sending happens in <see cref="OutboxSender"/>, never in the request.
/// </summary>
public sealed class MailOutbox(AppDbContext db, TimeProvider clock, OutboxSignal signal)
{
    public void Add(string to, MailContent content, string? accountId = null)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        db.Outbox.Add(new OutboxMessage
        {
            To = to,
            AccountId = accountId,
            Subject = content.Subject,
            TextBody = content.Text,
            HtmlBody = content.Html,
            MessageId = MimeUtils.GenerateMessageId("netzwerkcheck"),
            CreatedUtc = now,
            NextAttemptUtc = now,
        });
        signal.AfterSave(db);
    }
}

/// <summary>Wakes this instance's sender when a message was saved, so it does not wait for the next poll.</summary>
public sealed class OutboxSignal : IDisposable
{
    private readonly SemaphoreSlim _wake = new(0, 1);

    public void AfterSave(AppDbContext db)
    {
        void Saved(object? sender, Microsoft.EntityFrameworkCore.SavedChangesEventArgs args)
        {
            db.SavedChanges -= Saved;
            Wake();
        }
        db.SavedChanges += Saved;
    }

    public void Wake()
    {
        try
        {
            _wake.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already woken.
        }
    }

    public void Dispose() => _wake.Dispose();

    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => _wake.WaitAsync(timeout, cancellationToken);
}
