using System.Globalization;
using Serilog;

namespace NetzwerkCheck.Web.Infrastructure;

public static class LoggingSetup
{
    public static void AddNetzwerkCheckLogging(this WebApplicationBuilder builder)
    {
        var logFile = builder.Configuration["Logging:File"] ?? "logs/netzwerkcheck-.log";
        var logPath = Path.Combine(builder.Environment.ContentRootPath, logFile);
        builder.Services.AddSerilog((services, logger) => logger
            .ReadFrom.Configuration(builder.Configuration)
            .Enrich.FromLogContext()
            .WriteTo.Console(formatProvider: CultureInfo.InvariantCulture)
            .WriteTo.File(logPath, formatProvider: CultureInfo.InvariantCulture, rollingInterval: RollingInterval.Day, retainedFileCountLimit: 14));
    }
}
