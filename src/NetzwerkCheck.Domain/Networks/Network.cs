using NetzwerkCheck.Domain.Assessments;

namespace NetzwerkCheck.Domain.Networks;

/// <summary>A network one user belongs to or considers joining.</summary>
public class Network
{
    public const int NameMaxLength = 120;
    public const int UrlMaxLength = 300;
    public const int NotesMaxLength = 2000;
    public const int MaxMemberCount = 10_000_000;

    public int Id { get; set; }
    public required string OwnerId { get; set; }
    public required string Name { get; set; }
    public OrganisationForm OrganisationForm { get; set; }
    public int? ApproxMemberCount { get; set; }
    public NetworkStatus Status { get; set; }
    public string? Url { get; set; }
    public string? Notes { get; set; }
    public DateOnly? TrialStart { get; set; }
    public DateOnly? TrialPlannedEnd { get; set; }
    public DateTime CreatedUtc { get; set; }
    public DateTime UpdatedUtc { get; set; }

    /// <summary>What the verdict reads about the network itself.</summary>
    public NetworkContext Context => new(OrganisationForm, ApproxMemberCount, Status);

    public List<Assessment> Assessments { get; } = [];
    public List<TrialJournalEntry> Journal { get; } = [];
}
