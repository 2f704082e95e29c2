using System.Net;
using System.Text.Json;
using NetzwerkCheck.Web.Tests.Infrastructure;

namespace NetzwerkCheck.Web.Tests.Pages.Workshops;

/// <summary>Reads a server-sent event stream the way a browser's EventSource does: one event per blank-line-separated block.</summary>
public sealed class LiveEvents : IAsyncDisposable
{
    private readonly HttpResponseMessage _response;
    private readonly StreamReader _reader;

    private LiveEvents(HttpResponseMessage response, StreamReader reader) => (_response, _reader) = (response, reader);

    public static async Task<LiveEvents> OpenAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url, HttpCompletionOption.ResponseHeadersRead, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        var reader = new StreamReader(await response.Content.ReadAsStreamAsync(TestContext.Current.CancellationToken));
        return new LiveEvents(response, reader);
    }

    /// <summary>The next event with data (comments and the retry line skipped); gives up after <see cref="Eventually.Patience"/>.</summary>
    public async Task<(string Name, JsonElement Data)> NextAsync() => await NextAsync(Eventually.Patience);

    private async Task<(string Name, JsonElement Data)> NextAsync(TimeSpan patience)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(patience);
        string? name = null, data = null;
        while (true)
        {
            var line = await _reader.ReadLineAsync(timeout.Token) ?? throw new InvalidOperationException("The event stream ended.");
            if (line.Length == 0)
            {
                if (data is not null)
                {
                    return (name ?? "message", JsonDocument.Parse(data).RootElement.Clone());
                }
                name = null;
            }
            else if (line.StartsWith("event: ", StringComparison.Ordinal))
            {
                name = line["event: ".Length..];
            }
            else if (line.StartsWith("data: ", StringComparison.Ordinal))
            {
                data = line["data: ".Length..];
            }
        }
    }

    /// <summary>Reads events until one satisfies <paramref name="condition"/>; gives up after <see cref="Eventually.Patience"/>.</summary>
    public async Task<JsonElement> UntilAsync(Func<JsonElement, bool> condition)
    {
        var until = DateTime.UtcNow + Eventually.Patience;
        while (true)
        {
            var left = until - DateTime.UtcNow;
            Assert.True(left > TimeSpan.Zero, "No matching event arrived.");
            var (name, data) = await NextAsync(left);
            if (name == "state" && condition(data))
            {
                return data;
            }
        }
    }

    public ValueTask DisposeAsync()
    {
        _reader.Dispose();
        _response.Dispose();
        return ValueTask.CompletedTask;
    }
}
