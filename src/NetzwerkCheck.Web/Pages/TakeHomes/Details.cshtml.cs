using NetzwerkCheck.Domain.Workshops;
using NetzwerkCheck.Web.Pages.Join;

namespace NetzwerkCheck.Web.Pages.TakeHomes;

/// <summary>A workshop take-home kept in the account: printable, deletable; someone else's id answers 404.</summary>
public class DetailsModel(AppDbContext db, IStringLocalizer<DetailsModel> l) : PageModel
{
    public int Id { get; private set; }
    public TakeHomeSheet Sheet { get; private set; } = null!;

    [TempData]
    public string? StatusMessage { get; set; }

    public async Task<IActionResult> OnGetAsync(int id)
    {
        var saved = await db.SavedTakeHomes.AsNoTracking().OwnedBy(User).SingleOrDefaultAsync(t => t.Id == id);
        if (saved is null)
        {
            return NotFound();
        }
        Id = saved.Id;
        Sheet = new TakeHomeSheet(saved.WorkshopTitle, saved.WorkshopDate, saved.TakeHome);
        return Page();
    }

    public async Task<IActionResult> OnPostDeleteAsync(int id)
    {
        var deleted = await db.SavedTakeHomes.OwnedBy(User).Where(t => t.Id == id).ExecuteDeleteAsync();
        if (deleted == 0)
        {
            return NotFound();
        }
        TempData.SetStatus(l["Das Workshop-Ergebnis ist gelöscht."].Value);
        return RedirectToPage("/Networks/Index");
    }
}
