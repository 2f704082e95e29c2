namespace NetzwerkCheck.Web.Pages.Checks;

/// <summary>The read model of one evaluated assessment, shared by the result page and the printed report.</summary>
public sealed record AssessmentSummary(
    int AssessmentId,
    int NetworkId,
    string NetworkName,
    OrganisationForm OrganisationForm,
    NetworkStatus Status,
    int? ApproxMemberCount,
    DateTime CompletedUtc,
    Goal? Goal,
    NetworkerStyle? Style,
    IReadOnlyDictionary<Criterion, string?> Notes,
    int? TrialWeeks,
    int? HoursPerMonth,
    AssessmentRules Rules,
    AssessmentResult Result)
{
    public static AssessmentSummary From(Assessment assessment, AssessmentRules rules)
    {
        var network = assessment.Network ?? throw new InvalidOperationException("Network not loaded.");
        return new AssessmentSummary(
            assessment.Id,
            network.Id,
            network.Name,
            network.OrganisationForm,
            network.Status,
            network.ApproxMemberCount,
            assessment.CompletedUtc ?? assessment.UpdatedUtc,
            assessment.Goal,
            assessment.Style,
            assessment.Ratings.ToDictionary(r => r.Criterion, r => r.Note),
            assessment.TrialWeeks,
            assessment.HoursPerMonth,
            rules,
            assessment.Evaluate(rules))
        {
            Group = assessment.Group,
            ConsultantComment = assessment.ConsultantComment,
        };
    }

    /// <summary>The room's evidence when a workshop assessed the network together; null for a check of one's own.</summary>
    public GroupEvidence? Group { get; init; }

    /// <summary>"Einschätzung der Beraterin / des Beraters", as the owner wrote it; null when there is none.</summary>
    public string? ConsultantComment { get; init; }

    public string? NoteFor(Criterion criterion) => Notes.GetValueOrDefault(criterion);
}
