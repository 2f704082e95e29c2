using System.Diagnostics;

namespace NetzwerkCheck.Web.Tests.Infrastructure;

/// <summary>
/// Waits for something that happens in the background (a log line, a reader retiring). It decides on the
/// condition, never on the time: the bound only ends a test that would otherwise wait forever.
/// </summary>
public static class Eventually
{
    /// <summary>Generous on purpose, so that a busy machine is never mistaken for a failure.</summary>
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(20);

    public static async Task TrueAsync(Func<bool> condition, string failure)
    {
        await ValueAsync(() => Task.FromResult(condition()), done => done, failure);
    }

    /// <summary>Reads until the value satisfies <paramref name="condition"/> and returns it.</summary>
    public static async Task<T> ValueAsync<T>(Func<Task<T>> read, Func<T, bool> condition, string failure)
    {
        var started = Stopwatch.GetTimestamp();
        while (true)
        {
            var value = await read();
            if (condition(value))
            {
                return value;
            }
            if (Stopwatch.GetElapsedTime(started) > Patience)
            {
                Assert.Fail($"{failure} (waited {Patience.TotalSeconds:0} s)");
            }
            await Task.Delay(PollInterval, TestContext.Current.CancellationToken);
        }
    }
}
