using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using MimeKit;
using SmtpServer;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace NetzwerkCheck.Web.Tests.Infrastructure;

/// <summary>
/// A real SMTP server in the test process (the SmtpServer package) on a free loopback port: the app's MailKit
/// client talks SMTP to it, and the tests read what arrived. It can be started after the app, to play a
/// server that was down.
/// </summary>
public sealed class TestSmtpServer(string? user = null, string? password = null) : IAsyncDisposable
{
    private readonly ConcurrentQueue<MimeMessage> _received = new();
    private CancellationTokenSource? _running;
    private Task? _serving;

    public int Port { get; } = FreePort();

    public IReadOnlyCollection<MimeMessage> Received => [.. _received];

    public void Start()
    {
        var options = new SmtpServerOptionsBuilder()
            .ServerName("localhost")
            .Endpoint(endpoint => endpoint.Endpoint(new IPEndPoint(IPAddress.Loopback, Port))
                .AllowUnsecureAuthentication(user is not null)
                .AuthenticationRequired(user is not null))
            .Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(new Store(_received));
        if (user is not null)
        {
            services.Add(new Authenticator(user, password ?? ""));
        }
        _running = new CancellationTokenSource();
        _serving = new SmtpServer.SmtpServer(options, services).StartAsync(_running.Token);
    }

    /// <summary>Waits until a message to <paramref name="address"/> (that <paramref name="which"/> accepts) has arrived and returns the first such.</summary>
    public Task<MimeMessage> MessageToAsync(string address, Func<MimeMessage, bool>? which = null) =>
        Eventually.ValueAsync(
            () => Task.FromResult(MessagesTo(address).FirstOrDefault(m => which?.Invoke(m) ?? true)),
            message => message is not null,
            $"No mail to {address} arrived at the test SMTP server")!;

    public IReadOnlyList<MimeMessage> MessagesTo(string address) =>
        [.. _received.Where(m => m.To.Mailboxes.Any(b => string.Equals(b.Address, address, StringComparison.OrdinalIgnoreCase)))];

    public async ValueTask DisposeAsync()
    {
        if (_running is not null)
        {
            await _running.CancelAsync();
            try
            {
                await _serving!;
            }
            catch (OperationCanceledException)
            {
            }
            _running.Dispose();
        }
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    /// <summary>With a user, the server asks for AUTH (over plain SMTP, allowed here because it is loopback).</summary>
    private sealed class Authenticator(string user, string password) : SmtpServer.Authentication.UserAuthenticator
    {
        public override Task<bool> AuthenticateAsync(ISessionContext context, string user1, string password1, CancellationToken cancellationToken) =>
            Task.FromResult(user1 == user && password1 == password);
    }

    private sealed class Store(ConcurrentQueue<MimeMessage> received) : MessageStore
    {
        public override async Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            using var stream = new MemoryStream(buffer.ToArray());
            received.Enqueue(await MimeMessage.LoadAsync(stream, cancellationToken));
            return SmtpResponse.Ok;
        }
    }
}

/// <summary>The app sending through <see cref="TestSmtpServer"/> (plain SMTP on loopback), retrying quickly.</summary>
public class SmtpMailFactory : NetzwerkCheckFactory, IAsyncLifetime
{
    public TestSmtpServer Smtp { get; } = new();

    /// <summary>Whether the SMTP server runs from the start; false plays a server that is down.</summary>
    protected virtual bool StartSmtp => true;

    protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Email:Smtp:Host", "127.0.0.1");
        builder.UseSetting("Email:Smtp:Port", Smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Email:Smtp:Security", "None");
        builder.UseSetting("Email:From", "NetzwerkCheck <noreply@netzwerkcheck.test>");
        builder.UseSetting("Email:PollInterval", "00:00:00.200");
        builder.UseSetting("Email:RetryDelay", "00:00:00.100");
        builder.UseSetting("Email:MaxRetryDelay", "00:00:00.400");
    }

    public ValueTask InitializeAsync()
    {
        if (StartSmtp)
        {
            Smtp.Start();
        }
        return ValueTask.CompletedTask;
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await Smtp.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}
