namespace NetzwerkCheck.Web.Infrastructure;

/// <summary>
/// Absolute links that leave the app – survey links and their QR codes, workshop join links, calendar files,
/// reset mails – built from <c>App:PublicBaseUrl</c> (https://netzwerkcheck.example.org). Without it (development)
/// they use the request's scheme and host, which only a trusted proxy or AllowedHosts keeps honest: a forged Host
/// header would otherwise end up in a mail or on a projector.
/// </summary>
public sealed class PublicLinks
{
    private readonly Uri? _configured;

    public PublicLinks(IConfiguration configuration)
    {
        var value = configuration["App:PublicBaseUrl"];
        if (string.IsNullOrWhiteSpace(value))
        {
            return;
        }
        if (!Uri.TryCreate(value.TrimEnd('/') + "/", UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http") || uri.Query.Length > 0 || uri.Fragment.Length > 0)
        {
            throw new InvalidOperationException($"App:PublicBaseUrl must be an absolute http(s) address such as https://netzwerkcheck.example.org, not '{value}'.");
        }
        _configured = uri;
    }

    /// <summary>The configured host name (no port), or null when links follow the request.</summary>
    public string? ConfiguredHost => _configured?.Host;

    /// <summary>The configured address without a trailing slash, for mails written without a request (reminders).</summary>
    public string? ConfiguredBaseUrl => _configured?.AbsoluteUri.TrimEnd('/');

    /// <summary>Scheme, host and base path without a trailing slash.</summary>
    public string BaseUrl(HttpRequest request) =>
        _configured?.AbsoluteUri.TrimEnd('/') ?? $"{request.Scheme}://{request.Host}{request.PathBase}";

    /// <param name="path">Starts with a slash: <c>/w/ABC123</c>.</param>
    public string To(HttpRequest request, string path) => BaseUrl(request) + path;

    /// <summary>Host (and base path) without the scheme, as shown to people: <c>netzwerkcheck.example.org</c>.</summary>
    public string Shown(HttpRequest request)
    {
        var url = BaseUrl(request);
        return url[(url.IndexOf("://", StringComparison.Ordinal) + 3)..];
    }
}
