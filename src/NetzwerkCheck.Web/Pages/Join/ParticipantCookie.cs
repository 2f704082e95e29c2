using NetzwerkCheck.Web.Infrastructure;
using NetzwerkCheck.Web.Pages.Surveys;

namespace NetzwerkCheck.Web.Pages.Join;

/// <summary>A random token in an HttpOnly cookie tells one phone from another; only its hash is stored.</summary>
public static class ParticipantCookie
{
    public static string HashFor(HttpContext context, CookieNames cookies, bool createIfMissing)
    {
        var name = cookies.Prefix + "nc-participant";
        if (context.Request.Cookies.TryGetValue(name, out var token) && token.Length is > 20 and < 100)
        {
            return SurveyToken.Hash(token);
        }
        token = SurveyToken.New();
        if (createIfMissing)
        {
            context.Response.Cookies.Append(name, token, new CookieOptions
            {
                HttpOnly = true,
                Secure = cookies.HttpsOnly || context.Request.IsHttps,
                SameSite = SameSiteMode.Lax,
                Path = "/",
                MaxAge = TimeSpan.FromDays(2),
                IsEssential = true,
            });
        }
        return SurveyToken.Hash(token);
    }
}
