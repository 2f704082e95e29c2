namespace NetzwerkCheck.Web.Pages.Clients;

/// <summary>The consultant's clients (Mandanten) with how many networks each holds, and a form for a new one.</summary>
public class IndexModel(AppDbContext db, TimeProvider clock, IStringLocalizer<IndexModel> l) : PageModel
{
    [BindProperty]
    public ClientInput Input { get; set; } = new();

    [TempData]
    public string? StatusMessage { get; set; }

    public IReadOnlyList<ClientRow> Clients { get; private set; } = [];

    public int UnfiledCount { get; private set; }

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        if (ModelState.IsValid && await ClientNames.TakenAsync(db, User, Input.Name))
        {
            ModelState.AddModelError("Input.Name", l["Einen Mandanten mit diesem Namen gibt es schon."]);
        }
        if (!ModelState.IsValid)
        {
            await LoadAsync();
            return Page();
        }
        var client = new Client { OwnerId = User.UserId(), Name = "", CreatedUtc = clock.GetUtcNow().UtcDateTime };
        Input.ApplyTo(client);
        db.Clients.Add(client);
        await db.SaveChangesAsync();
        TempData.SetStatus(l["Der Mandant „{0}“ ist angelegt. Ordnen Sie ihm jetzt Netzwerke zu: beim Anlegen oder unter „Bearbeiten“ eines Netzwerks.", client.Name].Value);
        return RedirectToPage();
    }

    private async Task LoadAsync()
    {
        Clients = await db.Clients.OwnedBy(User).AsNoTracking()
            .OrderBy(c => c.Name)
            .Select(c => new ClientRow(c.Id, c.Name, c.Note, c.Networks.Count))
            .ToListAsync();
        UnfiledCount = await db.Networks.OwnedBy(User).CountAsync(n => n.ClientId == null);
    }

    public sealed record ClientRow(int Id, string Name, string? Note, int NetworkCount);
}
