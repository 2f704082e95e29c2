namespace NetzwerkCheck.Web.Pages.Workshops;

public class DeleteModel(AppDbContext db, IStringLocalizer<DeleteModel> l) : PageModel
{
    public int Id { get; private set; }
    public string Title { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(int id)
    {
        var title = await db.Workshops.OwnedBy(User).Where(w => w.Id == id).Select(w => w.Title).SingleOrDefaultAsync();
        if (title is null)
        {
            return NotFound();
        }
        (Id, Title) = (id, title);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        var deleted = await db.Workshops.OwnedBy(User).Where(w => w.Id == id).ExecuteDeleteAsync();
        if (deleted == 0)
        {
            return NotFound();
        }
        TempData.SetStatus(l["Der Workshop und alle Antworten sind gelöscht."].Value);
        return RedirectToPage("Index");
    }
}
