using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Microsoft.Playwright;

namespace NetzwerkCheck.BrowserTests.Infrastructure;

/// <summary>
/// Notes what a person would not see but should never happen: 5xx answers, script errors and
/// console errors (a blocked resource under the Content-Security-Policy shows up there).
/// </summary>
public sealed class PageWatch
{
    private static readonly ConditionalWeakTable<IPage, PageWatch> Watches = new();

    private readonly ConcurrentQueue<string> _serverErrors = new();
    private readonly ConcurrentQueue<string> _consoleErrors = new();

    private PageWatch(IPage page)
    {
        page.Response += (_, response) =>
        {
            if (response.Status >= 500)
            {
                _serverErrors.Enqueue($"{response.Status} {response.Request.Method} {response.Url}");
            }
        };
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                // The first sentence says what happened (CSP messages go on for several more).
                var text = message.Text;
                var end = text.IndexOf(". ", StringComparison.Ordinal);
                _consoleErrors.Enqueue($"{message.Location}: {(end > 0 ? text[..(end + 1)] : text)}");
            }
        };
        page.PageError += (_, error) => _consoleErrors.Enqueue("Skriptfehler: " + error);
    }

    public static PageWatch Attach(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var watch = new PageWatch(page);
        Watches.AddOrUpdate(page, watch);
        return watch;
    }

    public static PageWatch? Of(IPage page) => Watches.TryGetValue(page, out var watch) ? watch : null;

    public void AssertNoServerErrors() =>
        Assert.True(_serverErrors.IsEmpty, "Serverfehler:" + string.Concat(_serverErrors.Select(e => Environment.NewLine + "- " + e)));

    /// <summary>Console errors, except those <paramref name="expected"/> says are intended (e.g. the 404 of a test).</summary>
    public void AssertNoConsoleErrors(Func<string, bool>? expected = null)
    {
        var unexpected = _consoleErrors.Where(e => expected?.Invoke(e) != true).ToList();
        Assert.True(unexpected.Count == 0, "Konsolenfehler im Browser:" + string.Concat(unexpected.Select(e => Environment.NewLine + "- " + e)));
    }
}
