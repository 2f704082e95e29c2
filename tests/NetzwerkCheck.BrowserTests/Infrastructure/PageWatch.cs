using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace NetzwerkCheck.BrowserTests.Infrastructure;

/// <summary>
/// Notes what a person would not see but should never happen: 5xx answers, script errors and
/// console errors (a blocked resource under the Content-Security-Policy shows up there).
/// </summary>
public sealed class PageWatch
{
    private readonly ConcurrentQueue<string> _serverErrors = new();
    private readonly ConcurrentQueue<string> _consoleErrors = new();

    public PageWatch(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
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
                _consoleErrors.Enqueue($"{message.Text} ({message.Location})");
            }
        };
        page.PageError += (_, error) => _consoleErrors.Enqueue("Skriptfehler: " + error);
    }

    public void AssertNoServerErrors() =>
        Assert.True(_serverErrors.IsEmpty, "Serverfehler: " + string.Join("; ", _serverErrors));

    /// <summary>Console errors, except those <paramref name="expected"/> says are intended (e.g. the 404 of a test).</summary>
    public void AssertNoConsoleErrors(Func<string, bool>? expected = null)
    {
        var unexpected = _consoleErrors.Where(e => expected?.Invoke(e) != true).ToList();
        Assert.True(unexpected.Count == 0, "Konsolenfehler im Browser: " + string.Join("; ", unexpected));
    }
}
