using System.Collections.Concurrent;
using System.Security.Claims;

namespace NetzwerkCheck.Web.Infrastructure.PageCache;

/// <summary>
/// A number per account that every change the account makes moves on; it is part of every kept page's key
/// (<see cref="OwnerPageCache"/>), so a page kept before the change is never found again. Moving it both before
/// and after the change also strands a page that a parallel request rendered from the data as it was.
/// </summary>
public sealed class OwnerPageGenerations
{
    private readonly ConcurrentDictionary<string, long> generations = new(StringComparer.Ordinal);

    public long Of(string userId) => generations.GetValueOrDefault(userId);

    public void Advance(string userId) => generations.AddOrUpdate(userId, 1, (_, generation) => generation + 1);
}

/// <summary>Moves the account's generation around every request that can change something (anything but GET and HEAD).</summary>
public sealed class OwnerPageInvalidation(RequestDelegate next, OwnerPageGenerations generations)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var method = context.Request.Method;
        var userId = context.User.FindFirstValue(ClaimTypes.NameIdentifier);
        if (userId is null || HttpMethods.IsGet(method) || HttpMethods.IsHead(method))
        {
            await next(context);
            return;
        }
        generations.Advance(userId);
        try
        {
            await next(context);
        }
        finally
        {
            generations.Advance(userId);
        }
    }
}

public static class OwnerPageCacheSetup
{
    public static void AddOwnerPageCache(this IServiceCollection services, IConfiguration configuration)
    {
        var postgres = string.Equals(configuration["Database:Provider"], "Postgres", StringComparison.OrdinalIgnoreCase);
        services.Configure<OwnerPageCacheOptions>(options =>
            options.Duration = configuration.GetValue<TimeSpan?>("PageCache:Duration") ?? (postgres ? TimeSpan.Zero : TimeSpan.FromMinutes(5)));
        services.AddSingleton<OwnerPageGenerations>();
        services.AddSingleton<OwnerPageCache>();
        services.AddOutputCache();
        services.AddOptions<Microsoft.AspNetCore.OutputCaching.OutputCacheOptions>()
            .Configure<OwnerPageCache>((options, policy) => options.AddPolicy(OwnerPageCache.PolicyName, policy));
    }

    /// <summary>After authentication and authorization: the cache is asked only for a request that may see the page.</summary>
    public static void UseOwnerPageCache(this WebApplication app)
    {
        app.UseMiddleware<OwnerPageInvalidation>();
        app.UseOutputCache();
    }
}
