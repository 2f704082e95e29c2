namespace NetzwerkCheck.Web.Infrastructure;

/// <summary>
/// Tells one anonymous browser from another without knowing who uses it: a random token in an
/// HttpOnly cookie, of which only the SHA-256 hash is ever stored.
/// </summary>
public static class BrowserToken
{
    public static string Hash(HttpContext context, CookieNames cookies, string name, TimeSpan lifetime, bool createIfMissing)
    {
        var cookieName = cookies.Prefix + name;
        if (context.Request.Cookies.TryGetValue(cookieName, out var token) && token.Length is > 20 and < 100)
        {
            return RandomToken.Hash(token);
        }
        token = RandomToken.New();
        if (createIfMissing)
        {
            context.Response.Cookies.Append(cookieName, token, new CookieOptions
            {
                HttpOnly = true,
                Secure = cookies.HttpsOnly || context.Request.IsHttps,
                SameSite = SameSiteMode.Lax,
                Path = "/",
                MaxAge = lifetime,
                IsEssential = true,
            });
        }
        return RandomToken.Hash(token);
    }
}
