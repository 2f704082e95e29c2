using System.Diagnostics;
using System.Net;
using System.Text.Json;

/// <summary>
/// A server-sent event stream read in the background; every "state" event is kept with the time it arrived.
/// With <c>reconnect</c> it behaves like a browser's EventSource: when the stream breaks it waits the server's
/// <c>retry:</c> interval, opens the same URL again (with the same cookies) and goes on; each break is kept with
/// the arrival of the first state on the new stream.
/// </summary>
internal sealed class LiveChannel : IAsyncDisposable
{
    private readonly HttpClient _client;
    private readonly string _path;
    private readonly bool _reconnect;
    private HttpResponseMessage _response;
    private readonly CancellationTokenSource _stop;
    private readonly Task _reader;
    private readonly List<(long At, JsonElement Data)> _states = [];
    private readonly List<(long BrokeAt, long StateAt)> _reconnects = [];
    private readonly SemaphoreSlim _arrived = new(0);
    private TimeSpan _retry = TimeSpan.FromSeconds(3);
    private long? _brokeAt;

    private LiveChannel(HttpClient client, string path, bool reconnect, HttpResponseMessage response, CancellationToken stop)
    {
        (_client, _path, _reconnect, _response) = (client, path, reconnect, response);
        _stop = CancellationTokenSource.CreateLinkedTokenSource(stop);
        _reader = Task.Run(ReadAsync, CancellationToken.None);
    }

    public static async Task<LiveChannel> OpenAsync(HttpClient client, string path, CancellationToken stop, bool reconnect = false)
    {
        var response = await client.GetAsync(path, HttpCompletionOption.ResponseHeadersRead, stop);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"live channel {path}: HTTP {(int)response.StatusCode}");
        }
        return new LiveChannel(client, path, reconnect, response, stop);
    }

    /// <summary>Each break of the stream: when it broke and when the first state arrived on the new one (Stopwatch timestamps).</summary>
    public IReadOnlyList<(long BrokeAt, long StateAt)> Reconnects
    {
        get
        {
            lock (_states)
            {
                return [.. _reconnects];
            }
        }
    }

    /// <summary>Whether the stream is broken and not yet back with a state.</summary>
    public bool Broken
    {
        get
        {
            lock (_states)
            {
                return _brokeAt is not null;
            }
        }
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
            while (true)
            {
                try
                {
                    await ReadStreamAsync();
                }
                catch (Exception) when (_reconnect && !_stop.IsCancellationRequested)
                {
                    // the instance behind the stream is gone: reconnect below
                }
                if (!_reconnect)
                {
                    return;
                }
                lock (_states)
                {
                    _brokeAt ??= Stopwatch.GetTimestamp();
                }
                _response.Dispose();
                _response = await ReopenAsync();
            }
        }
        catch (Exception) when (_stop.IsCancellationRequested)
        {
            // closed by the benchmark
        }
    }

    private async Task ReadStreamAsync()
    {
        using var reader = new StreamReader(await _response.Content.ReadAsStreamAsync(_stop.Token));
        string? name = null;
        while (await reader.ReadLineAsync(_stop.Token) is { } line)
        {
            if (line.StartsWith("retry: ", StringComparison.Ordinal) && int.TryParse(line[7..], out var retry))
            {
                _retry = TimeSpan.FromMilliseconds(retry);
            }
            else if (line.StartsWith("event: ", StringComparison.Ordinal))
            {
                name = line[7..];
            }
            else if (line.StartsWith("data: ", StringComparison.Ordinal) && name == "state")
            {
                var at = Stopwatch.GetTimestamp();
                lock (_states)
                {
                    _states.Add((at, JsonDocument.Parse(line[6..]).RootElement.Clone()));
                    if (_brokeAt is { } broke)
                    {
                        _reconnects.Add((broke, at));
                        _brokeAt = null;
                    }
                }
                _arrived.Release();
            }
        }
    }

    /// <summary>As EventSource does: wait the retry interval, try again, until a stream opens (204 would end it, which the bench does not expect).</summary>
    private async Task<HttpResponseMessage> ReopenAsync()
    {
        while (true)
        {
            await Task.Delay(_retry, _stop.Token);
            try
            {
                var response = await _client.GetAsync(_path, HttpCompletionOption.ResponseHeadersRead, _stop.Token);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return response;
                }
                response.Dispose();
            }
            catch (HttpRequestException)
            {
                // nothing listening yet: try again after the interval
            }
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
