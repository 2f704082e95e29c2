using System.Collections.Concurrent;

namespace NetzwerkCheck.Web.Pages.Workshops;

/// <summary>What every live channel of a workshop needs to know: a change of <see cref="Version"/> means a step or an answer.</summary>
public sealed record WorkshopSnapshot(int Version, int CurrentQuestion, bool Closed);

/// <summary>
/// One database read per open workshop and app instance, shared by all its live channels on this instance:
/// a room of 200 phones costs two small reads a second instead of 400. The database stays the only source
/// of truth – every instance polls it – so instances behind a load balancer still see each other's steps
/// and answers; this only stops one instance from asking the same question 200 times.
/// </summary>
public sealed partial class WorkshopPulse(IServiceScopeFactory scopes, TimeProvider clock, IHostApplicationLifetime lifetime, ILogger<WorkshopPulse> logger)
{
    public static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(500);

    private readonly ConcurrentDictionary<int, Pulse> _pulses = new();

    /// <summary>Follows the workshop until the subscription is disposed; the last subscriber stops the polling.</summary>
    public Subscription Subscribe(int workshopId)
    {
        while (true)
        {
            var pulse = _pulses.GetOrAdd(workshopId, _ => new Pulse());
            lock (pulse.Gate)
            {
                if (pulse.Retired)
                {
                    continue;
                }
                pulse.Subscribers++;
                if (!pulse.Running)
                {
                    pulse.Running = true;
                    _ = PollAsync(workshopId, pulse);
                }
                return new Subscription(pulse);
            }
        }
    }

    /// <summary>Whether a reader is following the workshop on this instance (it retires at its next beat after the last subscriber left).</summary>
    public bool IsPolling(int workshopId) => _pulses.ContainsKey(workshopId);

    private async Task PollAsync(int workshopId, Pulse pulse)
    {
        var stopping = lifetime.ApplicationStopping;
        try
        {
            while (true)
            {
                lock (pulse.Gate)
                {
                    if (pulse.Subscribers == 0)
                    {
                        pulse.Retired = true;
                        _pulses.TryRemove(KeyValuePair.Create(workshopId, pulse));
                        return;
                    }
                }
                try
                {
                    await using var scope = scopes.CreateAsyncScope();
                    var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
                    pulse.Publish(await db.Workshops.AsNoTracking()
                        .Where(w => w.Id == workshopId)
                        .Select(w => new WorkshopSnapshot(w.Version, w.CurrentQuestion, w.ClosedUtc != null))
                        .SingleOrDefaultAsync(stopping));
                }
                catch (Exception exception) when (!stopping.IsCancellationRequested)
                {
                    // A busy database must not end the room's live channels: try again at the next beat.
                    LogPollFailed(logger, exception, workshopId);
                }
                await Task.Delay(PollInterval, clock, stopping);
            }
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reading workshop {WorkshopId} for its live channels failed")]
    private static partial void LogPollFailed(ILogger logger, Exception exception, int workshopId);

    internal sealed class Pulse
    {
        public readonly Lock Gate = new();
        public int Subscribers;
        public bool Running;
        public bool Retired;
        public bool Loaded;
        public WorkshopSnapshot? Current;
        public TaskCompletionSource Changed = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public void Publish(WorkshopSnapshot? snapshot)
        {
            TaskCompletionSource changed;
            lock (Gate)
            {
                if (Loaded && Current == snapshot)
                {
                    return;
                }
                (Loaded, Current, changed) = (true, snapshot, Changed);
                Changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            }
            changed.SetResult();
        }
    }

    public sealed class Subscription : IDisposable
    {
        private readonly Pulse _pulse;
        private bool _disposed;

        internal Subscription(Pulse pulse) => _pulse = pulse;

        /// <summary>
        /// The latest snapshot (null once the workshop is gone; <c>Loaded</c> false before the first read)
        /// and a task that completes at the next change.
        /// </summary>
        public (bool Loaded, WorkshopSnapshot? Current, Task NextChange) Peek()
        {
            lock (_pulse.Gate)
            {
                return (_pulse.Loaded, _pulse.Current, _pulse.Changed.Task);
            }
        }

        public void Dispose()
        {
            lock (_pulse.Gate)
            {
                if (!_disposed)
                {
                    _disposed = true;
                    _pulse.Subscribers--;
                }
            }
        }
    }
}
