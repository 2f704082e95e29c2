using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NetzwerkCheck.Domain.Networks;
using NetzwerkCheck.Domain.Assessments;
using NetzwerkCheck.Web.Data;
using NetzwerkCheck.Web.Pages.Surveys;
using NetzwerkCheck.Web.Infrastructure;

namespace NetzwerkCheck.Web.Pages.Checks;

/// <summary>Opens the network's draft, creating one (pre-filled from the last check) when there is none.</summary>
public class StartModel(AppDbContext db, TimeProvider clock, SurveyOptions surveyOptions) : PageModel
{
    public IActionResult OnGet(int networkId) => RedirectToPage("/Networks/Details", new { id = networkId });

    public async Task<IActionResult> OnPostAsync(int networkId)
    {
        var network = await db.Networks.OwnedBy(User).SingleOrDefaultAsync(n => n.Id == networkId);
        if (network is null)
        {
            return NotFound();
        }

        var draftId = await FindDraftAsync(networkId);
        if (draftId is int existing)
        {
            return RedirectToPage("Goal", new { id = existing });
        }

        var previous = await db.Assessments
            .Where(a => a.NetworkId == networkId && a.CompletedUtc != null)
            .OrderByDescending(a => a.CompletedUtc)
            .FirstOrDefaultAsync();
        var now = clock.GetUtcNow().UtcDateTime;
        var draft = new Assessment
        {
            NetworkId = networkId,
            CreatedUtc = now,
            UpdatedUtc = now,
            Goal = previous?.Goal,
            Style = previous?.Style,
            ClassificationAnswers = previous is null ? [] : new(previous.ClassificationAnswers),
            // A tracked trial knows better than the last check how long the user has been trying.
            TrialWeeks = TrialPeriod.Of(network)?.WeeksSoFar(DateOnly.FromDateTime(clock.GetLocalNow().DateTime)) ?? previous?.TrialWeeks,
        };
        if (await SurveyEvidence.LatestAsync(db, networkId, surveyOptions) is { } survey)
        {
            // The members' answers are the evidence for this criterion; the user can still change it.
            draft.RatingFor(Criterion.MemberInterviews).Rating = survey.SuggestedRating;
        }
        db.Assessments.Add(draft);
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateException)
        {
            // A double click created the draft a moment ago; the unique index kept it to one.
            db.Entry(draft).State = EntityState.Detached;
            var raced = await FindDraftAsync(networkId) ?? throw new InvalidOperationException("Entwurf konnte nicht angelegt werden.");
            return RedirectToPage("Goal", new { id = raced });
        }
        return RedirectToPage("Goal", new { id = draft.Id });
    }

    private Task<int?> FindDraftAsync(int networkId) => db.Assessments
        .Where(a => a.NetworkId == networkId && a.CompletedUtc == null)
        .Select(a => (int?)a.Id)
        .FirstOrDefaultAsync();
}
