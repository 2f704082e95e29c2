using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using NetzwerkCheck.BrowserTests.Infrastructure;

[assembly: AssemblyFixture(typeof(AppServer))]

namespace NetzwerkCheck.BrowserTests.Infrastructure;

/// <summary>
/// The real app on a real Kestrel port (so a real browser can reach it), on a fresh SQLite file
/// that its own start-up migrates. One server for the whole browser suite.
/// </summary>
public sealed class AppServer : IAsyncLifetime
{
    private readonly string _databaseFile = Path.Combine(Path.GetTempPath(), $"nc-browser-{Guid.NewGuid():N}.db");
    private readonly string _logFolder = Path.Combine(Path.GetTempPath(), $"nc-browser-logs-{Guid.NewGuid():N}");
    private KestrelFactory? _factory;

    /// <summary>Where the app listens, always as http://127.0.0.1:port/ (a secure context for Chromium).</summary>
    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    public string LogFolder => _logFolder;

    /// <summary>Where the app writes its mails as .eml files (no SMTP host is configured).</summary>
    public string MailFolder => Path.Combine(_logFolder, "mail");

    public ValueTask InitializeAsync()
    {
        Directory.CreateDirectory(_logFolder);
        _factory = new KestrelFactory(_databaseFile, _logFolder + "/nc-.log", MailFolder);
        _factory.UseKestrel(0);
        _factory.StartServer();

        var addresses = _factory.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses;
        var bound = new Uri(addresses.First(a => a.StartsWith("http://", StringComparison.Ordinal)));
        BaseAddress = new UriBuilder(Uri.UriSchemeHttp, "127.0.0.1", bound.Port, "/").Uri;
        return ValueTask.CompletedTask;
    }

    public Uri Url(string path) => new(BaseAddress, path);

    /// <summary>Works on the app's database directly, e.g. to seed more rows than a journey would type.</summary>
    public async Task<T> WithDbAsync<T>(Func<NetzwerkCheck.Web.Data.AppDbContext, Task<T>> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        using var scope = _factory!.Services.CreateScope();
        return await action(scope.ServiceProvider.GetRequiredService<NetzwerkCheck.Web.Data.AppDbContext>());
    }

    public async ValueTask DisposeAsync()
    {
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _databaseFile, _databaseFile + "-wal", _databaseFile + "-shm" })
        {
            File.Delete(file);
        }
        try
        {
            Directory.Delete(_logFolder, recursive: true);
        }
        catch (IOException)
        {
            // A log file can be held open a moment longer; the OS cleans its temp folder.
        }
    }

    private sealed class KestrelFactory(string databaseFile, string logFile, string mailFolder) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Testing");
            builder.UseSetting("ConnectionStrings:Default", $"Data Source={databaseFile}");
            builder.UseSetting("Logging:File", logFile);
            builder.UseSetting("Email:PickupDirectory", mailFolder);
            foreach (var budget in new[] { "SignInsPerMinute", "RegistrationsPerMinute", "PasswordResetsPerMinute", "SurveyAnswersPerMinute", "SharedReportViewsPerMinute" })
            {
                builder.UseSetting($"RateLimits:{budget}", 1000.ToString(CultureInfo.InvariantCulture));
            }

            // Fewer PBKDF2 rounds than the app's 210,000: every journey registers and signs in, and the
            // tests check that a password is verified, not how slowly.
            builder.ConfigureServices(services => services.PostConfigure<PasswordHasherOptions>(options => options.IterationCount = 1_000));

            // Production cookie settings (Security:HttpsCookies defaults to true): Secure, __Host- names.
            // Antiforgery then refuses any request that is not HTTPS (500 from CheckSSLConfig), so the
            // shim marks Kestrel's plain-http requests as https, as a TLS-terminating proxy would.
            // Chromium accepts the Secure cookies because http://127.0.0.1 is a secure context.
            builder.ConfigureServices(services => services.AddTransient<IStartupFilter, TreatRequestsAsHttps>());
        }
    }

    private sealed class TreatRequestsAsHttps : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                context.Request.Scheme = Uri.UriSchemeHttps;
                return nextMiddleware(context);
            });
            next(app);
        };
    }
}
