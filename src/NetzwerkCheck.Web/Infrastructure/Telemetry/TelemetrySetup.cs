using Microsoft.AspNetCore.Http.Features;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;

namespace NetzwerkCheck.Web.Infrastructure.Telemetry;

/// <summary>
/// Metrics only, in Prometheus' text format at <c>/metrics</c> (<see cref="MetricsAccess"/> decides who may read
/// them): the app's (<see cref="AppMetrics"/>), the runtime's (GC, memory, thread pool, CPU) and those of ASP.NET
/// Core's meters an operator acts on. No tracing. Labels are route templates, methods, status codes and policy
/// names – never an id, an address, a token or an answer.
/// </summary>
public static class TelemetrySetup
{
    /// <summary>
    /// ASP.NET Core's and the runtime's built-in meters, listened to by name. Left out on purpose, because each
    /// would record on every request and says little here: routing's match attempts, authentication's and
    /// authorization's per-request timings and the memory pool's rents.
    /// </summary>
    private static readonly string[] BuiltInMeters =
    [
        "Microsoft.AspNetCore.Hosting", // http.server.request.duration, active requests
        "Microsoft.AspNetCore.Server.Kestrel", // connections
        "Microsoft.AspNetCore.RateLimiting", // leases and rejections per policy
        "Microsoft.AspNetCore.Identity", // sign-ins and their results
        "Microsoft.AspNetCore.Diagnostics", // exceptions the error handler caught
        "System.Runtime", // GC, memory, thread pool, CPU; read at scrape time
    ];

    public static void AddNetzwerkCheckTelemetry(this IServiceCollection services)
    {
        services.AddSingleton<MetricsAccess>();
        services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService("NetzwerkCheck"))
            .WithMetrics(metrics => metrics
                .AddMeter(AppMetrics.MeterName)
                .AddMeter(BuiltInMeters)
                .AddPrometheusExporter());
    }

    /// <summary>
    /// Builds the meter provider now instead of when the host starts: a meter created before it (the write gate's,
    /// during the migration at start-up) would otherwise never be exported.
    /// </summary>
    public static void StartMetrics(this WebApplication app) => app.Services.GetService<MeterProvider>();

    /// <summary>
    /// Answers the scrape before request logging (a scrape every 15 s is no news for the log), before the HTTPS
    /// check (Prometheus scrapes an instance directly, usually over http) and before the rate limits. Anyone
    /// <see cref="MetricsAccess"/> does not allow goes on through the pipeline and meets its 404.
    /// </summary>
    public static void UseNetzwerkCheckMetrics(this IApplicationBuilder app)
    {
        var access = app.ApplicationServices.GetRequiredService<MetricsAccess>();
        app.UseOpenTelemetryPrometheusScrapingEndpoint(
            meterProvider: null, predicate: access.Allows, path: null, configureBranchedPipeline: NotCounted, optionsName: null);
    }

    /// <summary>A scrape is not a request of the app's: it stays out of <c>http.server.request.duration</c>.</summary>
    private static void NotCounted(IApplicationBuilder scrape) =>
        scrape.Use((context, next) =>
        {
            if (context.Features.Get<IHttpMetricsTagsFeature>() is { } metrics)
            {
                metrics.MetricsDisabled = true;
            }
            return next(context);
        });
}
