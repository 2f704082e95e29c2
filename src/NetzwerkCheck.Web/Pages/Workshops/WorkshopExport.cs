using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using NetzwerkCheck.Domain.Workshops;
using NetzwerkCheck.Web.Localization;

namespace NetzwerkCheck.Web.Pages.Workshops;

/// <summary>
/// A workshop's results in aggregate, for a spreadsheet (CSV) or another tool (JSON): per question the number
/// of answers, the count per option, the mean of a scale, and the open answers the facilitator showed. Never a
/// row per phone.
/// </summary>
public sealed record WorkshopExport(string Title, DateOnly Date, int Participants, IReadOnlyList<WorkshopExport.QuestionData> Questions)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter() },
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public sealed record QuestionData(
        int Number, string Key, string Text, QuestionKind Kind, int Respondents, double? Average,
        IReadOnlyList<OptionData> Options, IReadOnlyList<TextData> Texts);

    public sealed record OptionData(string Option, string Label, int Count);

    public sealed record TextData(string Text, int Count);

    /// <param name="hides">Items whose answers stay hidden (a group assessment's items below its threshold): their number of answers only.</param>
    public static WorkshopExport Of(Workshop workshop, int participants, IReadOnlyList<WorkshopTally> tallies, Func<WorkshopTally, bool> hides)
    {
        ArgumentNullException.ThrowIfNull(hides);
        ArgumentNullException.ThrowIfNull(workshop);
        ArgumentNullException.ThrowIfNull(tallies);
        return new(
            workshop.Title,
            DateOnly.FromDateTime(workshop.CreatedUtc),
            participants,
            [.. tallies.Select((t, i) => new QuestionData(
                i + 1,
                t.Question.Key,
                WorkshopTexts.Question(t.Question),
                t.Question.Kind,
                t.Respondents,
                !hides(t) && t.Average is double mean ? Math.Round(mean, 2) : null,
                hides(t) ? [] : [.. t.Counts.Select(c => new OptionData(c.Option, WorkshopTexts.Option(t.Question, c.Option), c.Count))],
                hides(t) ? [] : [.. t.Texts.Select(x => new TextData(x.Text, x.Count))]))]);
    }

    public byte[] ToJson() => JsonSerializer.SerializeToUtf8Bytes(this, Json);

    private static readonly string[] CsvHeaders = ["Nr.", "Frage", "Antworten", "Durchschnitt", "Antwort", "Anzahl"];

    /// <summary>One row per option or shown answer, so a spreadsheet can filter and chart it without reshaping.</summary>
    public byte[] ToCsv(IStringLocalizer localizer)
    {
        ArgumentNullException.ThrowIfNull(localizer);
        var headers = CsvHeaders.Select(h => localizer[h].Value).ToList();
        var rows = Questions.SelectMany(question =>
            (question.Kind == QuestionKind.OpenText
                ? question.Texts.Select(t => (t.Text, t.Count))
                : question.Options.Select(o => (Text: o.Label, o.Count)))
            .DefaultIfEmpty((Text: "", Count: 0))
            .Select(answer => (Question: question, Answer: answer.Text, answer.Count)));
        return SpreadsheetCsv.Write(headers, rows, row => [
            row.Question.Number, row.Question.Text, row.Question.Respondents,
            row.Question.Average?.ToString("0.00", CultureInfo.CurrentCulture) ?? "", row.Answer, row.Count]);
    }
}
