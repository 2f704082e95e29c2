namespace NetzwerkCheck.Web.Pages.Surveys;

/// <summary>Bound from the "Survey" section of the configuration.</summary>
public sealed class SurveyOptions
{
    /// <summary>The owner sees the aggregate only from this many answers on.</summary>
    public int MinimumResponses { get; set; } = 3;
}
