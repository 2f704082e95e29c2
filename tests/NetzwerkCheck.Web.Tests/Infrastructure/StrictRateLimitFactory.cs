namespace NetzwerkCheck.Web.Tests.Infrastructure;

/// <summary>The app with the anonymous-forms rate limit turned down to five requests a minute.</summary>
public sealed class StrictRateLimitFactory : NetzwerkCheckFactory
{
    protected override int AnonymousFormsPerMinute => 5;
}
