using NetzwerkCheck.Domain.Assessments;

namespace NetzwerkCheck.Domain.Workshops;

/// <summary>
/// A participant's take-home, copied into their account. A copy, not a link: it names no workshop row and no
/// participant, so the workshop's answers stay anonymous and the facilitator deleting the workshop changes nothing here.
/// </summary>
public class SavedTakeHome
{
    public int Id { get; set; }
    public required string OwnerId { get; set; }
    public required string WorkshopTitle { get; set; }
    public DateOnly WorkshopDate { get; set; }
    public NetworkerStyle? Style { get; set; }
    public List<Contribution> Contributions { get; set; } = [];

    /// <summary>The steps as they were decided on the day, kept as data so a later rule change does not rewrite them.</summary>
    public List<TakeHomeStep> Steps { get; set; } = [];

    public DateTime SavedUtc { get; set; }

    public TakeHome TakeHome => new(Style, Contributions, Steps);

    public static SavedTakeHome Of(TakeHome takeHome, string ownerId, string workshopTitle, DateOnly workshopDate, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(takeHome);
        return new()
        {
            OwnerId = ownerId,
            WorkshopTitle = workshopTitle,
            WorkshopDate = workshopDate,
            Style = takeHome.Style,
            Contributions = [.. takeHome.Contributions],
            Steps = [.. takeHome.Steps],
            SavedUtc = nowUtc,
        };
    }
}
