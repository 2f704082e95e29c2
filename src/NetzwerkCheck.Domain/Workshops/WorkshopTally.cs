namespace NetzwerkCheck.Domain.Workshops;

/// <summary>
/// The room's answers to one question, in aggregate only: counts per option, a mean for ratings, and for open
/// text the answers the facilitator has shown (<see cref="AnswerReview.Shown"/>), identical ones counted together.
/// </summary>
public sealed record WorkshopTally(
    WorkshopQuestion Question,
    int Respondents,
    IReadOnlyList<(string Option, int Count)> Counts,
    double? Average,
    IReadOnlyList<(string Text, int Count)> Texts,
    int Unreviewed)
{
    public int MaxCount => Counts.Count == 0 ? 0 : Counts.Max(c => c.Count);

    /// <summary>
    /// <paramref name="values"/> are every stored answer; <paramref name="shownTexts"/> the open-text answers
    /// the facilitator released (none when omitted, so a caller never shows unreviewed text by accident).
    /// </summary>
    public static WorkshopTally For(
        WorkshopQuestion question,
        IReadOnlyCollection<string> values,
        IReadOnlyCollection<string>? shownTexts = null,
        int unreviewed = 0)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(values);
        var chosen = values.SelectMany(v => question.Kind == QuestionKind.MultipleChoice ? v.Split(',') : [v]).ToList();
        var counts = question.Options.Select(o => (o, chosen.Count(c => c == o))).ToList();
        double? average = question.Kind == QuestionKind.Rating && values.Count > 0
            ? values.Average(v => int.Parse(v, System.Globalization.CultureInfo.InvariantCulture))
            : null;
        var texts = question.Kind == QuestionKind.OpenText ? Group(shownTexts ?? []) : [];
        return new WorkshopTally(question, values.Count, counts, average, texts, question.Kind == QuestionKind.OpenText ? unreviewed : 0);
    }

    /// <summary>Same wording up to case and spacing counts as one answer; the most frequent first, then alphabetical.</summary>
    private static List<(string Text, int Count)> Group(IEnumerable<string> texts) =>
        [.. texts
            .Select(t => string.Join(' ', t.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)))
            .GroupBy(t => t, StringComparer.CurrentCultureIgnoreCase)
            .Select(g => (Text: g.Order(StringComparer.CurrentCulture).First(), Count: g.Count()))
            .OrderByDescending(g => g.Count).ThenBy(g => g.Text, StringComparer.CurrentCulture)];
}
