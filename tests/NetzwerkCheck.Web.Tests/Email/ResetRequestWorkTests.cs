using System.Collections.Concurrent;
using System.Data.Common;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using NetzwerkCheck.Web.Data;
using NetzwerkCheck.Web.Tests.Infrastructure;

namespace NetzwerkCheck.Web.Tests.Email;

/// <summary>
/// A reset request for a known and for an unknown address does exactly the same database work, so the time of
/// the answer cannot tell who has an account (the look-up happens later, in the background). Counted, not timed.
/// </summary>
public sealed class ResetRequestWorkTests(ResetRequestWorkTests.RecordingFactory factory) : IClassFixture<ResetRequestWorkTests.RecordingFactory>
{
    [Fact]
    public async Task AKnownAndAnUnknownAddressCostTheSameDatabaseCommands()
    {
        var owner = await WebUser.RegisterAsync(factory);
        var visitor = new WebUser(factory.CreateBrowserClient());

        async Task<string[]> CommandsForAsync(string email)
        {
            var form = await visitor.GetDocumentAsync("/Account/ForgotPassword");
            var token = form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
            factory.Recorder.Commands.Clear();
            var response = await visitor.Client.PostAsync("/Account/ForgotPassword", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Input.Email"] = email,
                ["__RequestVerificationToken"] = token,
            }), TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            return [.. factory.Recorder.Commands];
        }

        var known = await CommandsForAsync(owner.Email);
        var unknown = await CommandsForAsync($"niemand-{Guid.NewGuid():N}@example.org");

        Assert.NotEmpty(known);
        Assert.Equal(known, unknown);
        Assert.DoesNotContain(known, command => command.Contains("AspNetUsers", StringComparison.Ordinal));
    }

    /// <summary>The app without its background services (nothing else touches the database) and with every command recorded.</summary>
    public sealed class RecordingFactory : NetzwerkCheckFactory
    {
        public CommandRecorder Recorder { get; } = new();

        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services =>
            {
                services.RemoveAll<IHostedService>();
                services.ConfigureDbContext<AppDbContext>(options => options.AddInterceptors(Recorder));
            });
        }
    }

    public sealed class CommandRecorder : DbCommandInterceptor
    {
        public ConcurrentQueue<string> Commands { get; } = new();

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Commands.Enqueue(command.CommandText);
            return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
        }

        public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            Commands.Enqueue(command.CommandText);
            return base.NonQueryExecutingAsync(command, eventData, result, cancellationToken);
        }

        public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
        {
            Commands.Enqueue(command.CommandText);
            return base.ScalarExecutingAsync(command, eventData, result, cancellationToken);
        }
    }
}
