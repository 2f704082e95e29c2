namespace NetzwerkCheck.Domain.Assessments;

public class CriterionRating
{
    public Criterion Criterion { get; set; }

    /// <summary>1 (poor) to 5 (very good); null while the user cannot judge it yet.</summary>
    public int? Rating { get; set; }

    public string? Note { get; set; }
}
