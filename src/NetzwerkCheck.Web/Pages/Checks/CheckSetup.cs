namespace NetzwerkCheck.Web.Pages.Checks;

/// <summary>What the check's pages add to the app.</summary>
public static class CheckSetup
{
    public static void AddChecks(this IServiceCollection services) => services.AddScoped<ReportMail>();
}
