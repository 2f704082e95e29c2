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

    public static async Task<IReadOnlyList<WorkshopTally>> TalliesAsync(AppDbContext db, Workshop workshop)
    {
        var answers = await db.WorkshopAnswers.AsNoTracking()
            .Where(a => a.WorkshopId == workshop.Id)
            .Select(a => new { a.QuestionKey, a.Value })
            .ToListAsync();
        return workshop.Questions
            .Select(q => WorkshopTally.For(q, answers.Where(a => a.QuestionKey == q.Key).Select(a => a.Value).ToList()))
            .ToList();
    }

    public static Task<int> ParticipantCountAsync(AppDbContext db, int workshopId) =>
        db.WorkshopParticipants.CountAsync(p => p.WorkshopId == workshopId);
}
