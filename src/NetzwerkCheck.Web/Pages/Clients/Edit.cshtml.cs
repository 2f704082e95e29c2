namespace NetzwerkCheck.Web.Pages.Clients;

/// <summary>Renames or deletes one of the user's clients; its networks stay when it is deleted. Someone else's id answers 404.</summary>
public class EditModel(AppDbContext db, IStringLocalizer<EditModel> l) : PageModel
{
    [BindProperty]
    public ClientInput Input { get; set; } = new();

    public int Id { get; private set; }

    public string CurrentName { get; private set; } = "";

    public int NetworkCount { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id)
    {
        var client = await LoadAsync(id);
        if (client is null)
        {
            return NotFound();
        }
        Input = ClientInput.From(client);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        var client = await LoadAsync(id);
        if (client is null)
        {
            return NotFound();
        }
        if (ModelState.IsValid && await ClientNames.TakenAsync(db, User, Input.Name, exceptId: id))
        {
            ModelState.AddModelError("Input.Name", l["Einen Mandanten mit diesem Namen gibt es schon."]);
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        Input.ApplyTo(client);
        await db.SaveChangesAsync();
        TempData.SetStatus(l["Die Änderungen sind gespeichert."].Value);
        return RedirectToPage("Index");
    }

    public async Task<IActionResult> OnPostDeleteAsync(int id)
    {
        var client = await LoadAsync(id);
        if (client is null)
        {
            return NotFound();
        }
        // The networks stay; the database sets their client to none.
        db.Clients.Remove(client);
        await db.SaveChangesAsync();
        TempData.SetStatus(l["Der Mandant „{0}“ ist gelöscht. Seine Netzwerke sind noch da, jetzt ohne Mandant.", client.Name].Value);
        return RedirectToPage("Index");
    }

    private async Task<Client?> LoadAsync(int id)
    {
        var client = await db.Clients.OwnedBy(User).Include(c => c.Networks).SingleOrDefaultAsync(c => c.Id == id);
        if (client is not null)
        {
            Id = client.Id;
            CurrentName = client.Name;
            NetworkCount = client.Networks.Count;
        }
        return client;
    }
}
