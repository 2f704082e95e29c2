using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace NetzwerkCheck.Web.Infrastructure;

/// <summary>
/// With <c>Security:HttpsCookies</c> on, a request over plain http cannot work: the browser drops the Secure,
/// <c>__Host-</c> cookies (sign-in loops back to the form) and antiforgery refuses to run (a 500 on every form).
/// Such a request gets one page that says what to configure instead. Static files and /health still answer.
/// </summary>
public sealed partial class HttpsRequiredMiddleware(RequestDelegate next, CookieNames cookies, IStringLocalizer<HttpsRequiredMiddleware> l, ILogger<HttpsRequiredMiddleware> logger)
{
    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

    public async Task InvokeAsync(HttpContext context)
    {
        if (!cookies.HttpsOnly || context.Request.IsHttps || context.Request.Path.StartsWithSegments("/health"))
        {
            await next(context);
            return;
        }
        LogPlainHttp(logger, context.Request.Host.ToString());
        context.Response.StatusCode = StatusCodes.Status400BadRequest;
        context.Response.ContentType = "text/html; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        string title = l["Diese Seite braucht HTTPS"];
        await context.Response.WriteAsync($"""
            <!DOCTYPE html>
            <html lang="{System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName}">
            <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>{E(title)} – NetzwerkCheck</title><link rel="stylesheet" href="/css/site.css"></head>
            <body><main id="main" class="container"><div class="narrow">
            <h1>{E(title)}</h1>
            <p>{E(l["NetzwerkCheck sendet Anmelde-Cookies nur über verschlüsselte Verbindungen (Security:HttpsCookies ist eingeschaltet). Diese Anfrage kam aber über unverschlüsseltes http – Anmelden und Formulare würden nicht funktionieren."])}</p>
            <h2>{E(l["Was einzustellen ist"])}</h2>
            <ul>
            <li>{E(l["Öffnen Sie die Seite über https://."])}</li>
            <li>{E(l["Hinter einem Proxy, der TLS beendet (nginx, Caddy, Traefik …): tragen Sie dessen Adresse unter ForwardedHeaders:KnownProxies oder ForwardedHeaders:KnownNetworks ein und lassen Sie ihn X-Forwarded-Proto senden."])}</li>
            <li>{E(l["Nur zum Ausprobieren auf dem eigenen Rechner über http: setzen Sie Security__HttpsCookies=false."])}</li>
            </ul>
            </div></main></body></html>
            """, context.RequestAborted);
    }

    private static string E(string text) => Html.Encode(text);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Plain-http request to {Host} refused: Security:HttpsCookies is on; use https, configure ForwardedHeaders for the proxy, or turn HttpsCookies off")]
    private static partial void LogPlainHttp(ILogger logger, string host);
}
