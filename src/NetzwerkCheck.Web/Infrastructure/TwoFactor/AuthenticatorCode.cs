namespace NetzwerkCheck.Web.Infrastructure.TwoFactor;

/// <summary>The six digits an authenticator app shows (RFC 6238, 30-second steps) – anything else typed into the code field is taken for a recovery code.</summary>
public static class AuthenticatorCode
{
    public const int Digits = 6;

    /// <summary>Where Identity's user store keeps the app's key (as an authentication token).</summary>
    public const string StoreProvider = "[AspNetUserStore]";
    public const string StoreName = "AuthenticatorKey";

    public static bool IsShapedLike(string code) => code.Length == Digits && code.All(char.IsAsciiDigit);

    /// <summary>The key as an app shows it for typing in: groups of four, lower case.</summary>
    public static string Readable(string key) =>
        string.Join(' ', key.ToLowerInvariant().Chunk(4).Select(chunk => new string(chunk)));

    /// <summary>The otpauth address the QR code carries (Google's key-uri format, understood by every common app).</summary>
    public static string Uri(string issuer, string account, string key) =>
        $"otpauth://totp/{System.Uri.EscapeDataString(issuer)}:{System.Uri.EscapeDataString(account)}?secret={key}&issuer={System.Uri.EscapeDataString(issuer)}&digits={Digits}";
}
