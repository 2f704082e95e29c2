namespace NetzwerkCheck.Web.Pages.Surveys;

/// <summary>What the survey feature adds to the app.</summary>
public static class SurveySetup
{
    public static void AddSurveys(this IServiceCollection services, IConfiguration configuration) =>
        services.AddSingleton(configuration.GetSection("Survey").Get<SurveyOptions>() ?? new SurveyOptions());
}
