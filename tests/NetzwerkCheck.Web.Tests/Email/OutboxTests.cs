using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using MimeKit;
using NetzwerkCheck.Web.Data;
using NetzwerkCheck.Web.Infrastructure.Email;
using NetzwerkCheck.Web.Tests.Infrastructure;

namespace NetzwerkCheck.Web.Tests.Email;

public static class Outbox
{
    /// <summary>Queues a message the way the app does: through <see cref="MailOutbox"/> and one SaveChanges.</summary>
    public static async Task QueueAsync(NetzwerkCheckFactory factory, string to, string subject, string body = "Geheimer Inhalt")
    {
        using var scope = factory.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<MailOutbox>().Add(to, new MailContent(subject, body, $"<p>{body}</p>"));
        await scope.ServiceProvider.GetRequiredService<AppDbContext>().SaveChangesAsync(TestContext.Current.CancellationToken);
    }

    public static Task UntilEmptyAsync(NetzwerkCheckFactory factory) =>
        Eventually.ValueAsync(() => factory.WithDbAsync(db => db.Outbox.CountAsync()), count => count == 0, "The outbox did not empty");
}

/// <summary>Without an SMTP host the embedded default writes each message as an .eml file.</summary>
public sealed class PickupDirectoryTests(NetzwerkCheckFactory factory) : IClassFixture<NetzwerkCheckFactory>
{
    [Fact]
    public async Task WithoutAnSmtpHostEachMessageBecomesAnEmlFile()
    {
        await Outbox.QueueAsync(factory, "jemand@example.org", "Grüße aus dem Test");

        var file = await Eventually.ValueAsync(
            () => Task.FromResult(Directory.Exists(factory.MailFolder) ? Directory.GetFiles(factory.MailFolder, "*.eml").FirstOrDefault() : null),
            found => found is not null, "No .eml file was written");
        var message = await MimeMessage.LoadAsync(file!, TestContext.Current.CancellationToken);
        Assert.Equal("Grüße aus dem Test", message.Subject);
        Assert.Equal("jemand@example.org", message.To.Mailboxes.Single().Address);
        Assert.Equal("Geheimer Inhalt", message.TextBody?.Trim());
        Assert.Equal("<p>Geheimer Inhalt</p>", message.HtmlBody?.Trim());
        await Outbox.UntilEmptyAsync(factory);
        Assert.Empty(Directory.GetFiles(factory.MailFolder, "*.tmp"));
    }

    [Fact]
    public void ThePickupDirectoryDefaultsToDataMailUnderTheContentRoot()
    {
        Assert.Equal(Path.Combine("/srv/app", "data/mail"), new EmailOptions().ResolvePickupDirectory("/srv/app"));
        Assert.Equal("/var/mail/nc", new EmailOptions { PickupDirectory = "/var/mail/nc" }.ResolvePickupDirectory("/srv/app"));
    }

    [Fact]
    public void RetriesWaitTwiceAsLongEachTimeUpToTheLimit()
    {
        var options = new EmailOptions { RetryDelay = TimeSpan.FromSeconds(30), MaxRetryDelay = TimeSpan.FromMinutes(5) };
        Assert.Equal(
            [30, 60, 120, 240, 300, 300],
            Enumerable.Range(1, 6).Select(attempt => options.RetryDelayAfter(attempt).TotalSeconds));
    }
}

/// <summary>The SMTP server is down when the message is queued and comes up later: the outbox delivers then.</summary>
public sealed class OutboxRetryTests(OutboxRetryTests.ServerDownFactory factory) : IClassFixture<OutboxRetryTests.ServerDownFactory>
{
    [Fact]
    public async Task AMessageQueuedWhileTheServerIsDownArrivesOnceItIsUpAndTheLogHasNoBody()
    {
        await Outbox.QueueAsync(factory, "geduldig@example.org", "Später zugestellt", "Streng geheimer Inhalt 4711");
        await Eventually.ValueAsync(
            () => factory.WithDbAsync(db => db.Outbox.Select(m => m.Attempts).SingleAsync()), attempts => attempts >= 2, "The sender did not retry");
        var failure = await factory.WithDbAsync(db => db.Outbox.Select(m => m.LastError).SingleAsync());
        Assert.NotNull(failure);

        factory.Smtp.Start();

        var arrived = await factory.Smtp.MessageToAsync("geduldig@example.org");
        Assert.Equal("Später zugestellt", arrived.Subject);
        await Outbox.UntilEmptyAsync(factory);
        Assert.Single(factory.Smtp.Received);

        var log = await Eventually.ValueAsync(
            () => Task.FromResult(string.Concat(Directory.GetFiles(factory.LogFolder, "nc-*.log").Select(ReadShared))),
            text => text.Contains("sent (attempt", StringComparison.Ordinal), "The delivery was not logged");
        Assert.Contains("failed (attempt 1)", log, StringComparison.Ordinal);
        Assert.DoesNotContain("4711", log, StringComparison.Ordinal);
        Assert.DoesNotContain("geduldig@example.org", log, StringComparison.Ordinal);
    }

    private static string ReadShared(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    public sealed class ServerDownFactory : SmtpMailFactory
    {
        protected override bool StartSmtp => false;
    }
}

/// <summary>Two app instances on one database, both sending: every message arrives exactly once.</summary>
public sealed class TwoSendersTests(SmtpMailFactory factory) : IClassFixture<SmtpMailFactory>
{
    [Fact]
    public async Task TwoInstancesOnOneDatabaseSendEachMessageOnce()
    {
        _ = factory.Server;
        using var second = new SecondInstance(factory.DatabaseFile, factory.Smtp.Port);
        _ = second.Server;

        const int count = 40;
        await Task.WhenAll(Enumerable.Range(0, count).Select(i => Outbox.QueueAsync(i % 2 == 0 ? factory : second, $"empfaenger-{i}@example.org", $"Nachricht {i}")));

        await Eventually.ValueAsync(() => Task.FromResult(factory.Smtp.Received.Count), n => n >= count, "Not every message arrived");
        await Outbox.UntilEmptyAsync(factory);
        Assert.Equal(count, factory.Smtp.Received.Count);
        Assert.Equal(count, factory.Smtp.Received.Select(m => m.MessageId).Distinct().Count());
    }

    [Fact]
    public async Task OnlyOneOfTwoSendersClaimsAMessage()
    {
        using var second = new SecondInstance(factory.DatabaseFile, factory.Smtp.Port);
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        // Due only in an hour, so the instances' own loops leave it alone; the two senders below live two hours ahead.
        var inAnHour = DateTime.UtcNow.AddHours(1);
        var message = new OutboxMessage { To = "x@example.org", Subject = "Claim", MessageId = "<claim@test>", CreatedUtc = inAnHour, NextAttemptUtc = inAnHour };
        db.Outbox.Add(message);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        var later = new FakeTimeProvider(DateTimeOffset.UtcNow.AddHours(2));
        using var first = ActivatorUtilities.CreateInstance<OutboxSender>(factory.Services, later);
        using var other = ActivatorUtilities.CreateInstance<OutboxSender>(second.Services, later);
        using var otherScope = second.Services.CreateScope();

        var claims = await Task.WhenAll(
            first.TryClaimAsync(db, message.Id, TestContext.Current.CancellationToken),
            other.TryClaimAsync(otherScope.ServiceProvider.GetRequiredService<AppDbContext>(), message.Id, TestContext.Current.CancellationToken));

        Assert.Equal(1, claims.Count(claimed => claimed));
        // The claim holds for both while it lasts; once it has expired (its sender died), the message can be taken again.
        Assert.False(await first.TryClaimAsync(db, message.Id, TestContext.Current.CancellationToken));
        Assert.False(await other.TryClaimAsync(db, message.Id, TestContext.Current.CancellationToken));
        later.Advance(new EmailOptions().ClaimTimeout + TimeSpan.FromSeconds(1));
        Assert.True(await other.TryClaimAsync(db, message.Id, TestContext.Current.CancellationToken));
        await db.Outbox.Where(m => m.Id == message.Id).ExecuteDeleteAsync(TestContext.Current.CancellationToken);
    }

    private sealed class SecondInstance(string file, int port) : NetzwerkCheckFactory
    {
        public override string DatabaseFile => file;

        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Email:Smtp:Host", "127.0.0.1");
            builder.UseSetting("Email:Smtp:Port", port.ToString(System.Globalization.CultureInfo.InvariantCulture));
            builder.UseSetting("Email:Smtp:Security", "None");
            builder.UseSetting("Email:PollInterval", "00:00:00.200");
        }
    }
}

/// <summary>Sign-in at the SMTP server: MailKit authenticates when Email:Smtp:User is set, and a wrong password fails the attempt.</summary>
public sealed class SmtpAuthenticationTests
{
    [Fact]
    public async Task TheTransportSignsInWithTheConfiguredUser()
    {
        await using var server = new TestSmtpServer("netzwerkcheck", "geheim-123");
        server.Start();

        await Transport(server, "geheim-123").SendAsync(Message(), TestContext.Current.CancellationToken);
        var arrived = await server.MessageToAsync("empfang@example.org");
        Assert.Equal("Angemeldet", arrived.Subject);

        await Assert.ThrowsAsync<MailKit.Security.AuthenticationException>(() => Transport(server, "falsch").SendAsync(Message(), TestContext.Current.CancellationToken));
        await Assert.ThrowsAnyAsync<Exception>(() => new SmtpMailTransport(Microsoft.Extensions.Options.Options.Create(new EmailOptions
        {
            Smtp = new SmtpOptions { Host = "127.0.0.1", Port = server.Port, Security = SmtpSecurity.None },
        })).SendAsync(Message(), TestContext.Current.CancellationToken));
        Assert.Single(server.Received);
    }

    private static SmtpMailTransport Transport(TestSmtpServer server, string password) =>
        new(Microsoft.Extensions.Options.Options.Create(new EmailOptions
        {
            Smtp = new SmtpOptions { Host = "127.0.0.1", Port = server.Port, Security = SmtpSecurity.None, User = "netzwerkcheck", Password = password },
        }));

    private static MimeMessage Message()
    {
        var message = new MimeMessage { Subject = "Angemeldet" };
        message.From.Add(MailboxAddress.Parse("noreply@netzwerkcheck.test"));
        message.To.Add(MailboxAddress.Parse("empfang@example.org"));
        message.Body = new TextPart("plain") { Text = "Hallo" };
        return message;
    }
}
