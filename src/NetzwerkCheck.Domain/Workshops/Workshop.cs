using NetzwerkCheck.Domain.Assessments;

namespace NetzwerkCheck.Domain.Workshops;

/// <summary>
/// A workshop run by a facilitator. Everything the projector and the phones show is derived from
/// these rows; <see cref="Version"/> grows with every change, so any app instance can tell that
/// something happened by reading one number.
/// </summary>
public class Workshop
{
    public const int TitleMaxLength = 120;
    public const int JoinCodeLength = 6;

    /// <summary>The fewest answers before a group assessment shows an item's distribution, unless the facilitator sets another.</summary>
    public const int DefaultRevealThreshold = 3;
    public const int MinRevealThreshold = 1;
    public const int MaxRevealThreshold = 20;

    public int Id { get; set; }
    public required string OwnerId { get; set; }
    public required string Title { get; set; }
    public required string JoinCode { get; set; }
    public WorkshopKind Kind { get; set; }

    /// <summary>The items in the order the facilitator steps through them; copied from the kind's built-in sequence at creation.</summary>
    public List<WorkshopQuestion> Questions { get; set; } = [];

    /// <summary>The index into <see cref="Questions"/> that the projector and the phones show.</summary>
    public int CurrentQuestion { get; set; }
    public bool ResultsRevealed { get; set; }
    public int Version { get; set; }
    public DateTime CreatedUtc { get; set; }
    public DateTime? ClosedUtc { get; set; }

    /// <summary>
    /// Random per workshop and mixed into every participant hash, so that the same phone in two workshops
    /// leaves two unrelated hashes. Empty for workshops from before it existed.
    /// </summary>
    public string ParticipantSalt { get; set; } = "";

    /// <summary>The network a <see cref="WorkshopKind.NetworkAssessment"/> judges; null for other kinds and once that network is deleted.</summary>
    public int? NetworkId { get; set; }

    /// <summary>How many answers an item needs before the projector shows its distribution (group assessment only).</summary>
    public int RevealThreshold { get; set; } = DefaultRevealThreshold;

    /// <summary>Goal and style of the assessment a group assessment turns into; the room judges the network, not the facilitator's aims.</summary>
    public Goal? Goal { get; set; }
    public NetworkerStyle? Style { get; set; }

    public bool IsClosed => ClosedUtc is not null;

    /// <summary>The last index of <see cref="Questions"/>; 0 for an empty sequence.</summary>
    public int LastQuestion => Math.Max(0, Questions.Count - 1);

    /// <summary>The item at <paramref name="index"/>; an index outside the sequence means its nearest end.</summary>
    public WorkshopQuestion QuestionAt(int index) => Questions[Math.Clamp(index, 0, LastQuestion)];

    public WorkshopQuestion Current => QuestionAt(CurrentQuestion);

    /// <summary>The 1-based number of the current item, as the projector and phones count.</summary>
    public int CurrentNumber => Math.Clamp(CurrentQuestion, 0, LastQuestion) + 1;

    /// <summary>Moves the item at <paramref name="index"/> one place up (−1) or down (+1); false at either end or outside.</summary>
    public bool MoveQuestion(int index, int offset)
    {
        var target = index + offset;
        if (offset is not (-1 or 1) || index < 0 || index >= Questions.Count || target < 0 || target >= Questions.Count)
        {
            return false;
        }
        (Questions[index], Questions[target]) = (Questions[target], Questions[index]);
        return true;
    }

    /// <summary>Removes the item at <paramref name="index"/>; the last remaining item stays, a workshop needs one.</summary>
    public bool RemoveQuestion(int index)
    {
        if (index < 0 || index >= Questions.Count || Questions.Count == 1)
        {
            return false;
        }
        Questions.RemoveAt(index);
        return true;
    }

    public static Workshop Open(string ownerId, string title, WorkshopKind kind, string joinCode, string participantSalt, DateTime nowUtc) => new()
    {
        OwnerId = ownerId,
        Title = title,
        Kind = kind,
        Questions = [.. WorkshopQuestions.For(kind)],
        JoinCode = joinCode,
        ParticipantSalt = participantSalt,
        CreatedUtc = nowUtc,
    };

    /// <summary>A workshop in which the room judges one network together; its agreed values become an assessment of that network.</summary>
    public static Workshop OpenNetworkAssessment(
        string ownerId, string title, int networkId, int revealThreshold, Goal goal, NetworkerStyle style, string joinCode, string participantSalt, DateTime nowUtc)
    {
        if (revealThreshold is < MinRevealThreshold or > MaxRevealThreshold)
        {
            throw new ArgumentOutOfRangeException(nameof(revealThreshold), revealThreshold, "Outside the allowed range.");
        }
        var workshop = Open(ownerId, title, WorkshopKind.NetworkAssessment, joinCode, participantSalt, nowUtc);
        workshop.NetworkId = networkId;
        workshop.RevealThreshold = revealThreshold;
        workshop.Goal = goal;
        workshop.Style = style;
        return workshop;
    }
}

public enum WorkshopKind
{
    /// <summary>"Herausforderung Netzwerken": how each person in the room networks.</summary>
    Challenge,

    /// <summary>"Netzwerk gemeinsam bewerten": the room judges one network, and its agreed values become an assessment.</summary>
    NetworkAssessment,
}

public class WorkshopParticipant
{
    public const int NicknameMaxLength = 40;

    public int Id { get; set; }
    public int WorkshopId { get; set; }

    /// <summary>SHA-256 of the browser's random participant token; the token itself is never stored.</summary>
    public required string ParticipantHash { get; set; }

    public string? Nickname { get; set; }

    /// <summary>The day only: nothing needs the time, and a time could tell who came late.</summary>
    public DateOnly JoinedOn { get; set; }

    /// <summary>This phone's take-home has been copied into an account: only once, and without saying into which.</summary>
    public bool TakeHomeSaved { get; set; }
}

public class WorkshopAnswer
{
    public int Id { get; set; }
    public int WorkshopId { get; set; }
    public int ParticipantId { get; set; }
    public required string QuestionKey { get; set; }
    public required string Value { get; set; }

    /// <summary>Whether the facilitator let an open-text answer onto the projector; a changed answer is new again.</summary>
    public AnswerReview Review { get; set; }
}

/// <summary>An open-text answer reaches the projector, the summary and the export only once the facilitator has shown it.</summary>
public enum AnswerReview
{
    New,
    Shown,
    Hidden,
}

/// <summary>The value the facilitator set for one item of a group assessment, after the room's answers; one per item.</summary>
public class WorkshopAgreement
{
    public int Id { get; set; }
    public int WorkshopId { get; set; }
    public required string QuestionKey { get; set; }
    public required string Value { get; set; }
}
