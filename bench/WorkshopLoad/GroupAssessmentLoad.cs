using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using static Http;

/// <summary>
/// "Netzwerk gemeinsam bewerten" with a full room, against 127.0.0.1 only, bounded in time:
///  1. a facilitator registers, creates a network and opens a group assessment of it; the projector's live channel stays open;
///  2. N phones join and open their live channels;
///  3. for each of the first <c>items</c> items: every phone rates it at the same moment (spread over the scale), the
///     projector's live state must count all N, the facilitator takes the room's median and steps on, and every phone
///     must be shown the next item;
///  4. the facilitator closes the workshop, which turns the agreed values into one completed group assessment.
/// The shell script then counts the stored answers, agreed values and the assessment in the database.
/// </summary>
internal static partial class GroupAssessmentLoad
{
    public static async Task<int> RunAsync(Uri baseUri, int count, int items, CancellationToken stop)
    {
        var failures = 0;
        var facilitator = await SignedInFacilitatorAsync(baseUri, stop);
        var network = await PostFormAsync(facilitator, "/Networks/Create",
            [("Input.Name", "Lasttest-Verein"), ("Input.OrganisationForm", "Association"), ("Input.Status", "Member")], stop);
        Expect(network, HttpStatusCode.Redirect, "create network");
        var networkId = network.Headers.Location!.OriginalString.Split('/').Last();
        var created = await PostFormAsync(facilitator, "/Workshops",
            [("Assess.Title", "Lasttest gemeinsam"), ("Assess.NetworkId", networkId), ("Assess.RevealThreshold", "3"),
             ("Assess.Goal", "WinClients"), ("Assess.Style", "Hunter")], stop, handler: "Assess");
        Expect(created, HttpStatusCode.Redirect, "open group assessment");
        var presentPath = created.Headers.Location!.OriginalString;
        var presentHtml = await facilitator.GetStringAsync(presentPath, stop);
        var code = JoinCode().Match(presentHtml).Groups[1].Value;
        var facilitatorToken = Token(presentHtml);
        await using var projector = await LiveChannel.OpenAsync(facilitator, $"{presentPath}?handler=Events", stop);

        var clock = Stopwatch.StartNew();
        var phones = await JoinAsync(baseUri, code, count, stop);
        Console.WriteLine($"group assessment {presentPath.Split('/').Last()}, code {code}: {count} phones joined with open live channels in {clock.ElapsedMilliseconds} ms");
        Console.WriteLine("| item | key | burst: answers/s | p50 / p99 | failed | projector shows all | phones on the next item p50 / p99 |");
        Console.WriteLine("|---|---|---|---|---|---|---|");

        var allLatencies = new List<double>();
        var sent = 0;
        var burstSeconds = 0.0;
        for (var item = 0; item < items; item++)
        {
            var room = await phones[0].Client.GetStringAsync($"/w/{code}", stop);
            var key = QuestionKey().Match(room).Groups[1].Value;
            var options = Option().Matches(room).Select(m => m.Groups[1].Value).ToList();
            if (key.Length == 0 || options.Count == 0)
            {
                Console.WriteLine($"item {item + 1}: the phone shows no question to rate");
                return 1;
            }

            var latencies = new double[count];
            var failed = 0;
            var burstStart = Stopwatch.GetTimestamp();
            await Task.WhenAll(phones.Select(async (phone, i) =>
            {
                // A spread the room could have: most phones near the middle of the scale, some at its ends.
                var value = options[(i * 7 + item * 3) % options.Count];
                var started = Stopwatch.GetTimestamp();
                var response = await phone.Client.PostAsync($"/w/{code}", Form(phone.Token, ("questionKey", key), ("Values", value)), stop);
                latencies[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                if (response.StatusCode != HttpStatusCode.Redirect)
                {
                    Interlocked.Increment(ref failed);
                }
            }));
            var burstEnd = Stopwatch.GetTimestamp();
            sent += count;
            var burstMs = Stopwatch.GetElapsedTime(burstStart, burstEnd).TotalMilliseconds;
            burstSeconds += burstMs / 1000;
            Array.Sort(latencies);
            allLatencies.AddRange(latencies);
            var seen = await projector.WaitForAsync(
                s => s.GetProperty("question").GetInt32() == item && s.GetProperty("respondents").GetInt32() == count, TimeSpan.FromSeconds(10), stop);
            // The state can arrive before the last answer's response does: then it came with the last answer.
            var projectorShows = seen is null ? "never (10 s)"
                : seen.Value.At <= burstEnd ? "with the last answer"
                : $"{Stopwatch.GetElapsedTime(burstEnd, seen.Value.At).TotalMilliseconds:0} ms after the last answer";
            failures += failed + (seen is null ? 1 : 0);

            var agreed = await facilitator.PostAsync($"{presentPath}?handler=Agree", Form(facilitatorToken, ("questionKey", key), ("median", "true")), stop);
            Expect(agreed, HttpStatusCode.Redirect, $"agree on {key}");
            var follow = "";
            if (item < items - 1)
            {
                var pressed = Stopwatch.GetTimestamp();
                Expect(await facilitator.PostAsync($"{presentPath}?handler=Next", Form(facilitatorToken), stop), HttpStatusCode.Redirect, "next");
                var arrivals = await Task.WhenAll(phones.Select(p => p.Channel.WaitForAsync(s => s.GetProperty("question").GetInt32() == item + 1, TimeSpan.FromSeconds(10), stop)));
                var followed = arrivals.Where(a => a is not null).Select(a => Stopwatch.GetElapsedTime(pressed, a!.Value.At).TotalMilliseconds).Order().ToArray();
                follow = followed.Length == count
                    ? $"{Percentile(followed, 0.5):0} / {Percentile(followed, 0.99):0} ms"
                    : $"only {followed.Length} of {count}";
                failures += followed.Length == count ? 0 : 1;
            }
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {item + 1} | {key} | {count / (burstMs / 1000):0} ({burstMs:0} ms) | {Percentile(latencies, 0.5):0} / {Percentile(latencies, 0.99):0} ms | {failed} | {projectorShows} | {follow} |"));
        }

        var closed = await facilitator.PostAsync($"{presentPath}?handler=Close", Form(facilitatorToken), stop);
        Expect(closed, HttpStatusCode.Redirect, "close");
        var all = allLatencies.Order().ToArray();
        Console.WriteLine($"all items: {sent} answers sent, p50 {Percentile(all, 0.5):0} ms, p99 {Percentile(all, 0.99):0} ms, max {all[^1]:0} ms; closed in {clock.Elapsed.TotalSeconds:0} s after the first join");
        foreach (var phone in phones)
        {
            await phone.Channel.DisposeAsync();
        }
        // The plain endpoint of the same app for comparison: 32 workers, 5 seconds.
        var plain = NewClient(baseUri);
        var requests = 0;
        var plainClock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, 32).Select(async _ =>
        {
            while (plainClock.Elapsed.TotalSeconds < 5)
            {
                failures += (await plain.GetAsync("/health", stop)).StatusCode == HttpStatusCode.OK ? 0 : 1;
                Interlocked.Increment(ref requests);
            }
        }));
        var plainRate = requests / plainClock.Elapsed.TotalSeconds;
        var answerRate = sent / burstSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"answers during the bursts: {answerRate:0}/s; plain /health: {plainRate:0} req/s (32 workers, 5 s); ratio {answerRate / plainRate:0.000}"));
        Console.WriteLine(failures == 0 ? "result: no failures" : $"result: {failures} failures");
        return failures == 0 ? 0 : 1;
    }

    [GeneratedRegex("id=\"join-code\">([A-Z0-9]+)<")]
    private static partial Regex JoinCode();

    [GeneratedRegex("name=\"questionKey\" value=\"([^\"]+)\"")]
    private static partial Regex QuestionKey();

    [GeneratedRegex("name=\"Values\" value=\"([^\"]+)\"")]
    private static partial Regex Option();
}
