using Microsoft.Playwright;

namespace NetzwerkCheck.BrowserTests.Infrastructure;

/// <summary>
/// Full-page screenshots into &lt;repo&gt;/artifacts/screenshots/, for people to look at. Only when asked
/// for with NC_SCREENSHOTS=1: they cost time on every visited page and nobody looks at most runs.
/// </summary>
public static class Screenshots
{
    public static bool Enabled { get; } = Environment.GetEnvironmentVariable("NC_SCREENSHOTS") == "1";

    private static readonly Lazy<string> FolderPath = new(() =>
    {
        var folder = Path.Combine(RepositoryRoot(), "artifacts", "screenshots");
        Directory.CreateDirectory(folder);
        return folder;
    });

    public static string Folder => FolderPath.Value;

    /// <summary>Saves <c>name.png</c> (e.g. "01-register") of the whole page at the current viewport size.</summary>
    public static async Task SaveAsync(IPage page, string name)
    {
        if (!Enabled)
        {
            return;
        }
        await page.ScreenshotAsync(new() { Path = Path.Combine(Folder, name + ".png"), FullPage = true, Animations = ScreenshotAnimations.Disabled });
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "NetzwerkCheck.sln")))
            {
                return directory.FullName;
            }
        }
        throw new InvalidOperationException($"NetzwerkCheck.sln nicht gefunden oberhalb von {AppContext.BaseDirectory}.");
    }
}
