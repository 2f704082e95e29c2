using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using MimeKit;
using NetzwerkCheck.Web.Infrastructure;
using NetzwerkCheck.Web.Infrastructure.Email;
using NetzwerkCheck.Web.Tests.Infrastructure;

namespace NetzwerkCheck.Web.Tests.Email;

/// <summary>Reminders a week before a trial ends and on its last day, on a clock the tests move.</summary>
public sealed partial class TrialReminderTests(TrialReminderTests.ClockFactory factory) : IClassFixture<TrialReminderTests.ClockFactory>
{
    [GeneratedRegex(@"https://localhost/Email/RemindersOff\?token=\S+")]
    private static partial Regex OffLink();

    [Fact]
    public async Task RemindsAWeekBeforeAndOnTheLastDayOnceInTheOwnersLanguage()
    {
        var owner = await ConfirmedOwnerAsync();
        await owner.SwitchLanguageAsync("en-GB", "/Networks");
        var networkId = await TrialEndingInAsync(owner, "Reminder Club", days: 7);
        var end = factory.Clock.Today().AddDays(7);

        await TwoWorkersRunAsync();
        var first = await factory.Smtp.MessageToAsync(owner.Email, IsReminder);
        Assert.Equal($"Your trial at “Reminder Club” ends on {end.ToString("d", CultureInfo.GetCultureInfo("en-GB"))}", first.Subject);
        Assert.Contains($"https://localhost/Networks/Details/{networkId}", first.TextBody, StringComparison.Ordinal);
        Assert.Contains("ends in 7 days", first.TextBody, StringComparison.Ordinal);
        Assert.Matches(OffLink(), first.TextBody);
        Assert.Contains("<html lang=\"en\">", first.HtmlBody, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", first.HtmlBody, StringComparison.OrdinalIgnoreCase);

        factory.Clock.Advance(TimeSpan.FromDays(3));
        await TwoWorkersRunAsync();
        factory.Clock.Advance(TimeSpan.FromDays(4));
        await TwoWorkersRunAsync();
        await factory.Smtp.MessageToAsync(owner.Email, m => m.Subject == "Your trial at “Reminder Club” ends today");
        await TwoWorkersRunAsync();

        await Outbox.UntilEmptyAsync(factory);
        Assert.Equal(2, factory.Smtp.MessagesTo(owner.Email).Count(IsReminder));
        Assert.Equal(2, await factory.WithDbAsync(db => db.TrialReminders.CountAsync(r => r.NetworkId == networkId)));
    }

    [Fact]
    public async Task NoReminderWhenTurnedOffForTheNetworkOrTheAccountOrTheAddressIsUnconfirmed()
    {
        var owner = await ConfirmedOwnerAsync();
        var muted = await TrialEndingInAsync(owner, "Stummer Kreis", days: 3);
        var off = await owner.SubmitAsync($"/Networks/Trial/{muted}", [("remindersOn", null)], "form[action*='handler=Reminders']");
        Assert.Equal(HttpStatusCode.Redirect, off.StatusCode);
        Assert.False((await owner.GetDocumentAsync($"/Networks/Trial/{muted}")).QuerySelector("#trial-reminders-on")!.HasAttribute("checked"));
        await TrialEndingInAsync(owner, "Lauter Kreis", days: 3);

        var quiet = await ConfirmedOwnerAsync();
        await TrialEndingInAsync(quiet, "Kreis ohne Post", days: 3);
        await quiet.SubmitAsync("/Account/Manage", [("remindersOn", null)], "#reminders-form");
        Assert.False((await quiet.GetDocumentAsync("/Account/Manage")).QuerySelector("#reminders-on")!.HasAttribute("checked"));

        var unconfirmed = await WebUser.RegisterAsync(factory);
        await TrialEndingInAsync(unconfirmed, "Unbestätigter Kreis", days: 3);

        await TwoWorkersRunAsync();
        await factory.Smtp.MessageToAsync(owner.Email, m => m.Subject?.Contains("Lauter Kreis", StringComparison.Ordinal) == true);
        await Outbox.UntilEmptyAsync(factory);
        Assert.Single(factory.Smtp.MessagesTo(owner.Email), IsReminder);
        Assert.DoesNotContain(factory.Smtp.MessagesTo(quiet.Email), IsReminder);
        Assert.DoesNotContain(factory.Smtp.MessagesTo(unconfirmed.Email), IsReminder);
    }

    [Fact]
    public async Task TheOptOutLinkWorksWithoutSignInAndATamperedTokenDoesNothing()
    {
        var owner = await ConfirmedOwnerAsync();
        var networkId = await TrialEndingInAsync(owner, "Kreis zum Abbestellen", days: 2);
        await TwoWorkersRunAsync();
        var mail = await factory.Smtp.MessageToAsync(owner.Email, IsReminder);
        var link = new Uri(OffLink().Match(mail.TextBody!).Value).PathAndQuery;
        var stranger = new WebUser(factory.CreateBrowserClient());

        var page = await stranger.GetDocumentAsync(link);
        Assert.Equal("Nur für „Kreis zum Abbestellen“", page.Text("#reminders-off-network"));
        Assert.False(await NetworkMutedAsync(networkId));

        var tampered = Regex.Replace(link, "token=(.)", m => "token=" + (m.Groups[1].Value == "A" ? "B" : "A"));
        var shown = await stranger.Client.GetAsync(tampered, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.BadRequest, shown.StatusCode);
        Assert.StartsWith("Dieser Link ist ungültig.", Html.Parse(await shown.TextAsync()).Text("#reminders-off-invalid"), StringComparison.Ordinal);
        var forged = await stranger.SubmitAsync(link, [("Token", Uri.UnescapeDataString(tampered.Split("token=")[1]))], "form[action*='handler=All']");
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.False(await factory.WithDbAsync(db => db.AccountSettings.AnyAsync(s => s.TrialRemindersOff && db.Users.Any(u => u.Id == s.UserId && u.Email == owner.Email))));

        var network = await stranger.SubmitAsync(link, [], "form[action*='handler=Network']");
        Assert.Equal("Erledigt: Für „Kreis zum Abbestellen“ schicken wir keine Erinnerungen mehr.", Html.Parse(await network.TextAsync()).Text("#reminders-off-done"));
        Assert.True(await NetworkMutedAsync(networkId));

        var all = await stranger.SubmitAsync(link, [], "form[action*='handler=All']");
        Assert.StartsWith("Erledigt: Sie erhalten keine Erinnerungen", Html.Parse(await all.TextAsync()).Text("#reminders-off-done"), StringComparison.Ordinal);
        Assert.False((await owner.GetDocumentAsync("/Account/Manage")).QuerySelector("#reminders-on")!.HasAttribute("checked"));
    }

    private static bool IsReminder(MimeMessage mail) => OffLink().IsMatch(mail.TextBody ?? "");

    private Task<bool> NetworkMutedAsync(int networkId) =>
        factory.WithDbAsync(db => db.Networks.Where(n => n.Id == networkId).Select(n => n.TrialRemindersOff).SingleAsync());

    /// <summary>Two reminder workers on one database at once, as two app instances would run them.</summary>
    private async Task TwoWorkersRunAsync()
    {
        var first = ActivatorUtilities.CreateInstance<TrialReminderJob>(factory.Services);
        var second = ActivatorUtilities.CreateInstance<TrialReminderJob>(factory.Services);
        await Task.WhenAll(first.RunOnceAsync(TestContext.Current.CancellationToken), second.RunOnceAsync(TestContext.Current.CancellationToken));
        first.Dispose();
        second.Dispose();
    }

    private async Task<WebUser> ConfirmedOwnerAsync()
    {
        var owner = await WebUser.RegisterAsync(factory);
        await ConfirmationMails.ConfirmAsync(owner, await ConfirmationMails.LinkToAsync(factory.Smtp, owner.Email));
        return owner;
    }

    private async Task<int> TrialEndingInAsync(WebUser owner, string name, int days)
    {
        var networkId = await owner.CreateNetworkAsync(name);
        var today = factory.Clock.Today();
        var saved = await owner.SubmitAsync($"/Networks/Trial/{networkId}", [
            ("Dates.Start", today.AddDays(-80).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            ("Dates.PlannedEnd", today.AddDays(days).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))], "form[action*='handler=Dates']");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        return networkId;
    }

    public sealed class ClockFactory : SmtpMailFactory
    {
        public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services => services.AddSingleton<TimeProvider>(Clock));
        }
    }
}
