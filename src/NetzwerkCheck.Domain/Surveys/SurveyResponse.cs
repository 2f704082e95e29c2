using NetzwerkCheck.Domain.Assessments;

namespace NetzwerkCheck.Domain.Surveys;

/// <summary>
/// One member's anonymous answer. Nothing here identifies the person: no account, no address, and the
/// browser's token only as a hash, which serves to count each browser once.
/// </summary>
public class SurveyResponse
{
    public const int CommentMaxLength = 1000;

    public int Id { get; set; }
    public int SurveyId { get; set; }

    /// <summary>The day of the answer only, so the time of day cannot point to a person.</summary>
    public DateOnly SubmittedOn { get; set; }

    public int ConductRating { get; set; }
    public int ValueRating { get; set; }
    public NetworkType SeenAs { get; set; }
    public bool WouldRecommend { get; set; }
    public string? Comment { get; set; }
    public required string RespondentHash { get; set; }
}
