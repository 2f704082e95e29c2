namespace NetzwerkCheck.Web.Infrastructure;

/// <summary>
/// The address of a shared report, <c>/bericht/{token}</c>. The token is the only key to the report, so every
/// answer under this path – the report, 404, 410, 429 – is kept out of search engines, caches and other sites'
/// referrer logs (<see cref="ApplyHeaders"/>, called by <see cref="SecurityHeadersMiddleware"/>), and the request
/// log shows the path without it (<see cref="LoggingSetup.MaskSecrets"/>).
/// </summary>
public static class SharedReportLink
{
    public const string PathPrefix = "/bericht";

    /// <summary>Longer than any token <see cref="RandomToken.New"/> makes; anything longer is not looked up.</summary>
    public const int MaxTokenLength = 64;

    public static string PathFor(string token) => $"{PathPrefix}/{token}";

    public static bool IsSharedReport(PathString path) => path.StartsWithSegments(PathPrefix, StringComparison.OrdinalIgnoreCase);

    public static void ApplyHeaders(IHeaderDictionary headers)
    {
        ArgumentNullException.ThrowIfNull(headers);
        headers["X-Robots-Tag"] = "noindex, nofollow";
        headers["Referrer-Policy"] = "no-referrer";
        headers.CacheControl = "no-store";
        headers.Pragma = "no-cache";
        headers.Expires = "0";
    }
}
