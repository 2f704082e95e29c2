namespace NetzwerkCheck.Domain.Surveys;

/// <summary>An anonymous member survey for one network, reached through an unguessable link.</summary>
public class Survey
{
    public int Id { get; set; }
    public int NetworkId { get; set; }
    public required string Token { get; set; }
    public DateTime CreatedUtc { get; set; }
    public DateTime? ClosedUtc { get; set; }

    public List<SurveyResponse> Responses { get; } = [];

    public bool IsClosed => ClosedUtc is not null;
}
