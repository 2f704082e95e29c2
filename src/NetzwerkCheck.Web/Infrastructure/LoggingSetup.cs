using System.Globalization;
using NetzwerkCheck.Web.Infrastructure.Health;
using Serilog;
using Serilog.Events;

namespace NetzwerkCheck.Web.Infrastructure;

/// <summary>
/// Serilog to the console and a daily rolling file. Only request lines and our own structured events
/// are written: no form values, so no passwords, notes or survey answers.
/// </summary>
public static class LoggingSetup
{
    public static void AddNetzwerkCheckLogging(this WebApplicationBuilder builder)
    {
        var logFile = builder.Configuration["Logging:File"] ?? "logs/netzwerkcheck-.log";
        var logger = new LoggerConfiguration()
            .MinimumLevel.Information()
            .MinimumLevel.Override("Microsoft.AspNetCore", LogEventLevel.Warning)
            .MinimumLevel.Override("Microsoft.EntityFrameworkCore", LogEventLevel.Warning)
            .ReadFrom.Configuration(builder.Configuration)
            .Enrich.FromLogContext()
            .Filter.ByExcluding(IsGarbageAntiforgeryToken)
            // Written on a background thread: a request never waits for the console or the disk.
            .WriteTo.Async(sinks => sinks
                .Console(formatProvider: CultureInfo.InvariantCulture)
                .WriteTo.File(
                    Path.Combine(builder.Environment.ContentRootPath, logFile),
                    formatProvider: CultureInfo.InvariantCulture,
                    rollingInterval: RollingInterval.Day,
                    retainedFileCountLimit: 14))
            .CreateLogger();
        // Each host keeps its own logger (tests run several hosts in one process).
        builder.Services.AddSerilog(logger, dispose: true);
        builder.Services.AddSingleton<Serilog.ILogger>(logger);
    }

    public static void UseNetzwerkCheckRequestLogging(this WebApplication app) =>
        app.UseSerilogRequestLogging(options =>
        {
            options.Logger = app.Services.GetRequiredService<Serilog.ILogger>();
            // A probe every few seconds is no news while it passes (the plain /health stays logged: the benchmark's baseline).
            options.GetLevel = (context, _, problem) => problem is not null || context.Response.StatusCode >= 500 ? LogEventLevel.Error
                : HealthSetup.IsProbe(context.Request.Path) ? LogEventLevel.Debug
                : LogEventLevel.Information;
            // Survey and shared-report links are secrets: the log keeps that one was used, not which one.
            options.GetMessageTemplateProperties = (context, path, elapsed, status) =>
            [
                new LogEventProperty("RequestMethod", new ScalarValue(context.Request.Method)),
                new LogEventProperty("RequestPath", new ScalarValue(MaskSecrets(path))),
                new LogEventProperty("StatusCode", new ScalarValue(status)),
                new LogEventProperty("Elapsed", new ScalarValue(elapsed)),
            ];
        });

    /// <summary>
    /// A cookie or form token that is not one of ours (an old key, a bot, a tampered cookie) is the client's
    /// problem: the request answers 400 and its request line says so. ASP.NET Core would add an error with
    /// a stack trace for each one.
    /// </summary>
    public static bool IsGarbageAntiforgeryToken(LogEvent logEvent) =>
        logEvent.Exception is Microsoft.AspNetCore.Antiforgery.AntiforgeryValidationException
        && logEvent.Properties.TryGetValue("SourceContext", out var source)
        && source is ScalarValue { Value: "Microsoft.AspNetCore.Antiforgery.DefaultAntiforgery" };

    public static string MaskSecrets(string path) =>
        path.StartsWith("/umfrage/", StringComparison.OrdinalIgnoreCase) ? "/umfrage/…"
        : path.StartsWith(SharedReportLink.PathPrefix + "/", StringComparison.OrdinalIgnoreCase) ? SharedReportLink.PathPrefix + "/…"
        : path;
}
