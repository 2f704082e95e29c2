namespace NetzwerkCheck.Domain.Surveys;

/// <summary>
/// A single-use link to a survey. Only the hash of its token is stored, and nothing ties it to a person or to
/// the answer given with it: the owner hands the links out, the database only knows whether each was used.
/// </summary>
public class SurveyInvitation
{
    /// <summary>Enough for a Verein's general meeting; more links are made in a second batch.</summary>
    public const int MaxPerBatch = 200;

    public int Id { get; set; }
    public int SurveyId { get; set; }
    public required string TokenHash { get; set; }
    public bool Used { get; set; }
}
