using NetzwerkCheck.Domain.Workshops;

namespace NetzwerkCheck.Web.Pages.Workshops;

/// <summary>
/// What the projector shows of a workshop: the workshop (current question, revealed, closed), how many
/// joined, and the answers to the current question. One query for the page (<see cref="PresentModel"/>)
/// and its live channel (<see cref="WorkshopLive"/>).
/// </summary>
public sealed record ProjectorState(Workshop Workshop, int Participants, WorkshopTally Tally, string? Agreed = null)
{
    /// <summary>How the room reads the current item of a group assessment; null for other kinds.</summary>
    public RoomReading? Reading => Workshop.Kind == WorkshopKind.NetworkAssessment ? RoomReading.Of(Tally, Workshop.RevealThreshold) : null;

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
        var agreed = found.Kind == WorkshopKind.NetworkAssessment
            ? await db.WorkshopAgreements.Where(a => a.WorkshopId == found.Id && a.QuestionKey == tally.Question.Key).Select(a => a.Value).SingleOrDefaultAsync(cancellationToken)
            : null;
        return new ProjectorState(found, participants, tally, agreed);
    }
}
