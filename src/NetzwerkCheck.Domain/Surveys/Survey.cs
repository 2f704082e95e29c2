namespace NetzwerkCheck.Domain.Surveys;

/// <summary>An anonymous member survey for one network, reached through an unguessable link.</summary>
public class Survey
{
    public int Id { get; set; }
    public int NetworkId { get; set; }
    public required string Token { get; set; }
    public DateTime CreatedUtc { get; set; }
    public DateTime? ClosedUtc { get; set; }

    /// <summary>Anyone with the survey's link may answer (once per browser); off, only invitation links work.</summary>
    public bool OpenLink { get; set; } = true;

    /// <summary>The owner's aggregate covers the answers up to this id; see <see cref="SurveyRelease"/>.</summary>
    public int ReleasedThroughResponseId { get; set; }

    public List<SurveyResponse> Responses { get; } = [];

    public bool IsClosed => ClosedUtc is not null;
}
