using System.Text.Json;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.EntityFrameworkCore;
using NetzwerkCheck.Domain.Workshops;
using NetzwerkCheck.Web.Data;
using NetzwerkCheck.Web.Infrastructure;
using NetzwerkCheck.Web.Localization;

namespace NetzwerkCheck.Web.Pages.Workshops;

/// <summary>
/// The live channel of a workshop as server-sent events. Each open stream reads one small value from the
/// database twice a second (a fresh DbContext every time) and sends the room's state when it changed.
/// Nothing is held in memory between requests, so streams served by different app instances on one
/// database all see every step and every answer.
/// </summary>
public static class WorkshopLive
{
    public static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(500);
    public static readonly TimeSpan HeartbeatInterval = TimeSpan.FromSeconds(15);

    /// <summary>A stream ends after this long; the browser's EventSource then reconnects by itself.</summary>
    public static readonly TimeSpan MaxStreamDuration = TimeSpan.FromMinutes(30);

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The phone's channel: which question is on the projector and whether the workshop is over.</summary>
    public static void MapWorkshopEvents(this IEndpointRouteBuilder app) =>
        app.MapGet("/w/{code}/events", ParticipantEventsAsync)
            .AllowAnonymous()
            .RequireRateLimiting(WorkshopRateLimits.RoomPolicy);

    private static async Task ParticipantEventsAsync(string code, HttpContext context, AppDbContext db, CookieNames cookies)
    {
        // Only a joined phone gets a stream. An unknown code and a stranger get the same 404, so this
        // endpoint tells nobody which codes exist.
        var normalized = WorkshopRoom.NormalizeCode(code);
        var hash = BrowserToken.Hash(context, cookies, WorkshopRoom.ParticipantCookie, WorkshopRoom.ParticipantCookieLifetime, createIfMissing: false);
        var workshop = await db.Workshops.AsNoTracking()
            .Where(w => w.JoinCode == normalized && db.WorkshopParticipants.Any(p => p.WorkshopId == w.Id && p.ParticipantHash == hash))
            .Select(w => new { w.Id, Closed = w.ClosedUtc != null })
            .SingleOrDefaultAsync(context.RequestAborted);
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
        await StreamAsync(
            context,
            (fresh, token) => fresh.Workshops.Where(w => w.Id == workshop.Id)
                .Select(w => new ParticipantState(w.CurrentQuestion, w.ClosedUtc != null))
                .SingleOrDefaultAsync(token),
            (_, state, _) => Task.FromResult<object>(state));
    }

    /// <summary>The projector's state: the version, the current question, who answered it in number only, and the bars when shown.</summary>
    public static async Task<ProjectorState> ProjectorStateAsync(AppDbContext db, int workshopId, CancellationToken cancellationToken)
    {
        var workshop = await db.Workshops.AsNoTracking().SingleAsync(w => w.Id == workshopId, cancellationToken);
        var question = WorkshopQuestions.At(workshop.CurrentQuestion);
        var values = await db.WorkshopAnswers.AsNoTracking()
            .Where(a => a.WorkshopId == workshopId && a.QuestionKey == question.Key)
            .Select(a => a.Value)
            .ToListAsync(cancellationToken);
        var tally = WorkshopTally.For(question, values);
        var participants = await db.WorkshopParticipants.CountAsync(p => p.WorkshopId == workshopId, cancellationToken);
        var revealed = workshop.ResultsRevealed;
        return new ProjectorState(
            workshop.Version,
            Math.Clamp(workshop.CurrentQuestion, 0, WorkshopQuestions.All.Count - 1),
            WorkshopQuestions.All.Count,
            question.Key,
            revealed,
            workshop.IsClosed,
            participants,
            tally.Respondents,
            revealed ? tally.Counts.Select(c => new OptionCount(c.Option, WorkshopTexts.Option(question.Key, c.Option), c.Count)).ToList() : [],
            revealed ? tally.Average : null);
    }

    /// <summary>
    /// Sends the state once at the start and again whenever <paramref name="probe"/> reads a different
    /// value; a comment line every 15 s keeps proxies from closing an idle stream. Ends when the client
    /// leaves, the app stops, the workshop is gone (event "gone") or after <see cref="MaxStreamDuration"/>.
    /// </summary>
    public static async Task StreamAsync<TProbe>(
        HttpContext context,
        Func<AppDbContext, CancellationToken, Task<TProbe?>> probe,
        Func<AppDbContext, TProbe, CancellationToken, Task<object>> state)
    {
        var response = context.Response;
        response.Headers.ContentType = "text/event-stream";
        response.Headers.CacheControl = "no-cache, no-transform";
        response.Headers["X-Accel-Buffering"] = "no";
        context.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();

        var stopping = context.RequestServices.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping;
        var clock = context.RequestServices.GetRequiredService<TimeProvider>();
        using var limit = new CancellationTokenSource(MaxStreamDuration, clock);
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping, limit.Token);
        var token = cancel.Token;
        var scopes = context.RequestServices.GetRequiredService<IServiceScopeFactory>();

        try
        {
            await response.WriteAsync("retry: 1000\n\n", token);
            await response.Body.FlushAsync(token);
            var last = default(TProbe);
            var sentAny = false;
            var quietSince = clock.GetTimestamp();
            while (!token.IsCancellationRequested)
            {
                string? message = null;
                var gone = false;
                await using (var scope = scopes.CreateAsyncScope())
                {
                    var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
                    var current = await probe(db, token);
                    if (current is null)
                    {
                        gone = true;
                    }
                    else if (!sentAny || !EqualityComparer<TProbe>.Default.Equals(current, last))
                    {
                        var data = JsonSerializer.Serialize(await state(db, current, token), Json);
                        message = $"event: state\ndata: {data}\n\n";
                        (last, sentAny) = (current, true);
                    }
                }
                if (gone)
                {
                    await response.WriteAsync("event: gone\ndata: {}\n\n", token);
                    await response.Body.FlushAsync(token);
                    return;
                }
                if (message is null && clock.GetElapsedTime(quietSince) >= HeartbeatInterval)
                {
                    message = ": still here\n\n";
                }
                if (message is not null)
                {
                    await response.WriteAsync(message, token);
                    await response.Body.FlushAsync(token);
                    quietSince = clock.GetTimestamp();
                }
                await Task.Delay(PollInterval, clock, token);
            }
        }
        catch (Exception) when (token.IsCancellationRequested)
        {
            // The phone or projector left, the app is stopping, or the stream reached its time limit;
            // whatever the interrupted read or write threw is expected then.
        }
    }

    public sealed record ParticipantState(int Question, bool Closed);

    public sealed record OptionCount(string Option, string Label, int Count);

    public sealed record ProjectorState(
        int Version,
        int Question,
        int Total,
        string Key,
        bool Revealed,
        bool Closed,
        int Participants,
        int Respondents,
        IReadOnlyList<OptionCount> Counts,
        double? Average);
}
