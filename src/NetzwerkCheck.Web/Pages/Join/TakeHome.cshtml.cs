using Microsoft.AspNetCore.RateLimiting;
using NetzwerkCheck.Domain.Workshops;
using NetzwerkCheck.Web.Pages.Workshops;

namespace NetzwerkCheck.Web.Pages.Join;

/// <summary>
/// The phone's own result once the workshop is closed. After "Herausforderung Netzwerken": its style with strategy
/// and risks, what it would bring in, three next steps; a signed-in person can copy it into their account once
/// (<see cref="OnPostKeepAsync"/>). After a group assessment: its own answers next to the room's agreed values.
/// Found only through the phone's participant cookie; anyone else is sent to the join form.
/// </summary>
[EnableRateLimiting(WorkshopRateLimits.RoomPolicy)]
public class TakeHomeModel(AppDbContext db, CookieNames cookies, TimeProvider clock, IStringLocalizer<TakeHomeModel> l) : PageModel
{
    public TakeHomeSheet Sheet { get; private set; } = null!;

    /// <summary>Set instead of <see cref="Sheet"/> after a group assessment.</summary>
    public ComparisonSheet? Comparison { get; private set; }
    public string Code { get; private set; } = "";

    /// <summary>This phone's take-home is already in an account (which one is not recorded here).</summary>
    public bool AlreadySaved { get; private set; }

    public bool SignedIn => User.Identity?.IsAuthenticated == true;

    [TempData]
    public string? StatusMessage { get; set; }

    public async Task<IActionResult> OnGetAsync(string code)
    {
        var (result, _) = await LoadAsync(code);
        return result ?? Page();
    }

    public async Task<IActionResult> OnPostKeepAsync(string code)
    {
        var (result, participantId) = await LoadAsync(code);
        if (result is not null)
        {
            return result;
        }
        if (Comparison is not null)
        {
            // A group assessment's comparison is not kept in an account: the room's values belong to the facilitator's check.
            return NotFound();
        }
        if (!SignedIn)
        {
            return RedirectToPage("/Account/Login", new { ReturnUrl = Url.Page("/Join/TakeHome", new { code = Code }) });
        }

        await using var transaction = await db.Database.BeginTransactionAsync();
        // The mark and the copy commit together; the conditional update lets only one request copy it.
        var claimed = await db.WorkshopParticipants
            .Where(p => p.Id == participantId && !p.TakeHomeSaved)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.TakeHomeSaved, true));
        if (claimed == 0)
        {
            StatusMessage = l["Dieses Ergebnis ist schon in einem Konto gespeichert."];
            return RedirectToPage(new { code = Code });
        }
        var saved = SavedTakeHome.Of(Sheet.TakeHome, User.UserId(), Sheet.WorkshopTitle, Sheet.Date, clock.GetUtcNow().UtcDateTime);
        db.SavedTakeHomes.Add(saved);
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        TempData.SetStatus(l["Ihr Workshop-Ergebnis ist jetzt in Ihrem Konto gespeichert."].Value);
        return RedirectToPage("/TakeHomes/Details", new { id = saved.Id });
    }

    private async Task<(IActionResult? Result, int ParticipantId)> LoadAsync(string code)
    {
        var normalized = WorkshopRoom.NormalizeCode(code);
        var workshop = await db.Workshops.AsNoTracking().SingleOrDefaultAsync(w => w.JoinCode == normalized);
        var hash = workshop is null ? null : WorkshopRoom.ParticipantHash(HttpContext, cookies, workshop.ParticipantSalt, createIfMissing: false);
        var participant = workshop is null
            ? null
            : await db.WorkshopParticipants.AsNoTracking().SingleOrDefaultAsync(p => p.WorkshopId == workshop.Id && p.ParticipantHash == hash);
        if (workshop is null || participant is null)
        {
            // Another phone, a guessed code or an expired cookie: the same answer as the room gives a stranger.
            return (Redirect($"/w?Input.Code={Uri.EscapeDataString(normalized)}"), 0);
        }
        if (!workshop.IsClosed || !IsOfferedBy(workshop))
        {
            // Still running: the current question; a workshop without a take-home: the room's "beendet" page.
            return (RedirectToPage("/Join/Room", new { code = workshop.JoinCode }), 0);
        }
        Code = workshop.JoinCode;
        if (RoomComparison.IsOfferedBy(workshop))
        {
            Comparison = await ComparisonSheet.LoadAsync(db, workshop, participant.Id);
            return (null, participant.Id);
        }
        var answers = await db.WorkshopAnswers.AsNoTracking()
            .Where(a => a.ParticipantId == participant.Id && (a.QuestionKey == WorkshopQuestions.StyleKey || a.QuestionKey == WorkshopQuestions.ContributionsKey))
            .ToDictionaryAsync(a => a.QuestionKey, a => a.Value);
        var takeHome = TakeHome.FromAnswers(answers.GetValueOrDefault(WorkshopQuestions.StyleKey), answers.GetValueOrDefault(WorkshopQuestions.ContributionsKey));
        Sheet = new TakeHomeSheet(workshop.Title, DateOnly.FromDateTime(workshop.CreatedUtc), takeHome);
        AlreadySaved = participant.TakeHomeSaved;
        return (null, participant.Id);
    }

    /// <summary>Whether a closed workshop gives each phone a page of its own (the room's page otherwise says it has ended).</summary>
    public static bool IsOfferedBy(Workshop workshop) => TakeHome.IsOfferedBy(workshop) || RoomComparison.IsOfferedBy(workshop);
}

/// <summary>A take-home as the phone and the account show and print it.</summary>
public sealed record TakeHomeSheet(string WorkshopTitle, DateOnly Date, TakeHome TakeHome);
