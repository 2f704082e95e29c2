using System.Globalization;
using NetzwerkCheck.Domain.Assessments;

namespace NetzwerkCheck.Domain.Workshops;

public enum QuestionKind
{
    SingleChoice,
    MultipleChoice,
    Rating,
    OpenText,

    /// <summary>A slide for the room, not a question: phones show "look at the projector" and take no answer.</summary>
    Debrief,
}

/// <summary>
/// One item a workshop's phones answer. Built-in items are worded by their <see cref="Key"/> in the app's
/// languages; a facilitator's own question carries its <see cref="Text"/> and options as typed.
/// </summary>
/// <param name="ExclusiveOption">For multiple choice: the option that can only be chosen alone (e.g. "vorerst nichts").</param>
public sealed record WorkshopQuestion(string Key, QuestionKind Kind, IReadOnlyList<string> Options, string? Text = null, string? ExclusiveOption = null)
{
    public bool IsOwn => Text is not null;
}

/// <summary>The built-in sequences and what an answer to any workshop question may be.</summary>
public static class WorkshopQuestions
{
    public const int OpenTextMaxLength = 300;
    public const string StyleKey = "style";
    public const string ContributionsKey = "contributions";
    public const string DebriefKey = "debrief";

    /// <summary>The style question's options and the style each one stands for.</summary>
    public static IReadOnlyList<(string Option, NetworkerStyle Style)> StyleOptions { get; } =
    [
        ("hunter", NetworkerStyle.Hunter),
        ("gatherer", NetworkerStyle.Gatherer),
    ];

    /// <summary>The options of "Was bringen Sie ein?": the check's contributions, worded for a room.</summary>
    public static IReadOnlyList<(string Option, Contribution Contribution)> ContributionOptions { get; } =
    [
        ("knowledge", Contribution.KnowledgeOrTalks),
        ("referrals", Contribution.ReferralsForOthers),
        ("organising", Contribution.HelpOrganising),
        ("introductions", Contribution.IntroductionsToContacts),
        ("nothing-yet", Contribution.NothingYet),
    ];
    public static readonly IReadOnlyList<string> RatingOptions = [.. RatingScale.Values.Select(v => v.ToString(CultureInfo.InvariantCulture))];

    /// <summary>The agreement scale of the classification statements, 0 (does not apply) to 4 (fully applies).</summary>
    public static readonly IReadOnlyList<string> AgreementOptions =
        [.. Enumerable.Range(ClassificationQuestions.MinAnswer, ClassificationQuestions.MaxAnswer - ClassificationQuestions.MinAnswer + 1).Select(v => v.ToString(CultureInfo.InvariantCulture))];

    /// <summary>The red-flag item's "none of these": its <see cref="WorkshopQuestion.ExclusiveOption"/>.</summary>
    public const string NoneOption = "none";

    /// <summary>The key of the red-flag item of a group assessment.</summary>
    public const string RedFlagsKey = "red-flags";

    /// <summary>The sequence of a "Herausforderung Netzwerken" workshop.</summary>
    public static IReadOnlyList<WorkshopQuestion> Challenge { get; } =
    [
        new(StyleKey, QuestionKind.SingleChoice, [.. StyleOptions.Select(o => o.Option)]),
        new("network-kinds", QuestionKind.MultipleChoice, ["knowledge", "service", "referral"]),
        new("conduct", QuestionKind.Rating, RatingOptions),
        new("size", QuestionKind.Rating, RatingOptions),
        new("member-interviews", QuestionKind.Rating, RatingOptions),
        new("trial-period", QuestionKind.Rating, RatingOptions),
        new("tip", QuestionKind.OpenText, []),
        new(ContributionsKey, QuestionKind.MultipleChoice, [.. ContributionOptions.Select(o => o.Option)], ExclusiveOption: "nothing-yet"),
        new(DebriefKey, QuestionKind.Debrief, []),
    ];

    /// <summary>
    /// The sequence of "Netzwerk gemeinsam bewerten": the check's six statements on the core idea, its five criteria
    /// and its red flags, each keyed like the check, so the agreed values fill an assessment one to one.
    /// </summary>
    public static IReadOnlyList<WorkshopQuestion> NetworkAssessment { get; } =
    [
        .. ClassificationQuestions.All.Select(c => new WorkshopQuestion(c.Key, QuestionKind.Rating, AgreementOptions)),
        .. Enum.GetValues<Criterion>().Select(c => new WorkshopQuestion(GroupAssessment.KeyOf(c), QuestionKind.Rating, RatingOptions)),
        new(RedFlagsKey, QuestionKind.MultipleChoice, [.. Enum.GetValues<RedFlag>().Select(f => f.ToString()), NoneOption], ExclusiveOption: NoneOption),
    ];

    /// <summary>The built-in sequence a new workshop of <paramref name="kind"/> starts with.</summary>
    public static IReadOnlyList<WorkshopQuestion> For(WorkshopKind kind) => kind switch
    {
        WorkshopKind.NetworkAssessment => NetworkAssessment,
        _ => Challenge,
    };

    /// <summary>The exclusive option ("vorerst nichts") was chosen together with another one.</summary>
    public static bool IsExclusiveCombined(WorkshopQuestion question, IReadOnlyCollection<string?> values)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(values);
        return question.ExclusiveOption is { } exclusive && values.Contains(exclusive) && values.Distinct().Count() > 1;
    }

    /// <summary>
    /// The stored form of an answer, or null when it does not fit the question: one known option, a
    /// set of known options joined by commas, or a trimmed text of limited length.
    /// </summary>
    public static string? Normalize(WorkshopQuestion question, IReadOnlyCollection<string?> values)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(values);
        switch (question.Kind)
        {
            case QuestionKind.SingleChoice or QuestionKind.Rating:
                return values.Count == 1 && question.Options.Contains(values.First()) ? values.First() : null;
            case QuestionKind.MultipleChoice:
                var chosen = values.Distinct().ToList();
                return chosen.Count > 0 && chosen.All(c => c is not null && question.Options.Contains(c)) && !IsExclusiveCombined(question, chosen)
                    ? string.Join(',', question.Options.Where(chosen.Contains))
                    : null;
            case QuestionKind.Debrief:
                return null;
            default:
                // An empty field arrives as null (model binding turns empty and blank text into null).
                var text = values.Count == 1 ? values.First()?.Trim() ?? "" : "";
                return text.Length is > 0 and <= OpenTextMaxLength ? text : null;
        }
    }
}
