using System.Net;
using System.Text.RegularExpressions;

/// <summary>What every simulated browser of the load generator needs: its own cookie jar, forms with antiforgery tokens, percentiles.</summary>
internal static class Http
{
    /// <summary>A new account, registered and signed in, as the facilitator of a workshop.</summary>
    public static async Task<HttpClient> SignedInFacilitatorAsync(Uri baseUri, CancellationToken stop)
    {
        var facilitator = NewClient(baseUri);
        var password = "Lasttest-Passwort 2026";
        var email = $"bench-{Guid.NewGuid():N}@example.org";
        var registered = await PostFormAsync(facilitator, "/Account/Register",
            [("Input.Email", email), ("Input.Password", password), ("Input.ConfirmPassword", password)], stop);
        Expect(registered, HttpStatusCode.Redirect, "register");
        var signedIn = await PostFormAsync(facilitator, "/Account/Login", [("Input.Email", email), ("Input.Password", password)], stop);
        Expect(signedIn, HttpStatusCode.Redirect, "sign in");
        return facilitator;
    }

    /// <summary><paramref name="count"/> phones, each with its own cookie jar, join the workshop and open their live channels.</summary>
    public static async Task<Phone[]> JoinAsync(Uri baseUri, string code, int count, CancellationToken stop, bool reconnect = false) =>
        await Task.WhenAll(Enumerable.Range(0, count).Select(async i =>
        {
            var client = NewClient(baseUri);
            var joined = await PostFormAsync(client, "/w", [("Input.Code", code), ("Input.Nickname", $"Telefon {i}")], stop);
            Expect(joined, HttpStatusCode.Redirect, $"join {i}");
            var token = Token(await client.GetStringAsync($"/w/{code}", stop));
            var channel = await LiveChannel.OpenAsync(client, $"/w/{code}/events", stop, reconnect);
            return new Phone(client, token, channel);
        }));

    public static double Percentile(double[] sorted, double p) => sorted[Math.Clamp((int)Math.Ceiling(sorted.Length * p) - 1, 0, sorted.Length - 1)];

    public static HttpClient NewClient(Uri baseUri) => new(new SocketsHttpHandler
    {
        CookieContainer = new CookieContainer(),
        AllowAutoRedirect = false,
        // One connection for the live channel, one for requests: like a phone's browser.
        MaxConnectionsPerServer = 2,
    })
    { BaseAddress = baseUri, Timeout = TimeSpan.FromSeconds(60) };

    public static void Expect(HttpResponseMessage response, HttpStatusCode status, string what)
    {
        if (response.StatusCode != status)
        {
            throw new InvalidOperationException($"{what}: HTTP {(int)response.StatusCode}");
        }
    }

    public static string Token(string html) => Regex.Match(html, "name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"").Groups[1].Value;

    public static FormUrlEncodedContent Form(string token, params (string Key, string Value)[] fields) =>
        new([new("__RequestVerificationToken", token), .. fields.Select(f => new KeyValuePair<string, string>(f.Key, f.Value))]);

    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string path, (string, string)[] fields, CancellationToken stop, string? handler = null)
    {
        var token = Token(await client.GetStringAsync(path, stop));
        return await client.PostAsync(handler is null ? path : $"{path}?handler={handler}", Form(token, fields), stop);
    }
}
