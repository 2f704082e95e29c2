using System.Security.Cryptography;

namespace NetzwerkCheck.Web.Pages.Surveys;

public static class SurveyToken
{
    /// <summary>256 random bits, URL-safe: far beyond guessing.</summary>
    public static string New() => Base64Url(RandomNumberGenerator.GetBytes(32));

    /// <summary>The respondent cookie's token is only ever stored as this hash.</summary>
    public static string Hash(string token) => Convert.ToHexString(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(token)));

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
