namespace NetzwerkCheck.Web.Infrastructure.Sessions;

/// <summary>
/// One signed-in browser. The sign-in cookie only carries <see cref="Id"/>; the cookie is valid while this
/// row exists and has neither reached <see cref="ExpiresUtc"/> nor been idle too long. No address is stored.
/// </summary>
public sealed class UserSession
{
    public const int IdLength = 43;
    public const int NameMaxLength = 40;

    public required string Id { get; init; }
    public required string UserId { get; init; }
    public DateTime CreatedUtc { get; init; }

    /// <summary>Updated at most every <see cref="UserSessionOptions.ActivityWriteInterval"/>, so a busy browser does not write on every request.</summary>
    public DateTime LastSeenUtc { get; set; }

    /// <summary>The absolute end, however active the browser is.</summary>
    public DateTime ExpiresUtc { get; init; }

    /// <summary>"Angemeldet bleiben": longer idle timeout and lifetime.</summary>
    public bool Remembered { get; init; }

    /// <summary>Coarse, from the User-Agent: "Firefox", "Chrome"; empty when unknown.</summary>
    public string Browser { get; init; } = "";

    /// <summary>Coarse, from the User-Agent: "Windows", "Android"; empty when unknown.</summary>
    public string Platform { get; init; } = "";
}
