namespace NetzwerkCheck.Web.Pages.Checks;

/// <summary>Asks before a draft is thrown away, then deletes it. Only the owner's drafts; a completed check is not a draft (404).</summary>
public class DiscardModel(AppDbContext db, IStringLocalizer<DiscardModel> l) : PageModel
{
    public int Id { get; private set; }
    public int NetworkId { get; private set; }
    public string NetworkName { get; private set; } = "";
    public DateTime CreatedUtc { get; private set; }
    public int LastStep { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id)
    {
        var draft = await Drafts(id)
            .Select(a => new { a.NetworkId, a.Network!.Name, a.CreatedUtc, a.LastStep })
            .SingleOrDefaultAsync();
        if (draft is null)
        {
            return NotFound();
        }
        (Id, NetworkId, NetworkName, CreatedUtc, LastStep) = (id, draft.NetworkId, draft.Name, draft.CreatedUtc, draft.LastStep);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        var draft = await Drafts(id).SingleOrDefaultAsync();
        if (draft is null)
        {
            return NotFound();
        }
        db.Assessments.Remove(draft);
        await db.SaveChangesAsync();
        TempData.SetStatus(l["Der Entwurf ist verworfen."].Value);
        return RedirectToPage("/Networks/Details", new { id = draft.NetworkId });
    }

    private IQueryable<Assessment> Drafts(int id) =>
        db.Assessments.OwnedBy(User).Where(a => a.Id == id && a.CompletedUtc == null);
}
