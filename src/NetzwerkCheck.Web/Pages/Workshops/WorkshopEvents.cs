using NetzwerkCheck.Domain.Workshops;
using NetzwerkCheck.Web.Localization;

namespace NetzwerkCheck.Web.Pages.Workshops;

/// <summary>The phone's event: which question is on the projector and whether the workshop is over.</summary>
public sealed record ParticipantEvent(int Question, bool Closed)
{
    public static ParticipantEvent Of(WorkshopSnapshot snapshot) => new(snapshot.CurrentQuestion, snapshot.Closed);
}

/// <summary>The projector's event: the version, the current question, who answered it in number only, and the bars when shown.</summary>
public sealed record ProjectorEvent(
    int Version,
    int Question,
    int Total,
    string Key,
    bool Revealed,
    bool Closed,
    int Participants,
    int Respondents,
    IReadOnlyList<OptionCount> Counts,
    double? Average,
    RoomEvent? Room = null)
{
    public static ProjectorEvent Of(ProjectorState state)
    {
        var (workshop, tally) = (state.Workshop, state.Tally);
        var question = tally.Question;
        var reading = state.Reading;
        // A group assessment shows nothing of an item's answers but their number until k are in.
        var revealed = workshop.ResultsRevealed && (reading?.Shown ?? true);
        return new ProjectorEvent(
            workshop.Version,
            workshop.CurrentNumber - 1,
            workshop.Questions.Count,
            workshop.Current.Key,
            revealed,
            workshop.IsClosed,
            state.Participants,
            tally.Respondents,
            revealed ? tally.Counts.Select(c => new OptionCount(c.Option, WorkshopTexts.Option(question, c.Option), c.Count)).ToList() : [],
            revealed ? tally.Average : null,
            reading is null ? null : RoomEvent.Of(reading, revealed, state.Agreed));
    }
}

/// <summary>A group assessment's item on the projector: how many answers are still missing, and once shown the median and the room's disagreement.</summary>
public sealed record RoomEvent(int Threshold, int Missing, int? Median, int? OutsidePercent, bool? Disagrees, string? Agreed)
{
    public static RoomEvent Of(RoomReading reading, bool revealed, string? agreed) => revealed
        ? new(reading.Threshold, reading.Missing, reading.Median, reading.OutsidePercent, reading.Disagrees, agreed)
        : new(reading.Threshold, reading.Missing, null, null, null, agreed);
}

public sealed record OptionCount(string Option, string Label, int Count);
