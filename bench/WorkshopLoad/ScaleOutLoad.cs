using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using static Http;

/// <summary>
/// The workshop through a load balancer over two app instances (bench/scale-out.sh): the facilitator opens a
/// workshop and steps to its open question; the phones join (their requests and live channels spread over both
/// instances by the balancer) and keep answering, each answer a new text. Mid-run one instance is killed
/// (SIGKILL). Then: how long until every broken live channel was open again and had the room's state (reconnecting
/// like a browser's EventSource), whether the phones' and the facilitator's cookies still work (the facilitator
/// steps on, every phone must follow), and, per phone, the last answer the app acknowledged, written to a file for
/// the script to compare with the database.
/// </summary>
internal static class ScaleOutLoad
{
    private const string OpenQuestion = "tip";

    public static async Task<int> RunAsync(Uri baseUri, int count, int seconds, int killPid, double killAfter, string expectedFile, CancellationToken stop)
    {
        var failures = 0;
        var facilitator = await SignedInFacilitatorAsync(baseUri, stop);
        var created = await PostFormAsync(facilitator, "/Workshops", [("Input.Title", "Zwei Instanzen")], stop);
        Expect(created, HttpStatusCode.Redirect, "open workshop");
        var presentPath = created.Headers.Location!.OriginalString;
        var presentHtml = await facilitator.GetStringAsync(presentPath, stop);
        var code = Regex.Match(presentHtml, "id=\"join-code\">([A-Z0-9]+)<").Groups[1].Value;
        var facilitatorToken = Token(presentHtml);
        // The default sequence ends with an open question (index 6): every answer there can be a new text.
        for (var step = 0; step < 6; step++)
        {
            Expect(await facilitator.PostAsync($"{presentPath}?handler=Next", Form(facilitatorToken), stop), HttpStatusCode.Redirect, "next");
        }

        var clock = Stopwatch.StartNew();
        var phones = await JoinAsync(baseUri, code, count, stop, reconnect: true);
        var onQuestion = await Task.WhenAll(phones.Select(p => p.Channel.WaitForAsync(s => s.GetProperty("question").GetInt32() == 6, TimeSpan.FromSeconds(10), stop)));
        Console.WriteLine($"joined: {count} phones with open live channels in {clock.ElapsedMilliseconds} ms, {onQuestion.Count(s => s is not null)} on the open question");

        // Steady answers; each phone has one answer in flight at most, so its last acknowledged answer is well defined.
        var workers = Math.Min(32, count);
        var lastAcked = new string?[count];
        var unknownSince = new List<string>[count];
        for (var i = 0; i < count; i++)
        {
            unknownSince[i] = [];
        }
        var acked = 0;
        var unacked = 0;
        var latencies = new List<double>[workers];
        long killedAt = 0;
        var killer = Task.Run(async () =>
        {
            await Task.Delay(TimeSpan.FromSeconds(killAfter), stop);
            killedAt = Stopwatch.GetTimestamp();
            Process.GetProcessById(killPid).Kill();
            Console.WriteLine($"killed instance pid {killPid} (SIGKILL) after {killAfter:0.#} s of answers");
        }, stop);
        var until = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, workers).Select(async worker =>
        {
            latencies[worker] = [];
            for (var round = 0; until.Elapsed.TotalSeconds < seconds; round++)
            {
                for (var i = worker; i < count && until.Elapsed.TotalSeconds < seconds; i += workers)
                {
                    var value = $"p{i}-r{round}";
                    var started = Stopwatch.GetTimestamp();
                    bool ok;
                    try
                    {
                        var response = await phones[i].Client.PostAsync($"/w/{code}", Form(phones[i].Token, ("questionKey", OpenQuestion), ("Values", value)), stop);
                        ok = response.StatusCode == HttpStatusCode.Redirect;
                    }
                    catch (HttpRequestException)
                    {
                        ok = false;
                    }
                    latencies[worker].Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                    if (ok)
                    {
                        (lastAcked[i], unknownSince[i]) = (value, []);
                        Interlocked.Increment(ref acked);
                    }
                    else
                    {
                        // Sent, but no acknowledgement (the instance died under it): stored or not, both are right.
                        unknownSince[i].Add(value);
                        Interlocked.Increment(ref unacked);
                    }
                }
            }
        }));
        await killer;
        var sorted = latencies.SelectMany(l => l).Order().ToArray();
        Console.WriteLine($"answers: {acked} acknowledged, {unacked} not acknowledged (in flight at the kill) in {seconds} s = {acked / until.Elapsed.TotalSeconds:0}/s, " +
            $"p50 {Percentile(sorted, 0.5):0} ms, p99 {Percentile(sorted, 0.99):0} ms, max {sorted[^1]:0} ms");

        // Every channel that broke must be back with the room's state.
        var waited = Stopwatch.StartNew();
        while (phones.Any(p => p.Channel.Broken) && waited.Elapsed < TimeSpan.FromSeconds(10))
        {
            await Task.Delay(50, stop);
        }
        var reconnects = phones.SelectMany(p => p.Channel.Reconnects).ToList();
        var fromKill = reconnects.Select(r => Stopwatch.GetElapsedTime(killedAt, r.StateAt).TotalMilliseconds).Order().ToArray();
        var fromBreak = reconnects.Select(r => Stopwatch.GetElapsedTime(r.BrokeAt, r.StateAt).TotalMilliseconds).Order().ToArray();
        var stillBroken = phones.Count(p => p.Channel.Broken);
        Console.WriteLine($"live channels: {phones.Count(p => p.Channel.Reconnects.Count > 0)} of {count} broke with the killed instance, {stillBroken} still without state; " +
            (fromKill.Length > 0
                ? $"reconnected with the room's state p50 {Percentile(fromKill, 0.5):0} ms, p99 {Percentile(fromKill, 0.99):0} ms, max {fromKill[^1]:0} ms after the kill " +
                  $"(after the break: p50 {Percentile(fromBreak, 0.5):0}, max {fromBreak[^1]:0} ms; the server asks for retry: 1000)"
                : "none reconnected"));
        if (fromKill.Length == 0 || fromKill[^1] > 2000 || stillBroken > 0)
        {
            failures++;
        }

        // Sessions survive: the facilitator steps on through the surviving instance; every phone must follow.
        var pressed = Stopwatch.GetTimestamp();
        var next = await facilitator.PostAsync($"{presentPath}?handler=Next", Form(facilitatorToken), stop);
        Expect(next, HttpStatusCode.Redirect, "facilitator's next step after the kill");
        var follow = await Task.WhenAll(phones.Select(p => p.Channel.WaitForAsync(s => s.GetProperty("question").GetInt32() == 7, TimeSpan.FromSeconds(10), stop)));
        var followed = follow.Where(f => f is not null).Select(f => Stopwatch.GetElapsedTime(pressed, f!.Value.At).TotalMilliseconds).Order().ToArray();
        Console.WriteLine($"after the kill: the facilitator's session stepped on; {followed.Length} of {count} phones had the next item" +
            (followed.Length > 0 ? $", p50 {Percentile(followed, 0.5):0} ms, max {followed[^1]:0} ms after the key press" : ""));
        if (followed.Length != count)
        {
            failures++;
        }

        // One line per phone: nickname, last acknowledged answer, answers sent after it without acknowledgement.
        await File.WriteAllLinesAsync(expectedFile,
            Enumerable.Range(0, count).Select(i => $"Telefon {i}\t{lastAcked[i] ?? "-"}\t{string.Join('|', unknownSince[i])}"), stop);

        foreach (var phone in phones)
        {
            await phone.Channel.DisposeAsync();
        }
        Console.WriteLine(failures == 0 ? "load: no failures" : $"load: {failures} failures");
        return failures == 0 ? 0 : 1;
    }
}
