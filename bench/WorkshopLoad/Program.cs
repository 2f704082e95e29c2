using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;

// Joins N participants to a workshop and lets all of them answer the current question at once,
// against 127.0.0.1 only, then reports throughput, latency and whether every answer was counted.
// Then, for <seconds>, keeps 32 of them changing their answer in a loop: a steady write load.
// Usage: WorkshopLoad <baseUrl> <joinCode> <participants> [seconds]
if (args.Length is < 3 or > 4 || !Uri.TryCreate(args[0], UriKind.Absolute, out var baseUri) || !IPAddress.IsLoopback(IPAddress.Parse(baseUri.Host)))
{
    Console.Error.WriteLine("usage: WorkshopLoad http://127.0.0.1:PORT CODE COUNT   (loopback addresses only)");
    return 2;
}
var code = args[1];
var count = int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture);
var sustainSeconds = args.Length == 4 ? int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture) : 0;
using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));

var participants = await Task.WhenAll(Enumerable.Range(0, count).Select(async i =>
{
    var handler = new SocketsHttpHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false, MaxConnectionsPerServer = 2 };
    var client = new HttpClient(handler) { BaseAddress = baseUri, Timeout = TimeSpan.FromSeconds(60) };
    var token = await TokenAsync(client, "/w", timeout.Token);
    var join = await client.PostAsync("/w", Form(token, ("Input.Code", code), ("Input.Nickname", $"Last {i}")), timeout.Token);
    if (join.StatusCode != HttpStatusCode.Redirect)
    {
        throw new InvalidOperationException($"join {i}: {(int)join.StatusCode}");
    }
    return (Client: client, Token: await TokenAsync(client, $"/w/{code}", timeout.Token));
}));

var latencies = new double[count];
var failures = 0;
var clock = Stopwatch.StartNew();
await Task.WhenAll(participants.Select(async (p, i) =>
{
    var started = Stopwatch.GetTimestamp();
    var response = await p.Client.PostAsync($"/w/{code}", Form(p.Token, ("questionKey", "style"), ("Values", i % 3 == 0 ? "gatherer" : "hunter")), timeout.Token);
    latencies[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
    if (response.StatusCode != HttpStatusCode.Redirect)
    {
        Interlocked.Increment(ref failures);
    }
}));
clock.Stop();

Array.Sort(latencies);
Console.WriteLine($"answers sent: {count}, failed responses: {failures}");
Console.WriteLine($"wall time: {clock.Elapsed.TotalMilliseconds:0} ms, throughput: {count / clock.Elapsed.TotalSeconds:0} answers/s");
Console.WriteLine($"latency p50: {latencies[count / 2]:0} ms, p99: {latencies[(int)(count * 0.99) - 1]:0} ms, max: {latencies[^1]:0} ms");
if (sustainSeconds > 0)
{
    var steady = new System.Collections.Concurrent.ConcurrentBag<double>();
    var steadyFailures = 0;
    var until = Stopwatch.StartNew();
    await Task.WhenAll(Enumerable.Range(0, Math.Min(32, count)).Select(async worker =>
    {
        for (var round = 0; until.Elapsed.TotalSeconds < sustainSeconds; round++)
        {
            var p = participants[(worker + round * 32) % count];
            var started = Stopwatch.GetTimestamp();
            var response = await p.Client.PostAsync($"/w/{code}", Form(p.Token, ("questionKey", "style"), ("Values", round % 2 == 0 ? "hunter" : "gatherer")), timeout.Token);
            steady.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            if (response.StatusCode != HttpStatusCode.Redirect)
            {
                Interlocked.Increment(ref steadyFailures);
            }
        }
    }));
    var sorted = steady.Order().ToArray();
    Console.WriteLine($"steady: {sorted.Length} submissions in {until.Elapsed.TotalSeconds:0.0} s = {sorted.Length / until.Elapsed.TotalSeconds:0} submissions/s, " +
        $"p50 {sorted[sorted.Length / 2]:0} ms, p99 {sorted[(int)(sorted.Length * 0.99)]:0} ms, failed {steadyFailures}");
    failures += steadyFailures;
}
return failures == 0 ? 0 : 1;

static async Task<string> TokenAsync(HttpClient client, string path, CancellationToken cancellationToken)
{
    var html = await client.GetStringAsync(path, cancellationToken);
    return Regex.Match(html, "name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"").Groups[1].Value;
}

static FormUrlEncodedContent Form(string token, params (string Key, string Value)[] fields) =>
    new([new("__RequestVerificationToken", token), .. fields.Select(f => new KeyValuePair<string, string>(f.Key, f.Value))]);
