using Microsoft.AspNetCore.Mvc.Filters;

namespace NetzwerkCheck.Web.Infrastructure;

/// <summary>
/// Razor Pages renders a page even when it has no handler for the request's method; for a POST to a
/// read-only page that would run the view without its data. Answer 405 instead.
/// </summary>
public sealed class RejectUnhandledMethodsFilter : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var method = context.HttpContext.Request.Method;
        if (context.HandlerMethod is null && !HttpMethods.IsGet(method) && !HttpMethods.IsHead(method))
        {
            context.Result = new StatusCodeResult(StatusCodes.Status405MethodNotAllowed);
            return;
        }
        await next();
    }
}
