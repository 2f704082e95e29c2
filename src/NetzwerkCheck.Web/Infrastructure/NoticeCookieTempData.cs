using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace NetzwerkCheck.Web.Infrastructure;

/// <summary>
/// The framework's cookie-based TempData, except that a page with no notice to carry does not send a cookie
/// deletion for a cookie the browser never had: such a Set-Cookie on every page made pages unfit for the
/// output cache (<see cref="PageCache.OwnerPageCache"/>) and cost bytes for nothing.
/// </summary>
public sealed class NoticeCookieTempData(CookieTempDataProvider cookies, CookieNames names) : ITempDataProvider
{
    public IDictionary<string, object> LoadTempData(HttpContext context) => cookies.LoadTempData(context);

    public void SaveTempData(HttpContext context, IDictionary<string, object> values)
    {
        if (values.Count == 0 && !context.Request.Cookies.ContainsKey(names.TempData))
        {
            return;
        }
        cookies.SaveTempData(context, values);
    }
}
