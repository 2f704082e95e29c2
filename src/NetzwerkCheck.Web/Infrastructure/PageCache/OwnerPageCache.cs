using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;
using NetzwerkCheck.Web.Infrastructure.Sessions;

namespace NetzwerkCheck.Web.Infrastructure.PageCache;

/// <summary>
/// Keeps the rendered page of a completed check (its result and its report) for the account that asked, so that
/// looking at it again costs no queries and no rendering. Put on a page with <c>[OutputCache(PolicyName = OwnerPageCache.PolicyName)]</c>.
/// <para>
/// A kept page is found again only by the same account in the same sign-in session, with the same antiforgery
/// cookie (the page's forms carry tokens made from it) and in the same language – and only until the account
/// changes anything (<see cref="OwnerPageGenerations"/>). The session check runs before the cache is asked, so a
/// signed-out session gets nothing from it.
/// </para>
/// </summary>
public sealed class OwnerPageCache(OwnerPageGenerations generations, CookieNames cookies, IOptions<OwnerPageCacheOptions> options) : IOutputCachePolicy
{
    public const string PolicyName = "OwnerPage";

    ValueTask IOutputCachePolicy.CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var request = context.HttpContext.Request;
        var userId = context.HttpContext.User.FindFirstValue(ClaimTypes.NameIdentifier);
        var sessionId = SessionStore.IdOf(context.HttpContext.User);
        var antiforgery = request.Cookies[cookies.Antiforgery];
        var cacheable = options.Value.Duration > TimeSpan.Zero
            && (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
            && userId is not null && sessionId is not null && antiforgery is not null
            // A one-time notice ("sent") waits in this cookie for the page to show it once.
            && !request.Cookies.ContainsKey(cookies.TempData);
        context.EnableOutputCaching = cacheable;
        context.AllowCacheLookup = cacheable;
        context.AllowCacheStorage = cacheable;
        context.AllowLocking = cacheable;
        if (cacheable)
        {
            context.ResponseExpirationTimeSpan = options.Value.Duration;
            var vary = context.CacheVaryByRules.VaryByValues;
            vary["account"] = userId!;
            vary["generation"] = generations.Of(userId!).ToString(CultureInfo.InvariantCulture);
            vary["session"] = sessionId!;
            vary["antiforgery"] = antiforgery!;
            vary["language"] = CultureInfo.CurrentUICulture.Name;
        }
        return ValueTask.CompletedTask;
    }

    ValueTask IOutputCachePolicy.ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    ValueTask IOutputCachePolicy.ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var response = context.HttpContext.Response;
        // A page that had to mint a cookie (a re-issued sign-in, a first antiforgery cookie) belongs to that one response.
        if (response.StatusCode != StatusCodes.Status200OK || !Microsoft.Extensions.Primitives.StringValues.IsNullOrEmpty(response.Headers.SetCookie))
        {
            context.AllowCacheStorage = false;
        }
        return ValueTask.CompletedTask;
    }
}

/// <summary>The section <c>PageCache</c> of the configuration.</summary>
public sealed class OwnerPageCacheOptions
{
    /// <summary>
    /// How long a kept page may be served; zero turns the cache off. A change an account makes on this instance
    /// drops its kept pages at once; on several instances (PostgreSQL) a change made on another one would show
    /// here only after this time, so there the default is off.
    /// </summary>
    public TimeSpan Duration { get; set; }
}
