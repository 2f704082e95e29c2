using NetzwerkCheck.Domain.Workshops;

namespace NetzwerkCheck.Web.Pages.Workshops;

/// <summary>The database side of "Netzwerk gemeinsam bewerten": the room's reading of an item, agreed values, and the assessment they become.</summary>
public static class GroupAssessmentRoom
{
    public static async Task<RoomReading> ReadingAsync(AppDbContext db, Workshop workshop, WorkshopQuestion question)
    {
        var values = await db.WorkshopAnswers.AsNoTracking()
            .Where(a => a.WorkshopId == workshop.Id && a.QuestionKey == question.Key)
            .Select(a => a.Value)
            .ToListAsync();
        return RoomReading.Of(WorkshopTally.For(question, values), workshop.RevealThreshold);
    }

    /// <summary>One statement: setting an item's value again replaces it. The version step lets every projector show it.</summary>
    public static async Task AgreeAsync(AppDbContext db, int workshopId, string questionKey, string value)
    {
        await db.Database.ExecuteSqlInterpolatedAsync($"""
            INSERT INTO "WorkshopAgreements" ("WorkshopId", "QuestionKey", "Value")
            VALUES ({workshopId}, {questionKey}, {value})
            ON CONFLICT ("WorkshopId", "QuestionKey") DO UPDATE SET "Value" = excluded."Value"
            """);
        await WorkshopRoom.BumpAsync(db, workshopId);
    }

    /// <summary>
    /// Turns a closed group assessment's agreed values into a completed assessment of its network. Nothing happens
    /// for other kinds, when the network was deleted, or when the facilitator agreed on no item at all.
    /// </summary>
    /// <returns>The new assessment's id, or null when none was made.</returns>
    public static async Task<int?> CompleteAsync(AppDbContext db, int workshopId, AssessmentRules rules, DateOnly today, DateTime nowUtc)
    {
        var workshop = await db.Workshops.AsNoTracking().SingleAsync(w => w.Id == workshopId);
        if (workshop.Kind != WorkshopKind.NetworkAssessment || workshop.NetworkId is not int networkId)
        {
            return null;
        }
        var network = await db.Networks.SingleOrDefaultAsync(n => n.Id == networkId && n.OwnerId == workshop.OwnerId);
        var agreed = await db.WorkshopAgreements.AsNoTracking()
            .Where(a => a.WorkshopId == workshopId)
            .ToDictionaryAsync(a => a.QuestionKey, a => a.Value);
        if (network is null || agreed.Count == 0)
        {
            return null;
        }
        var previous = await db.Assessments.AsNoTracking().CompletedOf(networkId).FirstOrDefaultAsync();
        var tallies = await WorkshopRoom.TalliesAsync(db, workshop);
        var participants = await WorkshopRoom.ParticipantCountAsync(db, workshopId);
        var assessment = GroupAssessment.Complete(workshop, network, previous, agreed, tallies, participants, rules, today, nowUtc);
        db.Assessments.Add(assessment);
        await db.SaveChangesAsync();
        return assessment.Id;
    }
}
