using System.Text.Json;
using Microsoft.AspNetCore.Http.Features;
using NetzwerkCheck.Web.Infrastructure.Telemetry;

namespace NetzwerkCheck.Web.Pages.Workshops;

/// <summary>
/// The live channel of a workshop as server-sent events: each open stream follows the workshop's snapshot,
/// read from the database twice a second by <see cref="WorkshopPulse"/>, and sends the room's state when it
/// changed. The database is the only shared state, so streams served by different app instances on one
/// database all see every step and every answer.
/// </summary>
public sealed class WorkshopLive(WorkshopPulse pulses, TimeProvider clock, IHostApplicationLifetime lifetime, IServiceScopeFactory scopes, AppMetrics metrics)
{
    public static readonly TimeSpan HeartbeatInterval = TimeSpan.FromSeconds(15);

    /// <summary>A stream ends after this long; the browser's EventSource then reconnects by itself.</summary>
    public static readonly TimeSpan MaxStreamDuration = TimeSpan.FromMinutes(30);

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The phone's channel: which question is on the projector and whether the workshop is over.</summary>
    public static void MapParticipantEvents(IEndpointRouteBuilder app) =>
        app.MapGet("/w/{code}/events", ParticipantEventsAsync)
            .AllowAnonymous()
            .RequireRateLimiting(WorkshopRateLimits.RoomPolicy);

    private static async Task ParticipantEventsAsync(string code, HttpContext context, AppDbContext db, CookieNames cookies, WorkshopLive live)
    {
        // Only a joined phone gets a stream. An unknown code and a stranger get the same 404, so this
        // endpoint tells nobody which codes exist.
        var normalized = WorkshopRoom.NormalizeCode(code);
        var candidate = await db.Workshops.AsNoTracking()
            .Where(w => w.JoinCode == normalized)
            .Select(w => new { w.Id, w.ParticipantSalt, Closed = w.ClosedUtc != null })
            .SingleOrDefaultAsync(context.RequestAborted);
        var hash = candidate is null ? null : WorkshopRoom.ParticipantHash(context, cookies, candidate.ParticipantSalt, createIfMissing: false);
        var workshop = candidate is not null && await db.WorkshopParticipants.AnyAsync(p => p.WorkshopId == candidate.Id && p.ParticipantHash == hash, context.RequestAborted)
            ? candidate
            : null;
        if (workshop is null)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }
        if (workshop.Closed)
        {
            // 204 tells EventSource to stop reconnecting: the page shows that the workshop is over.
            context.Response.StatusCode = StatusCodes.Status204NoContent;
            return;
        }
        await live.StreamAsync(
            context,
            workshop.Id,
            ParticipantEvent.Of,
            (snapshot, _) => Task.FromResult<object>(ParticipantEvent.Of(snapshot)));
    }

    /// <summary>The projector's channel (<see cref="PresentModel.OnGetEventsAsync"/>): its state whenever the workshop's version changed.</summary>
    public Task ProjectorEventsAsync(HttpContext context, int workshopId) =>
        StreamAsync(
            context,
            workshopId,
            snapshot => snapshot.Version,
            async (_, token) =>
            {
                // A stream lasts up to half an hour: each read gets its own short-lived DbContext.
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
                var state = await ProjectorState.LoadAsync(db, db.Workshops.Where(w => w.Id == workshopId), token)
                    ?? throw new InvalidOperationException($"Workshop {workshopId} is gone.");
                return ProjectorEvent.Of(state);
            });

    /// <summary>
    /// Sends the state once at the start and again whenever <paramref name="probe"/> of the workshop's
    /// snapshot (<see cref="WorkshopPulse"/>) changes; a comment line every 15 s keeps proxies from closing
    /// an idle stream. Ends when the client leaves, the app stops, the workshop is gone (event "gone") or
    /// after <see cref="MaxStreamDuration"/>.
    /// </summary>
    private async Task StreamAsync<TProbe>(
        HttpContext context,
        int workshopId,
        Func<WorkshopSnapshot, TProbe> probe,
        Func<WorkshopSnapshot, CancellationToken, Task<object>> state)
    {
        var response = context.Response;
        response.Headers.ContentType = "text/event-stream";
        response.Headers.CacheControl = "no-cache, no-transform";
        response.Headers["X-Accel-Buffering"] = "no";
        context.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();

        var stopping = lifetime.ApplicationStopping;
        using var limit = new CancellationTokenSource(MaxStreamDuration, clock);
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping, limit.Token);
        var token = cancel.Token;
        using var pulse = pulses.Subscribe(workshopId);

        metrics.LiveChannelOpened();
        try
        {
            await response.WriteAsync("retry: 1000\n\n", token);
            await response.Body.FlushAsync(token);
            var last = default(TProbe);
            var sentAny = false;
            var quietSince = clock.GetTimestamp();
            while (!token.IsCancellationRequested)
            {
                var (loaded, snapshot, nextChange) = pulse.Peek();
                string? message = null;
                if (loaded && snapshot is null)
                {
                    await response.WriteAsync("event: gone\ndata: {}\n\n", token);
                    await response.Body.FlushAsync(token);
                    return;
                }
                if (snapshot is not null && (!sentAny || !EqualityComparer<TProbe>.Default.Equals(probe(snapshot), last)))
                {
                    var data = JsonSerializer.Serialize(await state(snapshot, token), Json);
                    message = $"event: state\ndata: {data}\n\n";
                    (last, sentAny) = (probe(snapshot), true);
                }
                else if (clock.GetElapsedTime(quietSince) >= HeartbeatInterval)
                {
                    message = ": still here\n\n";
                }
                if (message is not null)
                {
                    // Taken before the write: once a client has read the message, the keep-alive is counting,
                    // whatever the clock does before the wait below is set up.
                    quietSince = clock.GetTimestamp();
                    await response.WriteAsync(message, token);
                    await response.Body.FlushAsync(token);
                }
                await WaitForChangeOrKeepAliveAsync(nextChange, quietSince, token);
            }
        }
        catch (Exception problem) when (token.IsCancellationRequested || problem is IOException)
        {
            // The phone or projector left (a write to a closed connection may fail before the request is
            // marked aborted), the app is stopping, or the stream reached its time limit; whatever the
            // interrupted read or write threw is expected then, and no error for the log.
        }
        finally
        {
            metrics.LiveChannelClosed();
        }
    }

    /// <summary>
    /// Returns when the snapshot changes, the keep-alive comment is due or <paramref name="token"/> is cancelled.
    /// The clock is read again once the timer is set, so time that passed in between is not missed: a real
    /// clock moves on by microseconds there, a test's fake clock may jump by minutes.
    /// </summary>
    private async Task WaitForChangeOrKeepAliveAsync(Task nextChange, long quietSince, CancellationToken token)
    {
        using var keepAlive = CancellationTokenSource.CreateLinkedTokenSource(token);
        var left = HeartbeatInterval - clock.GetElapsedTime(quietSince);
        var due = Task.Delay(left > TimeSpan.Zero ? left : TimeSpan.Zero, clock, keepAlive.Token);
        if (clock.GetElapsedTime(quietSince) < HeartbeatInterval)
        {
            await Task.WhenAny(nextChange, due);
        }
        await keepAlive.CancelAsync();
        token.ThrowIfCancellationRequested();
    }
}
