using Microsoft.AspNetCore.Http.Features;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;

namespace NetzwerkCheck.Web.Infrastructure.Telemetry;

/// <summary>
/// Metrics only, in Prometheus' text format at <c>/metrics</c> (<see cref="MetricsAccess"/> decides who may read
/// them): ASP.NET Core's own (requests, connections, rate limits), the runtime's (GC, memory, thread pool) and
/// the app's (<see cref="AppMetrics"/>). No tracing: nothing is recorded per request beyond what ASP.NET Core
/// measures anyway once someone listens. Labels are route templates, methods and status codes – never an id,
/// an address, a token or an answer.
/// </summary>
public static class TelemetrySetup
{
    public static void AddNetzwerkCheckTelemetry(this IServiceCollection services)
    {
        services.AddSingleton<MetricsAccess>();
        services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService("NetzwerkCheck"))
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddRuntimeInstrumentation()
                .AddMeter(AppMetrics.MeterName)
                .AddPrometheusExporter());
    }

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
