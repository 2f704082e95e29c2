using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace NetzwerkCheck.Web.Tests.Infrastructure;

/// <summary>The app on a clock the test moves: session lifetimes and idle timeouts without waiting.</summary>
public class FakeClockFactory : NetzwerkCheckFactory
{
    public FakeClockFactory()
        : this(DateTimeOffset.UtcNow)
    {
    }

    /// <summary>A clock that starts at a fixed moment, for figures that depend on the date (it only moves forward).</summary>
    protected FakeClockFactory(DateTimeOffset start) => Clock = new(start);

    public FakeTimeProvider Clock { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.AddSingleton<TimeProvider>(Clock));
    }
}

/// <summary>The day of docs/rules.md's worked example: 1 December 2026.</summary>
public sealed class WorkedExampleClockFactory() : FakeClockFactory(new DateTimeOffset(2026, 12, 1, 10, 0, 0, TimeSpan.Zero));
