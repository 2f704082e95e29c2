using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using NetzwerkCheck.Web.Data;

namespace NetzwerkCheck.Web.Tests.Infrastructure;

/// <summary>The real app on a fresh SQLite file, migrated by the app's own start-up.</summary>
public class NetzwerkCheckFactory : WebApplicationFactory<Program>
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "nc-tests-" + Guid.NewGuid().ToString("N"));

    /// <summary>
    /// PBKDF2 rounds in tests: the app's 210,000 make every registration and sign-in cost two slow hashes,
    /// which dominated the suite's time. What is tested is that a password is checked, not how slowly.
    /// </summary>
    public const int PasswordIterations = 1_000;

    /// <summary>Sign-ins, registrations, reset requests, survey answers and shared-report views a minute, each its own budget (FormRateLimits, ReportShareSetup).</summary>
    protected virtual int FormsPerMinute => 10_000;

    protected virtual int PasswordReentriesPer15Minutes => 10_000;

    public virtual string DatabaseFile => Path.Combine(_folder, "test.db");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Directory.CreateDirectory(_folder);
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:Default", $"Data Source={DatabaseFile}");
        builder.UseSetting("Logging:File", Path.Combine(_folder, "nc-.log"));
        // Without an SMTP host the app writes .eml files; in tests into the test's own folder.
        builder.UseSetting("Email:PickupDirectory", MailFolder);
        foreach (var budget in new[] { "SignInsPerMinute", "RegistrationsPerMinute", "PasswordResetsPerMinute", "SurveyAnswersPerMinute", "SharedReportViewsPerMinute" })
        {
            builder.UseSetting($"RateLimits:{budget}", FormsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        builder.ConfigureServices(services => services.AddSingleton<IStartupFilter, TestClientAddress>());
        builder.UseSetting("RateLimits:PasswordReentriesPer15Minutes", PasswordReentriesPer15Minutes.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.ConfigureServices(services => services.PostConfigure<PasswordHasherOptions>(options => options.IterationCount = PasswordIterations));
    }

    public string LogFolder => _folder;

    public string MailFolder => Path.Combine(_folder, "mail");

    public HttpClient CreateBrowserClient() => CreateClient(new WebApplicationFactoryClientOptions
    {
        // https so that the Secure, __Host- prefixed cookies are sent back like in a real browser.
        BaseAddress = new Uri("https://localhost"),
        AllowAutoRedirect = false,
    });

    public async Task<T> WithDbAsync<T>(Func<AppDbContext, Task<T>> action)
    {
        using var scope = Services.CreateScope();
        return await action(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // The log file may still be held open for a moment; the temp folder is cleaned by the OS.
        }
    }
}
