namespace NetzwerkCheck.Domain.Workshops;

public enum OwnQuestionProblem
{
    TextMissing,
    TextTooLong,
    KindNotOffered,
    TooFewOptions,
    TooManyOptions,
    OptionTooLong,
    OptionsRepeat,
    SequenceFull,
}

/// <summary>
/// What a facilitator may add to a workshop's sequence before it starts: a question of their own as single
/// choice, on the 1–5 scale, or as open text. The sequence itself is changed by <see cref="Workshop"/>.
/// </summary>
public static class OwnQuestions
{
    public const int TextMaxLength = 160;
    public const int OptionMaxLength = 60;
    public const int MinOptions = 2;
    public const int MaxOptions = 8;

    /// <summary>A workshop runs at most this many items: a morning's worth, and a projector list that stays readable.</summary>
    public const int MaxSequenceLength = 30;

    public static IReadOnlyList<QuestionKind> OfferedKinds { get; } = [QuestionKind.SingleChoice, QuestionKind.Rating, QuestionKind.OpenText];

    /// <summary>
    /// The question for <paramref name="workshop"/>'s next own item, or the first problem with the input. Options
    /// (one per line) count for single choice only; blank lines are ignored, repeats are refused.
    /// </summary>
    public static (WorkshopQuestion? Question, OwnQuestionProblem? Problem) Build(Workshop workshop, QuestionKind kind, string? text, string? optionLines)
    {
        ArgumentNullException.ThrowIfNull(workshop);
        var wording = (text ?? "").Trim();
        if (workshop.Questions.Count >= MaxSequenceLength)
        {
            return (null, OwnQuestionProblem.SequenceFull);
        }
        if (!OfferedKinds.Contains(kind))
        {
            return (null, OwnQuestionProblem.KindNotOffered);
        }
        if (wording.Length == 0)
        {
            return (null, OwnQuestionProblem.TextMissing);
        }
        if (wording.Length > TextMaxLength)
        {
            return (null, OwnQuestionProblem.TextTooLong);
        }
        IReadOnlyList<string> options = kind switch
        {
            QuestionKind.Rating => WorkshopQuestions.RatingOptions,
            QuestionKind.SingleChoice => [.. (optionLines ?? "").Split('\n').Select(o => o.Trim()).Where(o => o.Length > 0)],
            _ => [],
        };
        if (kind == QuestionKind.SingleChoice)
        {
            OwnQuestionProblem? problem = options.Count < MinOptions ? OwnQuestionProblem.TooFewOptions
                : options.Count > MaxOptions ? OwnQuestionProblem.TooManyOptions
                : options.Any(o => o.Length > OptionMaxLength) ? OwnQuestionProblem.OptionTooLong
                : options.Distinct(StringComparer.CurrentCultureIgnoreCase).Count() != options.Count ? OwnQuestionProblem.OptionsRepeat
                : null;
            if (problem is not null)
            {
                return (null, problem);
            }
        }
        return (new WorkshopQuestion(NextKey(workshop), kind, options, wording), null);
    }

    // Own keys are never those of built-in items, and unique within the workshop.
    private static string NextKey(Workshop workshop)
    {
        var used = workshop.Questions
            .Select(q => q.Key.StartsWith("own-", StringComparison.Ordinal) && int.TryParse(q.Key.AsSpan(4), out var n) ? n : 0)
            .DefaultIfEmpty(0)
            .Max();
        return $"own-{used + 1}";
    }
}
