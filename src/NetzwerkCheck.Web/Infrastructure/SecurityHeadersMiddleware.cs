namespace NetzwerkCheck.Web.Infrastructure;

public sealed class SecurityHeadersMiddleware(RequestDelegate next)
{
    private const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; " +
        "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; " +
        "form-action 'self'; frame-ancestors 'none'";

    public Task InvokeAsync(HttpContext context)
    {
        // Decided by the path the client asked for: an error page re-executed for it (404, 429) runs under /Error.
        var sharedReport = SharedReportLink.IsSharedReport(context.Request.Path);
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            // A response that brings its own, stricter policy keeps it (a served logo: LogoResult).
            if (string.IsNullOrEmpty(headers.ContentSecurityPolicy))
            {
                headers.ContentSecurityPolicy = ContentSecurityPolicy;
            }
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "same-origin";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
            headers.Remove("Server");
            // Whatever a signed-in person sees (pages, downloads of their data, the live channel) stays out of
            // every cache: the browser's back button after signing out, a shared computer, a proxy.
            if (context.User.Identity?.IsAuthenticated == true)
            {
                var streaming = headers.CacheControl.ToString().Contains("no-transform", StringComparison.Ordinal);
                headers.CacheControl = streaming ? "no-store, no-transform" : "no-store";
                headers.Pragma = "no-cache";
                headers.Expires = "0";
            }
            if (sharedReport)
            {
                SharedReportLink.ApplyHeaders(headers);
            }
            return Task.CompletedTask;
        });
        return next(context);
    }
}
