namespace NetzwerkCheck.Web.Tests.Infrastructure;

/// <summary>The app with the anonymous-forms rate limit turned down to five requests a minute.</summary>
public sealed class StrictRateLimitFactory : NetzwerkCheckFactory
{
    protected override int AnonymousFormsPerMinute => 5;
}

/// <summary>The app with the password re-entry budget as shipped (ten a quarter of an hour).</summary>
public sealed class ShippedPasswordReentryFactory : NetzwerkCheckFactory
{
    protected override int PasswordReentriesPer15Minutes => 10;
}
