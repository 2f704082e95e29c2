using Microsoft.Playwright;

namespace NetzwerkCheck.BrowserTests.Infrastructure;

public static class Visits
{
    /// <summary>What happens on every page the person sees: a screenshot for review, no server error so far, and axe.</summary>
    public static async Task VisitedAsync(IPage page, string screenshot, string pageName)
    {
        await Screenshots.SaveAsync(page, screenshot);
        PageWatch.Of(page)?.AssertNoServerErrors();
        await Accessibility.AssertAccessibleAsync(page, pageName);
    }
}
