using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using static Http;

// A whole workshop room under load, against 127.0.0.1 only, bounded to three minutes:
//  1. a facilitator registers, opens a workshop and keeps the projector's live channel open;
//  2. N phones (each with its own cookie jar) join and open their own live channels;
//  3. all N answer the first question at the same moment: latency, throughput, and how long until
//     the projector's live state shows all N; then a fresh projector connection must count exactly N;
//  4. the facilitator steps forward: how long until every phone's channel has the next question;
//  5. for <seconds>: 32 phones keep changing their answer (steady writes), then the same 32 workers
//     request the plain-text /health of the same app for the same time: the ratio of the two.
// Usage: WorkshopLoad http://127.0.0.1:PORT [participants=200] [seconds=10]
//        WorkshopLoad http://127.0.0.1:PORT --group [participants=300] [items=10]   (see GroupAssessmentLoad.cs)
//        WorkshopLoad http://127.0.0.1:PORT --scale-out participants seconds kill-pid kill-after-seconds expected-file   (see ScaleOutLoad.cs)
var invariant = CultureInfo.InvariantCulture;
if (args.Length >= 2 && args[1] == "--group" && Uri.TryCreate(args[0], UriKind.Absolute, out var groupUri)
    && IPAddress.TryParse(groupUri.Host, out var groupHost) && IPAddress.IsLoopback(groupHost))
{
    using var groupDeadline = new CancellationTokenSource(TimeSpan.FromMinutes(4));
    return await GroupAssessmentLoad.RunAsync(
        groupUri, args.Length > 2 ? int.Parse(args[2], invariant) : 300, args.Length > 3 ? int.Parse(args[3], invariant) : 10, groupDeadline.Token);
}
if (args.Length >= 7 && args[1] == "--scale-out" && Uri.TryCreate(args[0], UriKind.Absolute, out var scaleUri)
    && IPAddress.TryParse(scaleUri.Host, out var scaleHost) && IPAddress.IsLoopback(scaleHost))
{
    using var scaleDeadline = new CancellationTokenSource(TimeSpan.FromMinutes(2));
    return await ScaleOutLoad.RunAsync(scaleUri, int.Parse(args[2], invariant), int.Parse(args[3], invariant), int.Parse(args[4], invariant),
        double.Parse(args[5], invariant), args[6], scaleDeadline.Token);
}
if (args.Length is < 1 or > 3 || !Uri.TryCreate(args[0], UriKind.Absolute, out var baseUri)
    || !IPAddress.TryParse(baseUri.Host, out var host) || !IPAddress.IsLoopback(host))
{
    Console.Error.WriteLine("usage: WorkshopLoad http://127.0.0.1:PORT [participants] [seconds]   (loopback addresses only)");
    return 2;
}
var count = args.Length > 1 ? int.Parse(args[1], invariant) : 200;
var steadySeconds = args.Length > 2 ? int.Parse(args[2], invariant) : 10;
using var deadline = new CancellationTokenSource(TimeSpan.FromMinutes(3));
var stop = deadline.Token;
var failures = 0;

// 1. Facilitator and projector.
var facilitator = await SignedInFacilitatorAsync(baseUri, stop);
var created = await PostFormAsync(facilitator, "/Workshops", [("Input.Title", "Lasttest")], stop);
Expect(created, HttpStatusCode.Redirect, "open workshop");
var presentPath = created.Headers.Location!.OriginalString;
var workshopId = presentPath.Split('/').Last();
var code = Regex.Match(await facilitator.GetStringAsync(presentPath, stop), "id=\"join-code\">([A-Z0-9]+)<").Groups[1].Value;
var projectorEventsPath = $"{presentPath}?handler=Events";
var projector = await LiveChannel.OpenAsync(facilitator, projectorEventsPath, stop);
Console.WriteLine($"workshop {workshopId}, code {code}, {count} phones");

// 2. Phones join and open their live channels.
var clock = Stopwatch.StartNew();
var phones = await JoinAsync(baseUri, code, count, stop);
Console.WriteLine($"joined: {count} phones with open live channels in {clock.ElapsedMilliseconds} ms");

// 3. Everyone answers the first question at once.
var latencies = new double[count];
var burstStart = Stopwatch.GetTimestamp();
clock.Restart();
await Task.WhenAll(phones.Select(async (phone, i) =>
{
    var started = Stopwatch.GetTimestamp();
    var response = await phone.Client.PostAsync($"/w/{code}", Form(phone.Token, ("questionKey", "style"), ("Values", i % 3 == 0 ? "gatherer" : "hunter")), stop);
    latencies[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
    if (response.StatusCode != HttpStatusCode.Redirect)
    {
        Interlocked.Increment(ref failures);
    }
}));
var burstEnd = Stopwatch.GetTimestamp();
var burstMs = Stopwatch.GetElapsedTime(burstStart, burstEnd).TotalMilliseconds;
Array.Sort(latencies);
Console.WriteLine($"burst: {count} answers at once, failed {failures}, wall {burstMs:0} ms = {count / (burstMs / 1000):0} answers/s, " +
    $"p50 {Percentile(latencies, 0.50):0} ms, p99 {Percentile(latencies, 0.99):0} ms, max {latencies[^1]:0} ms");
var allSeen = await projector.WaitForAsync(s => s.GetProperty("respondents").GetInt32() == count, TimeSpan.FromSeconds(10), stop);
Console.WriteLine(allSeen is null
    ? "projector: the live state never showed all answers within 10 s"
    : $"projector live: all {count} answers in its state {Stopwatch.GetElapsedTime(burstEnd, allSeen.Value.At).TotalMilliseconds:0} ms after the last answer returned " +
      $"({Stopwatch.GetElapsedTime(burstStart, allSeen.Value.At).TotalMilliseconds:0} ms after the first was sent)");
await using (var fresh = await LiveChannel.OpenAsync(facilitator, projectorEventsPath, stop))
{
    var state = (await fresh.WaitForAsync(_ => true, TimeSpan.FromSeconds(5), stop))!.Value.Data;
    var counted = state.GetProperty("respondents").GetInt32();
    Console.WriteLine($"facilitator's state: {counted} of {count} answered, {state.GetProperty("participants").GetInt32()} joined, lost {count - counted}");
    if (counted != count)
    {
        failures++;
    }
}

// 4. The facilitator steps forward; every phone should follow.
var nextToken = Token(await facilitator.GetStringAsync(presentPath, stop));
var pressed = Stopwatch.GetTimestamp();
var next = await facilitator.PostAsync($"{presentPath}?handler=Next", Form(nextToken), stop);
Expect(next, HttpStatusCode.Redirect, "next");
var follow = await Task.WhenAll(phones.Select(p => p.Channel.WaitForAsync(s => s.GetProperty("question").GetInt32() == 1, TimeSpan.FromSeconds(10), stop)));
var followed = follow.Where(f => f is not null).Select(f => Stopwatch.GetElapsedTime(pressed, f!.Value.At).TotalMilliseconds).Order().ToArray();
Console.WriteLine($"step: {followed.Length} of {count} phones had the next question, " +
    (followed.Length > 0 ? $"p50 {Percentile(followed, 0.5):0} ms, p99 {Percentile(followed, 0.99):0} ms, max {followed[^1]:0} ms after the key press" : ""));
if (followed.Length != count)
{
    failures++;
}

// 5. Steady writes, then the plain endpoint with the same 32 workers for the same time.
if (steadySeconds > 0)
{
    var workers = Math.Min(32, count);
    var (submissions, steadyRate, steadyP50, steadyP99, steadyFailed) = await LoadAsync(workers, steadySeconds, async (worker, round) =>
    {
        var phone = phones[(worker + round * workers) % count];
        var response = await phone.Client.PostAsync($"/w/{code}", Form(phone.Token, ("questionKey", "network-kinds"), ("Values", round % 2 == 0 ? "knowledge" : "referral")), stop);
        return response.StatusCode == HttpStatusCode.Redirect;
    });
    Console.WriteLine($"steady: {submissions} answers in {steadySeconds} s by {workers} phones = {steadyRate:0}/s, p50 {steadyP50:0} ms, p99 {steadyP99:0} ms, failed {steadyFailed}");
    var plain = NewClient(baseUri);
    var (requests, plainRate, plainP50, plainP99, plainFailed) = await LoadAsync(workers, steadySeconds, async (_, _) =>
        (await plain.GetAsync("/health", stop)).StatusCode == HttpStatusCode.OK);
    Console.WriteLine($"plain /health: {requests} requests in {steadySeconds} s by {workers} workers = {plainRate:0}/s, p50 {plainP50:0.0} ms, p99 {plainP99:0.0} ms, failed {plainFailed}");
    Console.WriteLine($"ratio answers/s to plain req/s: {steadyRate / plainRate:0.000}");
    failures += steadyFailed + plainFailed;
}

foreach (var phone in phones)
{
    await phone.Channel.DisposeAsync();
}
await projector.DisposeAsync();
Console.WriteLine(failures == 0 ? "result: no failures, no lost answers" : $"result: {failures} failures");
return failures == 0 ? 0 : 1;

async Task<(int Count, double PerSecond, double P50, double P99, int Failed)> LoadAsync(int workers, int seconds, Func<int, int, Task<bool>> request)
{
    var times = new ConcurrentBag<double>();
    var failed = 0;
    var until = Stopwatch.StartNew();
    await Task.WhenAll(Enumerable.Range(0, workers).Select(async worker =>
    {
        for (var round = 0; until.Elapsed.TotalSeconds < seconds; round++)
        {
            var started = Stopwatch.GetTimestamp();
            if (!await request(worker, round))
            {
                Interlocked.Increment(ref failed);
            }
            times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
    }));
    var sorted = times.Order().ToArray();
    return (sorted.Length, sorted.Length / until.Elapsed.TotalSeconds, Percentile(sorted, 0.5), Percentile(sorted, 0.99), failed);
}

internal sealed record Phone(HttpClient Client, string Token, LiveChannel Channel);

