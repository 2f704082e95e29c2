using NetzwerkCheck.Domain.Workshops;

namespace NetzwerkCheck.Web.Pages.Join;

/// <summary>A group assessment's take-home as the phone shows and prints it: the phone's answers next to the room's agreed values.</summary>
public sealed record ComparisonSheet(string WorkshopTitle, DateOnly Date, string? NetworkName, IReadOnlyList<ComparisonRow> Rows)
{
    public int DiffersCount => RoomComparison.DiffersCount(Rows);

    public int AnsweredCount => Rows.Count(r => r.State != ComparisonState.NotAnswered);

    public static async Task<ComparisonSheet> LoadAsync(AppDbContext db, Workshop workshop, int participantId)
    {
        ArgumentNullException.ThrowIfNull(workshop);
        var mine = await db.WorkshopAnswers.AsNoTracking()
            .Where(a => a.ParticipantId == participantId)
            .ToDictionaryAsync(a => a.QuestionKey, a => a.Value);
        var agreed = await db.WorkshopAgreements.AsNoTracking()
            .Where(a => a.WorkshopId == workshop.Id)
            .ToDictionaryAsync(a => a.QuestionKey, a => a.Value);
        // The network's name was on the projector for the whole room; a deleted network leaves the workshop's title.
        var network = await db.Networks.AsNoTracking().Where(n => n.Id == workshop.NetworkId).Select(n => n.Name).SingleOrDefaultAsync();
        return new ComparisonSheet(workshop.Title, DateOnly.FromDateTime(workshop.CreatedUtc), network, RoomComparison.For(workshop.Questions, mine, agreed));
    }
}
