using Microsoft.AspNetCore.RateLimiting;

namespace NetzwerkCheck.Web.Pages.Workshops;

/// <summary>What the workshop feature adds to the app: the shared pulse, the room's rate limits, the phones' live channel.</summary>
public static class WorkshopSetup
{
    public static void AddWorkshops(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<WorkshopPulse>();
        // Joining and taking part in a workshop: budgets sized for a room behind one address.
        services.Configure<RateLimiterOptions>(options => options.AddWorkshopPolicies(configuration));
    }

    public static void MapWorkshops(this WebApplication app) => app.MapWorkshopEvents();
}
