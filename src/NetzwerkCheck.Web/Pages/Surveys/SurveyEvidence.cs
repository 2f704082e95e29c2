using NetzwerkCheck.Domain.Surveys;

namespace NetzwerkCheck.Web.Pages.Surveys;

/// <summary>
/// What the owner may see of a survey: the aggregate of the released answers only (see <see cref="SurveyRelease"/>),
/// for the survey page and as evidence for the Mitgliederbefragung criterion.
/// </summary>
public static class SurveyEvidence
{
    /// <summary>The latest survey's released aggregate, or null when there is none to show yet.</summary>
    public static async Task<SurveySummary?> LatestAsync(AppDbContext db, int networkId, SurveyOptions options)
    {
        var survey = await db.Surveys.AsNoTracking().Where(s => s.NetworkId == networkId)
            .OrderByDescending(s => s.CreatedUtc).ThenByDescending(s => s.Id)
            .FirstOrDefaultAsync();
        if (survey is null)
        {
            return null;
        }
        var summary = await ReleasedAsync(db, survey, options);
        return summary.IsVisible ? summary : null;
    }

    public static async Task<SurveySummary> ReleasedAsync(AppDbContext db, Survey survey, SurveyOptions options)
    {
        var released = await db.SurveyResponses.AsNoTracking()
            .Where(r => r.SurveyId == survey.Id && r.Id <= survey.ReleasedThroughResponseId)
            .ToListAsync();
        return SurveySummary.From(released, options.MinimumResponses);
    }

    /// <summary>Answers that arrived since the last release and are not part of the owner's view yet.</summary>
    public static Task<int> PendingAsync(AppDbContext db, Survey survey) =>
        db.SurveyResponses.CountAsync(r => r.SurveyId == survey.Id && r.Id > survey.ReleasedThroughResponseId);

    /// <summary>
    /// After an answer: releases the pending answers when a whole step has arrived. The update only applies
    /// to the release it read, so two answers at once cannot move it backwards.
    /// </summary>
    public static async Task ReleaseIfDueAsync(AppDbContext db, int surveyId, SurveyOptions options)
    {
        var releasedThrough = await db.Surveys.Where(s => s.Id == surveyId).Select(s => s.ReleasedThroughResponseId).SingleAsync();
        var pending = await db.SurveyResponses
            .Where(r => r.SurveyId == surveyId && r.Id > releasedThrough)
            .Select(r => r.Id)
            .ToListAsync();
        var next = SurveyRelease.Next(releasedThrough, pending, Math.Max(1, options.ReleaseStep));
        if (next != releasedThrough)
        {
            await db.Surveys.Where(s => s.Id == surveyId && s.ReleasedThroughResponseId == releasedThrough)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.ReleasedThroughResponseId, next));
        }
    }
}
