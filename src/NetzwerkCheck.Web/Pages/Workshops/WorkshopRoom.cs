using System.Security.Cryptography;
using NetzwerkCheck.Domain.Workshops;

namespace NetzwerkCheck.Web.Pages.Workshops;

/// <summary>
/// Reads and changes a workshop's shared state in the database only, so every app instance serving
/// the projector or a phone sees the same room.
/// </summary>
public static class WorkshopRoom
{
    /// <summary>The phone's cookie (after <see cref="Infrastructure.CookieNames.Prefix"/>); it holds a random token of which only the hash is stored.</summary>
    public const string ParticipantCookie = "nc-participant";

    public static readonly TimeSpan ParticipantCookieLifetime = TimeSpan.FromDays(2);

    /// <summary>
    /// The phone's hash in this workshop: the browser token's hash mixed with the workshop's own salt, so the
    /// same phone cannot be followed from one workshop to the next in the database.
    /// </summary>
    public static string ParticipantHash(HttpContext context, CookieNames cookies, string workshopSalt, bool createIfMissing)
    {
        var browser = BrowserToken.Hash(context, cookies, ParticipantCookie, ParticipantCookieLifetime, createIfMissing);
        return workshopSalt.Length == 0 ? browser : RandomToken.Hash(workshopSalt + ":" + browser);
    }

    // No 0/O, 1/I/L: easy to read from the back of a room and to type on a phone.
    private const string CodeAlphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

    public static string NewJoinCode() =>
        new(Enumerable.Range(0, Workshop.JoinCodeLength).Select(_ => CodeAlphabet[RandomNumberGenerator.GetInt32(CodeAlphabet.Length)]).ToArray());

    public static string NormalizeCode(string? code) =>
        new((code ?? "").ToUpperInvariant().Where(char.IsLetterOrDigit).Take(Workshop.JoinCodeLength + 1).ToArray());

    /// <summary>One atomic increment: concurrent answers never lose a version step.</summary>
    public static Task BumpAsync(AppDbContext db, int workshopId) =>
        db.Workshops.Where(w => w.Id == workshopId).ExecuteUpdateAsync(s => s.SetProperty(w => w.Version, w => w.Version + 1));

    /// <summary>
    /// The room's tally of each of <paramref name="questions"/> (all of the workshop's when omitted): the one
    /// place that decides which open-text answers count as shown. The projector asks for its current item only.
    /// </summary>
    public static async Task<IReadOnlyList<WorkshopTally>> TalliesAsync(
        AppDbContext db, Workshop workshop, IReadOnlyList<WorkshopQuestion>? questions = null, CancellationToken cancellationToken = default)
    {
        var asked = questions ?? workshop.Questions;
        var keys = asked.Select(q => q.Key).ToList();
        var answers = await db.WorkshopAnswers.AsNoTracking()
            .Where(a => a.WorkshopId == workshop.Id && keys.Contains(a.QuestionKey))
            .Select(a => new { a.QuestionKey, a.Value, a.Review })
            .ToListAsync(cancellationToken);
        return asked
            .Select(q =>
            {
                var mine = answers.Where(a => a.QuestionKey == q.Key).ToList();
                return WorkshopTally.For(
                    q,
                    mine.Select(a => a.Value).ToList(),
                    mine.Where(a => a.Review == AnswerReview.Shown).Select(a => a.Value).ToList(),
                    mine.Count(a => a.Review == AnswerReview.New));
            })
            .ToList();
    }

    public static Task<int> ParticipantCountAsync(AppDbContext db, int workshopId) =>
        db.WorkshopParticipants.CountAsync(p => p.WorkshopId == workshopId);
}
