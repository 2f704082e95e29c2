namespace NetzwerkCheck.Web.Tests.Infrastructure;

/// <summary>The app with the anonymous forms' budgets turned down to three POSTs a minute each.</summary>
public sealed class StrictRateLimitFactory : NetzwerkCheckFactory
{
    protected override int FormsPerMinute => 3;
}

/// <summary>The app with the password re-entry budget as shipped (ten a quarter of an hour).</summary>
public sealed class ShippedPasswordReentryFactory : NetzwerkCheckFactory
{
    protected override int PasswordReentriesPer15Minutes => 10;
}
