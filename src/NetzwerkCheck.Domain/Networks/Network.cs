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

    /// <summary>When the trial was last planned or its dates changed; drafts follow a newer trial.</summary>
    public DateTime? TrialChangedUtc { get; set; }
    /// <summary>No e-mail reminders about this network's trial end (the rest of the account may still get them).</summary>
    public bool TrialRemindersOff { get; set; }

    /// <summary>The client (Mandant) a consultant filed this network under, if any.</summary>
    public int? ClientId { get; set; }
    public Client? Client { get; set; }

    public DateTime CreatedUtc { get; set; }
    public DateTime UpdatedUtc { get; set; }

    /// <summary>What the verdict reads about the network itself.</summary>
    public NetworkContext Context => new(OrganisationForm, ApproxMemberCount, Status);

    public List<Assessment> Assessments { get; } = [];

    /// <summary>Plans or moves the trial; someone who only considered the network is now trying it.</summary>
    public void PlanTrial(DateOnly start, DateOnly plannedEnd, DateTime nowUtc)
    {
        if (TrialStart != start || TrialPlannedEnd != plannedEnd)
        {
            TrialChangedUtc = nowUtc;
        }
        TrialStart = start;
        TrialPlannedEnd = plannedEnd;
        if (Status == NetworkStatus.Considering)
        {
            Status = NetworkStatus.Trial;
        }
        UpdatedUtc = nowUtc;
    }

    public List<TrialJournalEntry> Journal { get; } = [];
}
