using Microsoft.AspNetCore.RateLimiting;

namespace NetzwerkCheck.Web.Pages.Workshops;

/// <summary>What the workshop feature adds to the app: the shared pulse and live channels, the room's rate limits, the phones' event endpoint.</summary>
public static class WorkshopSetup
{
    public static void AddWorkshops(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<WorkshopPulse>();
        services.AddSingleton<WorkshopLive>();
        // Joining and taking part in a workshop: budgets sized for a room behind one address.
        services.Configure<RateLimiterOptions>(options => options.AddWorkshopPolicies(configuration));
    }

    public static void MapWorkshops(this WebApplication app) => WorkshopLive.MapParticipantEvents(app);
}
