namespace NetzwerkCheck.Web.Pages.Networks;

public class DeleteModel(AppDbContext db, IStringLocalizer<DeleteModel> l) : PageModel
{
    public int Id { get; private set; }
    public string Name { get; private set; } = "";
    public int AssessmentCount { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id)
    {
        var network = await db.Networks.OwnedBy(User)
            .Where(n => n.Id == id)
            .Select(n => new { n.Name, Count = n.Assessments.Count })
            .SingleOrDefaultAsync();
        if (network is null)
        {
            return NotFound();
        }
        (Id, Name, AssessmentCount) = (id, network.Name, network.Count);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        var network = await db.Networks.OwnedBy(User).SingleOrDefaultAsync(n => n.Id == id);
        if (network is null)
        {
            return NotFound();
        }
        db.Networks.Remove(network);
        await db.SaveChangesAsync();
        TempData.SetStatus(l["„{0}“ und alle zugehörigen Bewertungen sind gelöscht.", network.Name].Value);
        return RedirectToPage("Index");
    }
}
