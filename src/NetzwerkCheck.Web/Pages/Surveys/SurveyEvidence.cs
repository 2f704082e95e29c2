using Microsoft.EntityFrameworkCore;
using NetzwerkCheck.Domain.Surveys;
using NetzwerkCheck.Web.Data;

namespace NetzwerkCheck.Web.Pages.Surveys;

/// <summary>The latest survey's aggregate for a network, as evidence for the Mitgliederbefragung criterion.</summary>
public static class SurveyEvidence
{
    public static async Task<SurveySummary?> LatestAsync(AppDbContext db, int networkId, SurveyOptions options)
    {
        var surveyId = await db.Surveys.Where(s => s.NetworkId == networkId)
            .OrderByDescending(s => s.CreatedUtc).ThenByDescending(s => s.Id)
            .Select(s => (int?)s.Id)
            .FirstOrDefaultAsync();
        if (surveyId is null)
        {
            return null;
        }
        var responses = await db.SurveyResponses.AsNoTracking().Where(r => r.SurveyId == surveyId).ToListAsync();
        var summary = SurveySummary.From(responses, options.MinimumResponses);
        return summary.IsVisible ? summary : null;
    }
}
