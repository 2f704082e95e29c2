using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NetzwerkCheck.Web.Data;
using NetzwerkCheck.Web.Infrastructure;

namespace NetzwerkCheck.Web.Pages.Networks;

public class EditModel(AppDbContext db, TimeProvider clock) : PageModel
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
        if (!ModelState.IsValid)
        {
            return Page();
        }

        Input.ApplyTo(network, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync();
        TempData["StatusMessage"] = "Die Änderungen sind gespeichert.";
        return RedirectToPage("Details", new { id });
    }
}
