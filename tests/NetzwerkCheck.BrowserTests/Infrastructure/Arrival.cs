using Microsoft.Playwright;

namespace NetzwerkCheck.BrowserTests.Infrastructure;

/// <summary>
/// Waits until a page shows an address and has loaded. Playwright's own <c>WaitForURLAsync</c>
/// looks at the frame's state and only then listens for events, so a load event that arrives in
/// between is lost and the wait runs into its timeout (microsoft/playwright-dotnet#3364). A lost
/// event is still recorded in the state, so short tries in a loop find it at the next look.
/// </summary>
public static class Arrival
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private const float TryMilliseconds = 2_000;

    public static async Task ArriveAtAsync(this IPage page, string urlGlob)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (true)
        {
            try
            {
#pragma warning disable RS0030 // the one place that may call it, inside the loop the race needs
                await page.WaitForURLAsync(urlGlob, new() { Timeout = TryMilliseconds });
#pragma warning restore RS0030
                return;
            }
            catch (TimeoutException) when (DateTime.UtcNow < deadline)
            {
            }
            catch (TimeoutException e)
            {
                throw new TimeoutException(
                    $"The page did not arrive at {urlGlob} within {Patience.TotalSeconds} s; it shows {page.Url}.", e);
            }
        }
    }
}
