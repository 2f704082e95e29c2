using System.Security.Claims;
using NetzwerkCheck.Domain.Workshops;

namespace NetzwerkCheck.Web.Infrastructure;

public static class OwnerExtensions
{
    public static string UserId(this ClaimsPrincipal user) =>
        user.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new InvalidOperationException("Nicht angemeldet.");

    public static IQueryable<Network> OwnedBy(this IQueryable<Network> networks, ClaimsPrincipal user)
    {
        var userId = user.UserId();
        return networks.Where(n => n.OwnerId == userId);
    }

    public static IQueryable<Client> OwnedBy(this IQueryable<Client> clients, ClaimsPrincipal user)
    {
        var userId = user.UserId();
        return clients.Where(c => c.OwnerId == userId);
    }

    public static IQueryable<Assessment> OwnedBy(this IQueryable<Assessment> assessments, ClaimsPrincipal user)
    {
        var userId = user.UserId();
        return assessments.Where(a => a.Network!.OwnerId == userId);
    }

    public static IQueryable<Workshop> OwnedBy(this IQueryable<Workshop> workshops, ClaimsPrincipal user)
    {
        var userId = user.UserId();
        return workshops.Where(w => w.OwnerId == userId);
    }

    public static IQueryable<SavedTakeHome> OwnedBy(this IQueryable<SavedTakeHome> takeHomes, ClaimsPrincipal user)
    {
        var userId = user.UserId();
        return takeHomes.Where(t => t.OwnerId == userId);
    }
}
