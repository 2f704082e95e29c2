namespace NetzwerkCheck.Web.Infrastructure;

/// <summary>
/// A browser that closes a page, a phone that leaves a workshop's live channel or loses its network: the
/// request's work is cancelled or its write fails. That is normal on the internet, so it ends the request
/// quietly (one debug line) instead of travelling up as an error with a stack trace. Sits inside the
/// request logging, which then records the request as an ordinary one.
/// </summary>
public sealed partial class ClientGoneMiddleware(RequestDelegate next, ILogger<ClientGoneMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context);
        }
        catch (Exception problem) when (IsClientGone(context, problem))
        {
            var path = LoggingSetup.MaskSecrets(context.Request.Path);
            LogClientGone(logger, context.Request.Method, path);
        }
    }

    public static bool IsClientGone(HttpContext context, Exception problem) =>
        context.RequestAborted.IsCancellationRequested && problem is OperationCanceledException or IOException;

    [LoggerMessage(Level = LogLevel.Debug, Message = "The client left during {Method} {Path}")]
    private static partial void LogClientGone(ILogger logger, string method, string path);
}
