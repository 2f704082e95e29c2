using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.RateLimiting;
using NetzwerkCheck.Web.Infrastructure.Health;
using NetzwerkCheck.Web.Infrastructure.PageCache;
using NetzwerkCheck.Web.Infrastructure.Telemetry;
using NetzwerkCheck.Web.Localization;

namespace NetzwerkCheck.Web.Infrastructure;

public static class WebSetup
{
    public static void AddNetzwerkCheckWeb(this IServiceCollection services, IConfiguration configuration, CookieNames cookies)
    {
        services.AddSingleton(configuration.GetSection("Assessment").Get<AssessmentRules>() ?? AssessmentRules.Default);
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<AppMetrics>();
        services.AddNetzwerkCheckTelemetry();
        services.AddNetzwerkCheckHealth();
        services.AddSingleton(cookies);
        services.AddNetzwerkCheckProxies(configuration);
        var links = new PublicLinks(configuration);
        services.AddSingleton(links);
        // A passkey belongs to the host name people reach the app by, whatever host the proxy forwards.
        services.Configure<Microsoft.AspNetCore.Identity.IdentityPasskeyOptions>(options => options.ServerDomain ??= links.ConfiguredHost);

        services.AddRazorPages(options =>
        {
            options.Conventions.AuthorizeFolder("/");
            options.Conventions.ConfigureFilter(new RejectUnhandledMethodsFilter());
            options.Conventions.AllowAnonymousToPage("/Index");
            options.Conventions.AllowAnonymousToPage("/Error");
            options.Conventions.AllowAnonymousToPage("/Account/Login");
            options.Conventions.AllowAnonymousToPage("/Account/LoginTwoFactor");
            options.Conventions.AllowAnonymousToPage("/Account/Register");
            options.Conventions.AllowAnonymousToPage("/Account/ForgotPassword");
            options.Conventions.AllowAnonymousToPage("/Account/ResetPassword");
            options.Conventions.AllowAnonymousToPage("/Account/ConfirmEmail");
            options.Conventions.AllowAnonymousToPage("/Email/RemindersOff");
            options.Conventions.AllowAnonymousToPage("/Respond/Answer");
            options.Conventions.AllowAnonymousToPage("/Reports/Public");
            options.Conventions.AllowAnonymousToPage("/Join/Index");
            options.Conventions.AllowAnonymousToPage("/Join/Room");
            options.Conventions.AllowAnonymousToPage("/Join/TakeHome");
            options.Conventions.AllowAnonymousToPage("/Language");
        })
        .AddViewLocalization()
        // Validation messages are looked up with the German text as key in the resources of the page
        // model that declares the input class (nested input classes share their page's file).
        .AddDataAnnotationsLocalization(options =>
            options.DataAnnotationLocalizerProvider = (type, localizers) => localizers.Create(OutermostType(type)));
        services.AddLocalization(options => options.ResourcesPath = "Resources");
        services.AddOwnerPageCache(configuration);
        services.AddOptions<MvcOptions>().Configure<IStringLocalizerFactory>(BindingMessages.Use);

        // Carries one-time notices ("saved", "signed out") from a POST to the page after the redirect.
        services.Configure<CookieTempDataProviderOptions>(options =>
        {
            options.Cookie.Name = cookies.TempData;
            options.Cookie.SecurePolicy = cookies.SecurePolicy;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.HttpOnly = true;
            options.Cookie.Path = "/";
        });
        services.AddSingleton<CookieTempDataProvider>();
        services.AddSingleton<ITempDataProvider, NoticeCookieTempData>();
        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = cookies.Antiforgery;
            options.Cookie.SecurePolicy = cookies.SecurePolicy;
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.Cookie.HttpOnly = true;
        });

        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = FormRateLimits.OnRejected;
            // The workshop adds its own policies (WorkshopSetup).
            PasswordReentry.AddPolicy(options, configuration);
            options.AddFormPolicies(configuration);
        });
    }

    private static Type OutermostType(Type type)
    {
        while (type.DeclaringType is not null)
        {
            type = type.DeclaringType;
        }
        return type;
    }

    public static void UseNetzwerkCheckPipeline(this WebApplication app)
    {
        // First, so that everything after it – HTTPS check, logs, rate limits per address – sees the client, not the proxy.
        app.UseForwardedHeaders();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/Error");
            app.UseHsts();
        }
        app.UseStatusCodePagesWithReExecute("/Error", "?code={0}");
        app.UseMiddleware<SecurityHeadersMiddleware>();

        // German unless the visitor chose English with the switch in the footer (a cookie); the
        // browser's Accept-Language is deliberately ignored so that German stays the default.
        app.UseRequestLocalization(new RequestLocalizationOptions
        {
            DefaultRequestCulture = new RequestCulture(Cultures.German),
            SupportedCultures = [.. Cultures.Supported],
            SupportedUICultures = [.. Cultures.Supported],
            RequestCultureProviders = [new CookieRequestCultureProvider { CookieName = app.Services.GetRequiredService<CookieNames>().Culture }],
        });

        app.UseNetzwerkCheckMetrics();
        app.UseNetzwerkCheckRequestLogging();
        app.UseMiddleware<ClientGoneMiddleware>();
        app.UseStaticFiles();
        app.UseMiddleware<HttpsRequiredMiddleware>();
        app.UseRouting();
        app.UseAuthentication();
        // After authentication, so that a budget can belong to an account (PasswordReentry).
        app.UseRateLimiter();
        app.UseAuthorization();
        app.UseOwnerPageCache();
        app.MapRazorPages();
        // The plain endpoint the benchmark measures every page against (bench/README.md).
        app.MapGet("/health", () => "ok").AllowAnonymous().DisableRateLimiting();
        app.MapNetzwerkCheckHealth();
    }
}
