namespace NetzwerkCheck.Web.Infrastructure.Sessions;

/// <summary>
/// "Firefox" on "Windows" from a User-Agent, just enough for a person to recognise their own devices on the
/// devices page. Versions and anything finer are left out on purpose: they would make the row a fingerprint.
/// </summary>
public static class BrowserFamily
{
    // Order matters: Edge and Opera also say "Chrome", Chrome also says "Safari".
    private static readonly (string Marker, string Name)[] Browsers =
    [
        ("Edg", "Edge"),
        ("OPR/", "Opera"),
        ("Firefox/", "Firefox"),
        ("FxiOS/", "Firefox"),
        ("SamsungBrowser/", "Samsung Internet"),
        ("CriOS/", "Chrome"),
        ("Chromium/", "Chromium"),
        ("Chrome/", "Chrome"),
        ("Safari/", "Safari"),
    ];

    private static readonly (string Marker, string Name)[] Platforms =
    [
        ("Android", "Android"),
        ("iPhone", "iOS"),
        ("iPad", "iPadOS"),
        ("Windows", "Windows"),
        ("CrOS", "ChromeOS"),
        ("Mac OS X", "macOS"),
        ("Macintosh", "macOS"),
        ("Linux", "Linux"),
    ];

    public static (string Browser, string Platform) Parse(string? userAgent)
    {
        if (string.IsNullOrEmpty(userAgent))
        {
            return ("", "");
        }
        return (First(Browsers, userAgent), First(Platforms, userAgent));
    }

    private static string First((string Marker, string Name)[] table, string userAgent) =>
        table.FirstOrDefault(entry => userAgent.Contains(entry.Marker, StringComparison.Ordinal)).Name ?? "";
}
