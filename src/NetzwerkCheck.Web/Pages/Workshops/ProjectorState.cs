using NetzwerkCheck.Domain.Workshops;

namespace NetzwerkCheck.Web.Pages.Workshops;

/// <summary>
/// What the projector shows of a workshop: the workshop (current question, revealed, closed), how many
/// joined, and the answers to the current question. One query for the page (<see cref="PresentModel"/>)
/// and its live channel (<see cref="WorkshopLive"/>).
/// </summary>
public sealed record ProjectorState(Workshop Workshop, int Participants, WorkshopTally Tally)
{
    /// <summary>The state of the one workshop in <paramref name="workshop"/> (already narrowed to it, e.g. by id and owner); null when there is none.</summary>
    public static async Task<ProjectorState?> LoadAsync(AppDbContext db, IQueryable<Workshop> workshop, CancellationToken cancellationToken)
    {
        var found = await workshop.AsNoTracking().SingleOrDefaultAsync(cancellationToken);
        if (found is null)
        {
            return null;
        }
        // A debrief slide counts the answers to the style question.
        var tally = (await WorkshopRoom.TalliesAsync(db, found, [WorkshopDebrief.TalliedQuestion(found)], cancellationToken)).Single();
        var participants = await db.WorkshopParticipants.CountAsync(p => p.WorkshopId == found.Id, cancellationToken);
        return new ProjectorState(found, participants, tally);
    }
}
