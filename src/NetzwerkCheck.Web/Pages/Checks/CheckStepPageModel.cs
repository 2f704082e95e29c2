using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using NetzwerkCheck.Domain.Networks;
using NetzwerkCheck.Web.Data;
using NetzwerkCheck.Web.Infrastructure;
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

    private static readonly IStringLocalizer Localizer = StaticText.For(typeof(CheckStepPageModel));

    protected AppDbContext Db { get; } = db;

    public abstract CheckStep CurrentStep { get; }

    public Assessment Assessment { get; private set; } = null!;

    protected DateTime UtcNow => clock.GetUtcNow().UtcDateTime;

    protected async Task<bool> LoadAsync(int id)
    {
        var assessment = await Db.Assessments.OwnedBy(User)
            .Include(a => a.Network)
            .Include(a => a.Ratings)
            .SingleOrDefaultAsync(a => a.Id == id);
        if (assessment is null)
        {
            return false;
        }
        Assessment = assessment;
        return true;
    }

    protected async Task<IActionResult> SaveAndGoAsync(string? go)
    {
        Assessment.UpdatedUtc = UtcNow;
        await Db.SaveChangesAsync();

        if (go == Later)
        {
            TempData["StatusMessage"] = Localizer["Ihr Entwurf ist gespeichert. Sie können jederzeit hier weitermachen."].Value;
            return RedirectToPage("/Networks/Details", new { id = Assessment.NetworkId });
        }
        var target = go == Back ? CheckSteps.Before(CurrentStep) ?? CurrentStep : CheckSteps.After(CurrentStep) ?? CurrentStep;
        return RedirectToPage(target.Page, new { id = Assessment.Id });
    }
}
