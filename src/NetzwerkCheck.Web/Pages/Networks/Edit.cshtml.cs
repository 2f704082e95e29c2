namespace NetzwerkCheck.Web.Pages.Networks;

public class EditModel(AppDbContext db, TimeProvider clock, IStringLocalizer<EditModel> l) : PageModel
{
    [BindProperty]
    public NetworkInput Input { get; set; } = new();

    public int Id { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id)
    {
        var network = await db.Networks.OwnedBy(User).SingleOrDefaultAsync(n => n.Id == id);
        if (network is null)
        {
            return NotFound();
        }
        Id = id;
        Input = NetworkInput.From(network);
        await Input.CheckClientAsync(db, User, ModelState);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        var network = await db.Networks.OwnedBy(User).SingleOrDefaultAsync(n => n.Id == id);
        if (network is null)
        {
            return NotFound();
        }
        Id = id;
        await Input.CheckClientAsync(db, User, ModelState);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        Input.ApplyTo(network, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync();
        TempData.SetStatus(l["Die Änderungen sind gespeichert."].Value);
        return RedirectToPage("Details", new { id });
    }
}
