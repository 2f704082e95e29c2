using System.Globalization;
using System.Text;
using NetzwerkCheck.Web.Localization;

namespace NetzwerkCheck.Web.Pages.Networks;

/// <summary>An iCalendar (RFC 5545) all-day event on the trial's planned end, with a reminder a week before.</summary>
public static class TrialCalendar
{
    public static string ForEnd(int networkId, string networkName, TrialPeriod period, DateTime nowUtc, string detailsUrl)
    {
        var l = StaticText.For(typeof(TrialCalendar));
        var end = period.PlannedEnd;
        var lines = new[]
        {
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//NetzwerkCheck//Probezeit//DE",
            "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH",
            "BEGIN:VEVENT",
            $"UID:trial-end-{networkId}-{end:yyyyMMdd}@netzwerkcheck",
            $"DTSTAMP:{nowUtc.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture)}",
            $"DTSTART;VALUE=DATE:{end.ToString("yyyyMMdd", CultureInfo.InvariantCulture)}",
            $"DTEND;VALUE=DATE:{end.AddDays(1).ToString("yyyyMMdd", CultureInfo.InvariantCulture)}",
            $"SUMMARY:{Escape(l["Probezeit endet: {0}", networkName])}",
            $"DESCRIPTION:{Escape(l["Die Probezeit bei {0} endet heute. Zeit für eine ehrliche Bewertung: {1}", networkName, detailsUrl])}",
            $"URL:{detailsUrl}",
            "BEGIN:VALARM",
            "ACTION:DISPLAY",
            "TRIGGER:-P7D",
            $"DESCRIPTION:{Escape(l["In einer Woche endet die Probezeit bei {0}.", networkName])}",
            "END:VALARM",
            "END:VEVENT",
            "END:VCALENDAR",
        };
        var builder = new StringBuilder();
        foreach (var line in lines)
        {
            builder.Append(Fold(line)).Append("\r\n");
        }
        return builder.ToString();
    }

    private static string Escape(string text) => text
        .Replace("\\", "\\\\", StringComparison.Ordinal)
        .Replace(";", "\\;", StringComparison.Ordinal)
        .Replace(",", "\\,", StringComparison.Ordinal)
        .Replace("\r", "", StringComparison.Ordinal)
        .Replace("\n", "\\n", StringComparison.Ordinal);

    // Lines longer than 75 octets are folded: CRLF followed by a space (RFC 5545, 3.1).
    private static string Fold(string line)
    {
        var bytes = Encoding.UTF8.GetByteCount(line);
        if (bytes <= 75)
        {
            return line;
        }
        var result = new StringBuilder();
        var current = 0;
        var limit = 75;
        foreach (var rune in line.EnumerateRunes())
        {
            var size = rune.Utf8SequenceLength;
            if (current + size > limit)
            {
                result.Append("\r\n ");
                current = 0;
                limit = 74;
            }
            result.Append(rune.ToString());
            current += size;
        }
        return result.ToString();
    }
}
