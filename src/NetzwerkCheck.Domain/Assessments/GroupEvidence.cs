namespace NetzwerkCheck.Domain.Assessments;

/// <summary>
/// What a room said when it assessed a network together in a workshop, stored with the assessment it became.
/// Aggregates only; an item with fewer answers than <see cref="RevealThreshold"/> keeps its count and nothing else,
/// so no single person's answer can be read from it.
/// </summary>
public sealed record GroupEvidence(int RevealThreshold, int Participants, IReadOnlyList<GroupItemEvidence> Items);

/// <param name="Key">The item's key: a classification statement, a criterion or the red flags.</param>
/// <param name="Agreed">The value the facilitator set for the room (as the phones answer it); null when left unrated.</param>
/// <param name="Distribution">Answers per option; null below the threshold.</param>
/// <param name="OutsidePercent">Share of answers more than one step from the median (ordinal items, at or above the threshold).</param>
public sealed record GroupItemEvidence(
    string Key,
    string? Agreed,
    int Answers,
    IReadOnlyList<GroupOptionCount>? Distribution,
    int? Median,
    int? OutsidePercent,
    bool Disagrees);

public sealed record GroupOptionCount(string Option, int Count);
