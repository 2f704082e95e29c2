using System.Globalization;
using NetzwerkCheck.Domain.Assessments;
using NetzwerkCheck.Domain.Networks;

namespace NetzwerkCheck.Domain.Workshops;

/// <summary>How the items of a "Netzwerk gemeinsam bewerten" workshop map onto the check, and how the agreed values become an assessment.</summary>
public static class GroupAssessment
{
    /// <summary>The item key of a criterion; prefixed, as "Herausforderung Netzwerken" asks about the same criteria in people's own networks.</summary>
    public static string KeyOf(Criterion criterion) => criterion switch
    {
        Criterion.Conduct => "group-conduct",
        Criterion.Size => "group-size",
        Criterion.MemberInterviews => "group-member-interviews",
        Criterion.TrialPeriod => "group-trial-period",
        Criterion.Results => "group-results",
        _ => throw new ArgumentOutOfRangeException(nameof(criterion), criterion, null),
    };

    public static Criterion? CriterionOf(string key) =>
        Enum.GetValues<Criterion>().Select(c => (Criterion?)c).FirstOrDefault(c => KeyOf(c!.Value) == key);

    public static bool IsStatement(string key) => ClassificationQuestions.All.Any(q => q.Key == key);

    /// <summary>
    /// The completed assessment the room's agreed values make: goal and style from the workshop, contributions,
    /// hours and trial length as a new check would start (<see cref="Assessment.StartDraft"/>), then only what the
    /// room agreed on; an item without an agreed value stays open, as a criterion the user could not judge yet.
    /// </summary>
    /// <param name="agreed">The stored agreed value per item key; values that no longer fit their item are ignored.</param>
    /// <param name="tallies">The room's answers per item of the workshop.</param>
    public static Assessment Complete(
        Workshop workshop,
        Network network,
        Assessment? previous,
        IReadOnlyDictionary<string, string> agreed,
        IReadOnlyList<WorkshopTally> tallies,
        int participants,
        AssessmentRules rules,
        DateOnly today,
        DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(workshop);
        ArgumentNullException.ThrowIfNull(agreed);
        ArgumentNullException.ThrowIfNull(tallies);
        var assessment = Assessment.StartDraft(network, previous, today, nowUtc);
        assessment.Goal = workshop.Goal ?? assessment.Goal;
        assessment.Style = workshop.Style ?? assessment.Style;
        assessment.ClassificationAnswers = [];
        assessment.RedFlags = [];
        assessment.WorkshopId = workshop.Id;
        assessment.LastStep = 4;

        var items = new List<GroupItemEvidence>();
        foreach (var tally in tallies)
        {
            var question = tally.Question;
            var value = agreed.TryGetValue(question.Key, out var stored)
                ? WorkshopQuestions.Normalize(question, stored.Split(','))
                : null;
            if (value is not null)
            {
                Apply(assessment, question.Key, value);
            }
            var reading = RoomReading.Of(tally, workshop.RevealThreshold);
            items.Add(reading.Shown
                ? new GroupItemEvidence(question.Key, value, reading.Answers, [.. reading.Shares.Select(s => new GroupOptionCount(s.Option, s.Count))],
                    reading.Median, reading.OutsidePercent, reading.Disagrees)
                : new GroupItemEvidence(question.Key, value, reading.Answers, null, null, null, false));
        }
        assessment.Group = new GroupEvidence(workshop.RevealThreshold, participants, items);
        assessment.Complete(rules, nowUtc);
        return assessment;
    }

    private static void Apply(Assessment assessment, string key, string value)
    {
        if (IsStatement(key))
        {
            assessment.ClassificationAnswers[key] = int.Parse(value, CultureInfo.InvariantCulture);
        }
        else if (CriterionOf(key) is Criterion criterion)
        {
            assessment.RatingFor(criterion).Rating = int.Parse(value, CultureInfo.InvariantCulture);
        }
        else if (key == WorkshopQuestions.RedFlagsKey)
        {
            assessment.RedFlags = [.. value.Split(',').Where(v => v != WorkshopQuestions.NoneOption).Select(Enum.Parse<RedFlag>)];
        }
    }
}
