using Microsoft.AspNetCore.Mvc.Filters;
using NetzwerkCheck.Web.Localization;

namespace NetzwerkCheck.Web.Pages.Checks;

/// <summary>
/// What every input step of the wizard shares: loading the user's own assessment, and saving the
/// step before moving back, forward or out, so no answer is lost whichever way the user goes.
/// </summary>
public abstract class CheckStepPageModel(AppDbContext db, TimeProvider clock) : PageModel
{
    public const string Back = "back";
    public const string Next = "next";
    public const string Later = "later";

    /// <summary>ViewData key of the draft's id, for the step buttons' discard link; absent for a completed check.</summary>
    public const string DraftIdKey = "DraftId";

    private static readonly IStringLocalizer Localizer = StaticText.For(typeof(CheckStepPageModel));

    protected AppDbContext Db { get; } = db;

    public abstract CheckStep CurrentStep { get; }

    public Assessment Assessment { get; private set; } = null!;

    protected DateTime UtcNow => clock.GetUtcNow().UtcDateTime;

    protected DateOnly Today => clock.Today();

    /// <summary>
    /// A group assessment keeps the values the room agreed on: its steps are not reopened (the room's evidence
    /// would no longer match them); the result page offers a new check of the user's own instead.
    /// </summary>
    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        if (context.HandlerArguments.TryGetValue("id", out var value) && value is int id
            && await Db.Assessments.OwnedBy(User).AnyAsync(a => a.Id == id && a.Group != null))
        {
            TempData.SetStatus(Localizer["Eine gemeinsame Bewertung bleibt so, wie der Raum sie festgelegt hat. Für Ihre eigene Sicht beginnen Sie eine neue Bewertung; sie startet mit den Werten des Raums."].Value);
            context.Result = RedirectToPage("/Checks/Result", new { id });
            return;
        }
        await next();
    }

    protected async Task<bool> LoadAsync(int id)
    {
        var assessment = await Db.Assessments.OwnedBy(User)
            .WithDetails()
            .SingleOrDefaultAsync(a => a.Id == id);
        if (assessment is null)
        {
            return false;
        }
        Assessment = assessment;
        if (!assessment.IsCompleted)
        {
            ViewData[DraftIdKey] = assessment.Id;
        }
        // Saved with the step's next post; until then the page only shows the trial's newer length.
        assessment.FollowTrial(assessment.Network!, clock.Today());
        return true;
    }

    protected async Task<IActionResult> SaveAndGoAsync(string? go)
    {
        Assessment.UpdatedUtc = UtcNow;
        var target = go == Back ? CheckSteps.Before(CurrentStep) ?? CurrentStep : CheckSteps.After(CurrentStep) ?? CurrentStep;
        if (!Assessment.IsCompleted)
        {
            Assessment.LastStep = (go == Later ? CurrentStep : target).Number;
        }
        await Db.SaveChangesAsync();

        if (go == Later)
        {
            TempData.SetStatus(Localizer["Ihr Entwurf ist gespeichert. Sie können jederzeit hier weitermachen."].Value);
            return RedirectToPage("/Networks/Details", new { id = Assessment.NetworkId });
        }
        return RedirectToPage(target.Page, new { id = Assessment.Id });
    }
}
