using System.Globalization;

namespace NetzwerkCheck.Domain.Workshops;

/// <summary>How one phone's answer to an item stands against the value the room agreed on.</summary>
public enum ComparisonState
{
    /// <summary>The same value, or the same red flags.</summary>
    Same,

    /// <summary>One step apart on the scale: the same reading in other words.</summary>
    Close,

    /// <summary>More than one step apart, or other red flags: here this person sees the network differently.</summary>
    Differs,

    /// <summary>This phone gave no answer to the item.</summary>
    NotAnswered,

    /// <summary>The facilitator set no value for the item.</summary>
    LeftOpen,
}

/// <summary>One item: this phone's answer, the room's agreed value (both as option values) and how they stand.</summary>
public sealed record ComparisonRow(WorkshopQuestion Question, IReadOnlyList<string> Mine, IReadOnlyList<string> Agreed, ComparisonState State);

/// <summary>
/// The take-home of a group assessment: each participant's own answers next to the values the room agreed on.
/// The article's point that people inside a network see its core idea differently becomes personal here: where
/// someone's view lies more than one step from the room's (the same measure as the projector's spread), it is
/// marked, as a reason to talk about it rather than as an error.
/// </summary>
public static class RoomComparison
{
    /// <summary>Every group assessment offers it, once closed.</summary>
    public static bool IsOfferedBy(Workshop workshop)
    {
        ArgumentNullException.ThrowIfNull(workshop);
        return workshop.Kind == WorkshopKind.NetworkAssessment;
    }

    public static IReadOnlyList<ComparisonRow> For(
        IEnumerable<WorkshopQuestion> questions, IReadOnlyDictionary<string, string> mine, IReadOnlyDictionary<string, string> agreed)
    {
        ArgumentNullException.ThrowIfNull(questions);
        ArgumentNullException.ThrowIfNull(mine);
        ArgumentNullException.ThrowIfNull(agreed);
        return questions
            .Where(q => q.Kind is QuestionKind.Rating or QuestionKind.MultipleChoice or QuestionKind.SingleChoice)
            .Select(q => Row(q, Values(q, mine), Values(q, agreed)))
            .ToList();
    }

    /// <summary>How many items this person sees clearly differently from the room.</summary>
    public static int DiffersCount(IEnumerable<ComparisonRow> rows) => rows.Count(r => r.State == ComparisonState.Differs);

    private static ComparisonRow Row(WorkshopQuestion question, string[] mine, string[] agreed)
    {
        ComparisonState state;
        if (mine.Length == 0)
        {
            state = ComparisonState.NotAnswered;
        }
        else if (agreed.Length == 0)
        {
            state = ComparisonState.LeftOpen;
        }
        else if (question.Kind == QuestionKind.Rating)
        {
            var distance = Math.Abs(int.Parse(mine[0], CultureInfo.InvariantCulture) - int.Parse(agreed[0], CultureInfo.InvariantCulture));
            state = distance switch { 0 => ComparisonState.Same, 1 => ComparisonState.Close, _ => ComparisonState.Differs };
        }
        else
        {
            state = mine.Order(StringComparer.Ordinal).SequenceEqual(agreed.Order(StringComparer.Ordinal)) ? ComparisonState.Same : ComparisonState.Differs;
        }
        return new ComparisonRow(question, mine, agreed, state);
    }

    /// <summary>The stored values that still fit the item, in the item's order; anything else counts as no answer.</summary>
    private static string[] Values(WorkshopQuestion question, IReadOnlyDictionary<string, string> stored) =>
        stored.TryGetValue(question.Key, out var value) && WorkshopQuestions.Normalize(question, value.Split(',')) is { } normalized
            ? normalized.Split(',')
            : [];
}
