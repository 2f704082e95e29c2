using System.Net;
using System.Security.Cryptography;
using System.Text;

namespace NetzwerkCheck.Web.Infrastructure.Telemetry;

/// <summary>
/// Who may read <c>/metrics</c>: a client in <c>Metrics:AllowedNetworks</c> (CIDR; loopback by default) or one
/// that sends <c>Authorization: Bearer</c> with <c>Metrics:Token</c> (none by default). Everyone else gets the
/// app's ordinary 404, as for any unknown path.
/// The address is the one UseForwardedHeaders leaves: behind a trusted proxy the real client's. A request
/// that still carries a forwarding header came through a proxy the app does not trust (or more hops than it
/// trusts); its address is the proxy's, which says nothing about the client, so it counts for nothing –
/// otherwise a proxy on the same machine would hand every visitor the loopback's permission.
/// </summary>
public sealed class MetricsAccess
{
    public const string Path = "/metrics";

    private static readonly string[] LoopbackOnly = ["127.0.0.1/32", "::1/128"];

    private readonly IPNetwork[] networks;
    private readonly byte[]? tokenHash;

    public MetricsAccess(IConfiguration configuration)
    {
        var section = configuration.GetSection("Metrics");
        var configured = section.GetSection("AllowedNetworks").Get<string[]>();
        networks = [.. (configured ?? LoopbackOnly).Select(IPNetwork.Parse)];
        var token = section["Token"];
        tokenHash = string.IsNullOrWhiteSpace(token) ? null : Hash(token.Trim());
    }

    public bool Allows(HttpContext context) =>
        context.Request.Path.Equals(Path, StringComparison.OrdinalIgnoreCase)
        && (FromAllowedNetwork(context) || HasToken(context.Request));

    private bool FromAllowedNetwork(HttpContext context)
    {
        var headers = context.Request.Headers;
        if (headers.ContainsKey("X-Forwarded-For") || headers.ContainsKey("Forwarded"))
        {
            return false;
        }
        var address = context.Connection.RemoteIpAddress;
        if (address is null)
        {
            return false;
        }
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }
        return networks.Any(network => network.Contains(address));
    }

    private bool HasToken(HttpRequest request)
    {
        const string scheme = "Bearer ";
        var authorization = request.Headers.Authorization.ToString();
        if (tokenHash is null || !authorization.StartsWith(scheme, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        // Hashes of equal length, compared in constant time: the answer's timing tells nothing about the token.
        return CryptographicOperations.FixedTimeEquals(Hash(authorization[scheme.Length..].Trim()), tokenHash);
    }

    private static byte[] Hash(string token) => SHA256.HashData(Encoding.UTF8.GetBytes(token));
}
