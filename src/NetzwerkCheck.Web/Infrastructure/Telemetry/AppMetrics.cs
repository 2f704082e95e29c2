using System.Diagnostics.Metrics;

namespace NetzwerkCheck.Web.Infrastructure.Telemetry;

/// <summary>
/// The app's own instruments, beside ASP.NET Core's: what an operator watches during a workshop or a
/// survey. One meter for the whole app; exported with the rest (see the README's operations section).
/// </summary>
public sealed class AppMetrics : IDisposable
{
    public const string MeterName = "NetzwerkCheck";

    private readonly Meter meter;
    private readonly UpDownCounter<long> liveChannels;
    private readonly Counter<long> surveyAnswers;
    private readonly Counter<long> workshopAnswers;
    private readonly Histogram<double> writeGateWait;

    public AppMetrics(IMeterFactory meterFactory)
    {
        meter = meterFactory.Create(MeterName);
        liveChannels = meter.CreateUpDownCounter<long>("netzwerkcheck.live_channels", unit: "{channel}",
            description: "Open live channels (server-sent events) of projectors and phones.");
        surveyAnswers = meter.CreateCounter<long>("netzwerkcheck.survey_answers", unit: "{answer}",
            description: "Member survey answers stored.");
        workshopAnswers = meter.CreateCounter<long>("netzwerkcheck.workshop_answers", unit: "{answer}",
            description: "Workshop answers stored (first answers and changes).");
        writeGateWait = meter.CreateHistogram<double>("netzwerkcheck.write_gate.wait", unit: "s",
            description: "Time a write waited for the database's write gate.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.0001, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5] });
        // Shown from the first scrape on, not only after the first channel opened.
        liveChannels.Add(0);
    }

    public void LiveChannelOpened() => liveChannels.Add(1);

    public void LiveChannelClosed() => liveChannels.Add(-1);

    public void SurveyAnswerStored() => surveyAnswers.Add(1);

    public void WorkshopAnswerStored() => workshopAnswers.Add(1);

    public void WriteGateWaited(TimeSpan wait) => writeGateWait.Record(wait.TotalSeconds);

    public void Dispose() => meter.Dispose();
}
