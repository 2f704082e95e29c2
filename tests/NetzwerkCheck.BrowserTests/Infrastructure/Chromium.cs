using Microsoft.Playwright;

namespace NetzwerkCheck.BrowserTests.Infrastructure;

/// <summary>
/// Debian's Chromium, driven by Playwright. Playwright never downloads a browser here: without
/// /usr/bin/chromium a test is skipped – or fails under CI=true, where a missing browser is a broken setup.
/// </summary>
public sealed class Chromium : IAsyncDisposable
{
    public const string ExecutablePath = "/usr/bin/chromium";
    public const string MissingReason = "Chromium fehlt unter /usr/bin/chromium – apt-get install chromium";

    private readonly IPlaywright _playwright;

    private Chromium(IPlaywright playwright, IBrowser browser)
    {
        _playwright = playwright;
        Browser = browser;
    }

    public IBrowser Browser { get; }

    /// <summary>Skips the calling test (or fails it under CI=true) when Chromium is not installed.</summary>
    public static void Require()
    {
        if (File.Exists(ExecutablePath))
        {
            return;
        }
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Assert.Fail(MissingReason);
        }
        Assert.Skip(MissingReason);
    }

    /// <summary>Every browser test starts here, so every one of them skips or fails the same way.</summary>
    public static async Task<Chromium> LaunchAsync()
    {
        Require();
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        // Expect(…) waits until the page shows what it should; the bound only ends a hopeless wait, so it is
        // generous enough for a busy CI machine (Playwright's default is 5 s).
        Assertions.SetDefaultExpectTimeout(15_000);
        var playwright = await Playwright.CreateAsync();
        try
        {
            var browser = await playwright.Chromium.LaunchAsync(new()
            {
                ExecutablePath = ExecutablePath,
                Headless = true,
                Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
            });
            return new Chromium(playwright, browser);
        }
        catch
        {
            playwright.Dispose();
            throw;
        }
    }

    /// <summary>A fresh context (own cookie jar, like a new browser profile) with one page, 1280 px wide, German.</summary>
    public async Task<IPage> NewPageAsync(Uri baseAddress)
    {
        var context = await Browser.NewContextAsync(new()
        {
            BaseURL = baseAddress.ToString(),
            ViewportSize = new() { Width = 1280, Height = 800 },
            Locale = "de-DE",
            TimezoneId = "Europe/Berlin",
        });
        context.SetDefaultTimeout(15_000);
        context.SetDefaultNavigationTimeout(30_000);
        return await context.NewPageAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await Browser.CloseAsync();
        _playwright.Dispose();
    }
}
