using NetzwerkCheck.Domain.Assessments;
using NetzwerkCheck.Domain.Value;

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

    /// <summary>When the user joined (or started to take part); the figures count from here or from the trial's start.</summary>
    public DateOnly? MemberSince { get; set; }

    /// <summary>One-off admission fee in euro.</summary>
    public decimal? AdmissionFee { get; set; }

    /// <summary>Membership fee per year in euro.</summary>
    public decimal? YearlyFee { get; set; }

    /// <summary>What one event typically costs in euro (ticket, food, parking).</summary>
    public decimal? CostPerEvent { get; set; }

    /// <summary>Hours a month the network takes, travel included.</summary>
    public decimal? HoursPerMonth { get; set; }

    public DateTime CreatedUtc { get; set; }
    public DateTime UpdatedUtc { get; set; }

    /// <summary>
    /// When the latest completed check was completed and its score (null: none yet, or no score), copied here when
    /// a check completes, so that the list can sort by them without looking at every network's checks.
    /// </summary>
    public DateTime? LatestCheckedUtc { get; private set; }

    /// <inheritdoc cref="LatestCheckedUtc"/>
    public int? LatestScore { get; private set; }

    /// <summary>A check of this network was completed (or completed again with new answers).</summary>
    public void NoteCompleted(Assessment assessment)
    {
        if (assessment.CompletedUtc is { } completed && (LatestCheckedUtc is null || completed >= LatestCheckedUtc))
        {
            LatestCheckedUtc = completed;
            LatestScore = assessment.Score;
        }
    }

    public MembershipCosts Costs => new(AdmissionFee, YearlyFee, CostPerEvent, HoursPerMonth);

    /// <summary>
    /// Where the figures start: the earlier of joining and the trial's start, else the first journal entry;
    /// null when nothing says since when the user takes part.
    /// </summary>
    public DateOnly? TakingPartSince(DateOnly? firstEntry) =>
        new[] { MemberSince, TrialStart, MemberSince is null && TrialStart is null ? firstEntry : null }.Min();

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

    public List<JournalEntry> Journal { get; } = [];
}
