namespace NetzwerkCheck.Web.Infrastructure.Sessions;

/// <summary>The section <c>Sessions</c> of the configuration (README, "Security in short").</summary>
public sealed class UserSessionOptions
{
    /// <summary>Longest a sign-in lasts without "Angemeldet bleiben", however active.</summary>
    public TimeSpan Lifetime { get; set; } = TimeSpan.FromHours(12);

    /// <summary>Longest a sign-in with "Angemeldet bleiben" lasts, however active.</summary>
    public TimeSpan RememberedLifetime { get; set; } = TimeSpan.FromDays(30);

    /// <summary>A sign-in without "Angemeldet bleiben" ends after this long without a request.</summary>
    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromHours(8);

    /// <summary>A sign-in with "Angemeldet bleiben" ends after this long without a request.</summary>
    public TimeSpan RememberedIdleTimeout { get; set; } = TimeSpan.FromDays(14);

    /// <summary>
    /// The last activity is written at most this often: SQLite has one writer, and every page view writing a
    /// row would queue behind real changes. The idle timeout is therefore exact only to within this interval.
    /// </summary>
    public TimeSpan ActivityWriteInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// How long one instance trusts a session it found good before asking the database again. Sessions ended on
    /// this instance end at once; one ended on another instance ends here within this time. Zero: every request asks.
    /// </summary>
    public TimeSpan RecheckAfter { get; set; } = TimeSpan.FromSeconds(3);

    public TimeSpan LifetimeOf(bool remembered) => remembered ? RememberedLifetime : Lifetime;

    public TimeSpan IdleTimeoutOf(bool remembered) => remembered ? RememberedIdleTimeout : IdleTimeout;
}
