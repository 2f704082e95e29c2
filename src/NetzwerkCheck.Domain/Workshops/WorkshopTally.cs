namespace NetzwerkCheck.Domain.Workshops;

/// <summary>The room's answers to one question, in aggregate only: counts per option, a mean for ratings, texts without names.</summary>
public sealed record WorkshopTally(
    WorkshopQuestion Question,
    int Respondents,
    IReadOnlyList<(string Option, int Count)> Counts,
    double? Average,
    IReadOnlyList<string> Texts)
{
    public int MaxCount => Counts.Count == 0 ? 0 : Counts.Max(c => c.Count);

    public static WorkshopTally For(WorkshopQuestion question, IReadOnlyCollection<string> values)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(values);
        var chosen = values.SelectMany(v => question.Kind == QuestionKind.MultipleChoice ? v.Split(',') : [v]).ToList();
        var counts = question.Options.Select(o => (o, chosen.Count(c => c == o))).ToList();
        double? average = question.Kind == QuestionKind.Rating && values.Count > 0
            ? values.Average(v => int.Parse(v, System.Globalization.CultureInfo.InvariantCulture))
            : null;
        var texts = question.Kind == QuestionKind.OpenText ? values.Order(StringComparer.CurrentCulture).ToList() : [];
        return new WorkshopTally(question, values.Count, counts, average, texts);
    }
}
