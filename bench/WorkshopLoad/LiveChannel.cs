using System.Diagnostics;
using System.Net;
using System.Text.Json;

/// <summary>A server-sent event stream read in the background; every "state" event is kept with the time it arrived.</summary>
internal sealed class LiveChannel : IAsyncDisposable
{
    private readonly HttpResponseMessage _response;
    private readonly CancellationTokenSource _stop;
    private readonly Task _reader;
    private readonly List<(long At, JsonElement Data)> _states = [];
    private readonly SemaphoreSlim _arrived = new(0);

    private LiveChannel(HttpResponseMessage response, CancellationToken stop)
    {
        _response = response;
        _stop = CancellationTokenSource.CreateLinkedTokenSource(stop);
        _reader = Task.Run(ReadAsync, CancellationToken.None);
    }

    public static async Task<LiveChannel> OpenAsync(HttpClient client, string path, CancellationToken stop)
    {
        var response = await client.GetAsync(path, HttpCompletionOption.ResponseHeadersRead, stop);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"live channel {path}: HTTP {(int)response.StatusCode}");
        }
        return new LiveChannel(response, stop);
    }

    /// <summary>The first state (since the channel opened) matching <paramref name="match"/>, with its arrival as a Stopwatch timestamp.</summary>
    public async Task<(long At, JsonElement Data)?> WaitForAsync(Func<JsonElement, bool> match, TimeSpan timeout, CancellationToken stop)
    {
        var waited = Stopwatch.StartNew();
        var seen = 0;
        while (true)
        {
            lock (_states)
            {
                for (; seen < _states.Count; seen++)
                {
                    if (match(_states[seen].Data))
                    {
                        return _states[seen];
                    }
                }
            }
            var left = timeout - waited.Elapsed;
            if (left <= TimeSpan.Zero || !await _arrived.WaitAsync(left, stop))
            {
                return null;
            }
        }
    }

    private async Task ReadAsync()
    {
        try
        {
            using var reader = new StreamReader(await _response.Content.ReadAsStreamAsync(_stop.Token));
            string? name = null;
            while (await reader.ReadLineAsync(_stop.Token) is { } line)
            {
                if (line.StartsWith("event: ", StringComparison.Ordinal))
                {
                    name = line[7..];
                }
                else if (line.StartsWith("data: ", StringComparison.Ordinal) && name == "state")
                {
                    lock (_states)
                    {
                        _states.Add((Stopwatch.GetTimestamp(), JsonDocument.Parse(line[6..]).RootElement.Clone()));
                    }
                    _arrived.Release();
                }
            }
        }
        catch (Exception) when (_stop.IsCancellationRequested)
        {
            // closed by the benchmark
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _response.Dispose();
        try
        {
            await _reader;
        }
        catch (Exception)
        {
            // the stream was closed under the reader
        }
        _stop.Dispose();
        _arrived.Dispose();
    }
}
