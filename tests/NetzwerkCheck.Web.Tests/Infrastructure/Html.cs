using System.Net;

namespace NetzwerkCheck.Web.Tests.Infrastructure;

public static class Html
{
    public static async Task<string> TextAsync(this HttpResponseMessage response) =>
        WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

    public static int IdFrom(Uri location) => int.Parse(location.OriginalString.Split('/').Last().Split('?')[0], System.Globalization.CultureInfo.InvariantCulture);
}
