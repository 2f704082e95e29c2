namespace NetzwerkCheck.Web.Pages.Surveys;

/// <summary>Bound from the "Survey" section of the configuration.</summary>
public sealed class SurveyOptions
{
    /// <summary>The owner sees the aggregate only from this many answers on.</summary>
    public int MinimumResponses { get; set; } = 3;

    /// <summary>New answers join the owner's aggregate only in batches of at least this many (SurveyRelease).</summary>
    public int ReleaseStep { get; set; } = 3;
}
