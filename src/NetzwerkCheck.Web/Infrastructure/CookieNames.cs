namespace NetzwerkCheck.Web.Infrastructure;

/// <summary>
/// Served over HTTPS, cookies are Secure-only and carry the <c>__Host-</c> prefix, which pins them to
/// this host and path. A browser refuses such cookies over plain HTTP, so a local
/// <c>dotnet run</c> on http://localhost sets <c>Security:HttpsCookies</c> to false and gets
/// unprefixed cookies sent only as securely as the request.
/// </summary>
public sealed record CookieNames(bool HttpsOnly)
{
    public string Prefix => HttpsOnly ? "__Host-" : "";

    public string Auth => Prefix + "nc-auth";

    public string Antiforgery => Prefix + "nc-af";

    public string Culture => Prefix + "nc-lang";

    public string TempData => Prefix + "nc-note";

    public string TwoFactor => Prefix + "nc-2fa";

    public CookieSecurePolicy SecurePolicy => HttpsOnly ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;

    public static CookieNames From(IConfiguration configuration) => new(configuration.GetValue("Security:HttpsCookies", true));
}
