using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace NetzwerkCheck.Web.Infrastructure;

/// <summary>
/// Budgets of the anonymous forms, each its own, per client address and counting POSTs only: looking at a
/// page costs nothing, so a visitor who reloads the sign-in page is not locked out of signing in.
/// <list type="bullet">
/// <item><see cref="SignIn"/>: <c>RateLimits:SignInsPerMinute</c> (10).</item>
/// <item><see cref="Registration"/>: <c>RateLimits:RegistrationsPerMinute</c> (5).</item>
/// <item><see cref="PasswordReset"/> (request and reset forms): <c>RateLimits:PasswordResetsPerMinute</c> (5).</item>
/// <item><see cref="MailLinks"/> (address confirmation, reminders off): <c>RateLimits:MailLinksPerMinute</c> (10).</item>
/// <item><see cref="SurveyAnswers"/>: <c>RateLimits:SurveyAnswersPerMinute</c> (20) per survey and address:
/// members of one office share an address, and one busy survey does not spend another's budget.</item>
/// </list>
/// </summary>
public static class FormRateLimits
{
    public const string SignIn = "sign-in";
    public const string Registration = "registration";
    public const string PasswordReset = "password-reset";
    public const string SurveyAnswers = "survey-answers";
    public const string MailLinks = "mail-links";

    public static void AddFormPolicies(this RateLimiterOptions options, IConfiguration configuration)
    {
        Add(options, SignIn, configuration.GetValue("RateLimits:SignInsPerMinute", 10), Address);
        Add(options, Registration, configuration.GetValue("RateLimits:RegistrationsPerMinute", 5), Address);
        Add(options, PasswordReset, configuration.GetValue("RateLimits:PasswordResetsPerMinute", 5), Address);
        Add(options, MailLinks, configuration.GetValue("RateLimits:MailLinksPerMinute", 10), Address);
        Add(options, SurveyAnswers, configuration.GetValue("RateLimits:SurveyAnswersPerMinute", 20),
            context => $"{context.Request.RouteValues["token"]}|{Address(context)}");
    }

    /// <summary>A 429 says when to try again, in the header and on the page (the error page reads the header).</summary>
    public static ValueTask OnRejected(OnRejectedContext context, CancellationToken cancellationToken)
    {
        var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
        context.HttpContext.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        return ValueTask.CompletedTask;
    }

    private static void Add(RateLimiterOptions options, string policy, int perMinute, Func<HttpContext, string> partition) =>
        options.AddPolicy(policy, context =>
            HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method)
                ? RateLimitPartition.GetNoLimiter("view")
                : RateLimitPartition.GetFixedWindowLimiter(partition(context), _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = Math.Max(1, perMinute),
                    Window = TimeSpan.FromMinutes(1),
                }));

    private static string Address(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
}
