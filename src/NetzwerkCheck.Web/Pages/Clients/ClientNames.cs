namespace NetzwerkCheck.Web.Pages.Clients;

/// <summary>The user's clients by name: for the pickers on the network form and the network list.</summary>
public static class ClientNames
{
    public sealed record Choice(int Id, string Name);

    public static async Task<IReadOnlyList<Choice>> OfAsync(AppDbContext db, System.Security.Claims.ClaimsPrincipal user) =>
        await db.Clients.OwnedBy(user).AsNoTracking()
            .OrderBy(c => c.Name)
            .Select(c => new Choice(c.Id, c.Name))
            .ToListAsync();

    /// <summary>Whether another of the user's clients already has this name (the one being edited excepted).</summary>
    public static async Task<bool> TakenAsync(AppDbContext db, System.Security.Claims.ClaimsPrincipal user, string name, int? exceptId = null)
    {
        var names = await db.Clients.OwnedBy(user).Where(c => c.Id != exceptId).Select(c => c.Name).ToListAsync();
        return names.Any(n => Client.SameName(n, name));
    }
}
