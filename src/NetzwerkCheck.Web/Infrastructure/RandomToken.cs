using System.Security.Cryptography;

namespace NetzwerkCheck.Web.Infrastructure;

/// <summary>
/// Secrets that are handed out but never stored as such: survey links, invitation links, the browser
/// token of respondents and workshop participants, and workshop salts are all <see cref="New"/>; what the
/// database keeps of a handed-out token is its <see cref="Hash"/>.
/// </summary>
public static class RandomToken
{
    /// <summary>256 random bits, URL-safe: far beyond guessing.</summary>
    public static string New() => Base64Url(RandomNumberGenerator.GetBytes(32));

    /// <summary>SHA-256 as upper-case hex: what is stored instead of a token.</summary>
    public static string Hash(string token) => Convert.ToHexString(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(token)));

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
