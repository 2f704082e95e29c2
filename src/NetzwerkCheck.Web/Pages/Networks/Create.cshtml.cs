using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace NetzwerkCheck.Web.Pages.Networks;

public class CreateModel(AppDbContext db, TimeProvider clock, IStringLocalizer<CreateModel> l) : PageModel
{
    [BindProperty]
    public NetworkInput Input { get; set; } = new();

    /// <summary>Coming from a client's list, the new network is filed under that client.</summary>
    public async Task OnGetAsync(int? client)
    {
        Input.ClientId = client;
        await Input.CheckClientAsync(db, User, new ModelStateDictionary());
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await Input.CheckClientAsync(db, User, ModelState);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var network = new Network { OwnerId = User.UserId(), Name = "", CreatedUtc = now };
        Input.ApplyTo(network, now);
        db.Networks.Add(network);
        await db.SaveChangesAsync();

        TempData.SetStatus(l["„{0}“ ist angelegt. Starten Sie jetzt die erste Bewertung.", network.Name].Value);
        return RedirectToPage("Details", new { id = network.Id });
    }
}
