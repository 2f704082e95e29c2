using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace NetzwerkCheck.Web.Tests.Infrastructure;

/// <summary>The app on a clock the test moves: session lifetimes and idle timeouts without waiting.</summary>
public sealed class FakeClockFactory : NetzwerkCheckFactory
{
    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.AddSingleton<TimeProvider>(Clock));
    }
}
