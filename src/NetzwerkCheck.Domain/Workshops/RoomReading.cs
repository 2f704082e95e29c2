using System.Globalization;

namespace NetzwerkCheck.Domain.Workshops;

/// <summary>One option's answers: how many and which share of the people who answered the item.</summary>
public sealed record OptionShare(string Option, int Count, int Percent);

/// <summary>
/// How the room sees one item of a group assessment, in aggregate only: its median and how far the answers
/// scatter around it (ordinal scales), or the share of the room ticking each red flag (multiple choice), and
/// whether the room disagrees. Nothing of it may be shown before <see cref="Threshold"/> answers are in.
/// </summary>
public sealed record RoomReading(
    WorkshopQuestion Question,
    int Answers,
    int Threshold,
    IReadOnlyList<OptionShare> Shares,
    int? Median,
    int? OutsidePercent,
    bool Disagrees,
    string? Suggested)
{
    /// <summary>
    /// The room disagrees when at least this share of the answers lies more than one step from the median, or
    /// when a red flag is ticked by at least this share but no more than 100 minus it (the room is split on it).
    /// </summary>
    public const int DisagreementPercent = 30;

    /// <summary>The distribution, median and spread may be shown.</summary>
    public bool Shown => Answers >= Threshold;

    /// <summary>How many more answers the item needs before anything of it is shown.</summary>
    public int Missing => Math.Max(0, Threshold - Answers);

    public static RoomReading Of(WorkshopTally tally, int threshold)
    {
        ArgumentNullException.ThrowIfNull(tally);
        var question = tally.Question;
        var answers = tally.Respondents;
        var shares = tally.Counts.Select(c => new OptionShare(c.Option, c.Count, PercentOf(c.Count, answers))).ToList();
        if (answers == 0)
        {
            return new RoomReading(question, 0, threshold, shares, null, null, false, null);
        }
        switch (question.Kind)
        {
            case QuestionKind.Rating:
                // The scale's values in order, each repeated as often as it was chosen.
                var values = tally.Counts
                    .SelectMany(c => Enumerable.Repeat(int.Parse(c.Option, CultureInfo.InvariantCulture), c.Count))
                    .Order()
                    .ToList();
                // The lower middle value when the room splits evenly: a network has to convince the room.
                var median = values[(values.Count - 1) / 2];
                var outside = values.Count(v => Math.Abs(v - median) > 1);
                return new RoomReading(question, answers, threshold, shares, median, PercentOf(outside, answers),
                    outside * 100 >= DisagreementPercent * answers, median.ToString(CultureInfo.InvariantCulture));
            case QuestionKind.MultipleChoice:
                var flags = tally.Counts.Where(c => c.Option != WorkshopQuestions.NoneOption).ToList();
                var split = flags.Any(c => c.Count * 100 >= DisagreementPercent * answers && c.Count * 100 <= (100 - DisagreementPercent) * answers);
                // What at least half of the room ticked; "none" when no option reaches half.
                var majority = flags.Where(c => c.Count * 2 >= answers).Select(c => c.Option).ToList();
                var suggested = majority.Count > 0 ? string.Join(',', majority)
                    : question.Options.Contains(WorkshopQuestions.NoneOption) ? WorkshopQuestions.NoneOption : null;
                return new RoomReading(question, answers, threshold, shares, null, null, split, suggested);
            default:
                return new RoomReading(question, answers, threshold, shares, null, null, false, null);
        }
    }

    private static int PercentOf(int count, int total) =>
        total == 0 ? 0 : (int)Math.Round(count * 100.0 / total, MidpointRounding.AwayFromZero);
}
