using NetzwerkCheck.Domain.Assessments;

namespace NetzwerkCheck.Domain.Workshops;

/// <summary>
/// The debrief slide at the end of "Herausforderung Netzwerken": the room's Jäger/Sammler split, in aggregate
/// only, next to each style's strategy and risks (docs/rules.md, section 11).
/// </summary>
public sealed record WorkshopDebrief(int Hunters, int Gatherers)
{
    public int Answered => Hunters + Gatherers;

    /// <summary>Whole percentages that add up to 100 (0 and 0 while nobody answered); half rounds away from zero.</summary>
    public int HunterPercent => Answered == 0 ? 0 : (int)Math.Round(100.0 * Hunters / Answered, MidpointRounding.AwayFromZero);

    public int GathererPercent => Answered == 0 ? 0 : 100 - HunterPercent;

    /// <summary>The question whose answers a slide counts: the style question for a debrief, else the slide's own.</summary>
    public static WorkshopQuestion TalliedQuestion(Workshop workshop)
    {
        ArgumentNullException.ThrowIfNull(workshop);
        var current = workshop.Current;
        return current.Kind == QuestionKind.Debrief
            ? workshop.Questions.FirstOrDefault(q => q.Key == WorkshopQuestions.StyleKey) ?? current
            : current;
    }

    /// <param name="styleTally">The room's answers to the style question.</param>
    public static WorkshopDebrief From(WorkshopTally styleTally)
    {
        ArgumentNullException.ThrowIfNull(styleTally);
        int CountOf(NetworkerStyle style)
        {
            var option = WorkshopQuestions.StyleOptions.Single(o => o.Style == style).Option;
            return styleTally.Counts.Where(c => c.Option == option).Sum(c => c.Count);
        }
        return new WorkshopDebrief(CountOf(NetworkerStyle.Hunter), CountOf(NetworkerStyle.Gatherer));
    }
}
