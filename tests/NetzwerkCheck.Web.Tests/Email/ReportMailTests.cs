using System.Net;
using Microsoft.EntityFrameworkCore;
using NetzwerkCheck.Web.Tests.Infrastructure;

namespace NetzwerkCheck.Web.Tests.Email;

/// <summary>"Bericht per E-Mail senden" on the result page, through a real SMTP server.</summary>
public sealed class ReportMailTests(ReportMailTests.ReportFactory factory) : IClassFixture<ReportMailTests.ReportFactory>
{
    private const string SendForm = "form[action*='handler=Send']";

    [Fact]
    public async Task TheReportArrivesWithTheNoteAndNothingOfTheOwnersOtherNetworks()
    {
        var owner = await WebUser.RegisterAsync(factory);
        await owner.CreateNetworkAsync("Geheimer Stammtisch");
        var id = await CompletedAssessmentAsync(owner, "Gründerforum Nord");
        var client = $"kundin-{Guid.NewGuid():N}@example.org";

        var sent = await owner.SubmitAsync($"/Checks/Result/{id}", [("Send.To", client), ("Send.Name", "Frau Berger"), ("Send.Note", "Hallo Frau Berger,\nhier meine Einschätzung.")], SendForm);
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.Equal($"Der Bericht ist an {client} unterwegs.", (await owner.FollowToDocumentAsync(sent)).Text("[role=status]"));

        var mail = await factory.Smtp.MessageToAsync(client);
        Assert.Equal("Bewertungsbericht: Gründerforum Nord", mail.Subject);
        Assert.Single(mail.To.Mailboxes);
        Assert.Empty(mail.Cc);
        Assert.Empty(mail.Bcc);
        var text = mail.TextBody!.ReplaceLineEndings("\n");
        Assert.StartsWith("Guten Tag Frau Berger,", text, StringComparison.Ordinal);
        Assert.Contains($"{owner.Email} schickt Ihnen mit NetzwerkCheck die Bewertung des Netzwerks „Gründerforum Nord“", text, StringComparison.Ordinal);
        Assert.Contains("Hallo Frau Berger,\nhier meine Einschätzung.", text, StringComparison.Ordinal);
        Assert.Contains("Empfehlung: ", text, StringComparison.Ordinal);
        Assert.Contains("Gewichtete Punktzahl: ", text, StringComparison.Ordinal);
        Assert.Contains("Herzlicher Empfang", text, StringComparison.Ordinal);
        Assert.Contains("Nächste Schritte", text, StringComparison.Ordinal);
        Assert.Contains("Hallo Frau Berger,<br>hier meine Einschätzung.", mail.HtmlBody, StringComparison.Ordinal);
        foreach (var body in new[] { text, mail.HtmlBody! })
        {
            Assert.DoesNotContain("Geheimer Stammtisch", body, StringComparison.Ordinal);
            Assert.DoesNotContain("<img", body, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("/Checks/", body, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("keine-adresse", null, null, "#Send_To-error", "Bitte geben Sie eine gültige E-Mail-Adresse ein.")]
    [InlineData("kunde@example.org\r\nBcc: opfer@example.org", null, null, "#Send_To-error", "Die Adresse darf keine Zeilenumbrüche oder Steuerzeichen enthalten.")]
    [InlineData("kunde@example.org\nBcc: opfer", null, null, "#Send_To-error", "Die Adresse darf keine Zeilenumbrüche oder Steuerzeichen enthalten.")]
    [InlineData("Kunde <kunde@example.org>", null, null, "#Send_To-error", "Bitte geben Sie eine gültige E-Mail-Adresse ein.")]
    [InlineData("", null, null, "#Send_To-error", "Bitte geben Sie die E-Mail-Adresse ein, an die der Bericht gehen soll.")]
    [InlineData("kunde@example.org", "Frau Berger\r\nBcc: opfer@example.org", null, "#Send_Name-error", "Der Name darf keine Zeilenumbrüche oder Steuerzeichen enthalten.")]
    [InlineData("kunde@example.org", null, 1001, "#Send_Note-error", "Die Nachricht darf höchstens 1000 Zeichen lang sein.")]
    public async Task BadInputGetsAGermanMessageAndSendsNothing(string to, string? name, int? noteLength, string field, string message)
    {
        var owner = await WebUser.RegisterAsync(factory);
        var id = await CompletedAssessmentAsync(owner, "Netzwerk für Fehler");
        var note = noteLength is int length ? new string('x', length) : "kurz";

        var response = await owner.SubmitAsync($"/Checks/Result/{id}", [("Send.To", to), ("Send.Name", name), ("Send.Note", note)], SendForm);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(message, Html.Parse(await response.TextAsync()).Text(field));
        Assert.Equal(0, await ReportsQueuedByAsync(owner));
    }

    [Fact]
    public async Task SomeoneElsesAssessmentIsNotFound()
    {
        var owner = await WebUser.RegisterAsync(factory);
        var id = await CompletedAssessmentAsync(owner, "Fremdes Netzwerk");
        var stranger = await WebUser.RegisterAsync(factory);
        var token = (await stranger.GetDocumentAsync("/Networks/Create")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        var response = await stranger.Client.PostAsync($"/Checks/Result/{id}?handler=Send", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["Send.To"] = "kunde@example.org",
        }), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(0, await ReportsQueuedByAsync(stranger));
    }

    [Fact]
    public async Task ReportsAreLimitedPerAccountAndHour()
    {
        var owner = await WebUser.RegisterAsync(factory);
        var id = await CompletedAssessmentAsync(owner, "Viel verschickt");
        for (var i = 0; i < ReportFactory.PerHour; i++)
        {
            Assert.Equal(HttpStatusCode.Redirect, (await owner.SubmitAsync($"/Checks/Result/{id}", [("Send.To", $"k{i}@example.org")], SendForm)).StatusCode);
        }

        var refused = await owner.SubmitAsync($"/Checks/Result/{id}", [("Send.To", "noch-einer@example.org")], SendForm);

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Html.Parse(await refused.TextAsync()).AssertError($"Sie haben in der letzten Stunde schon {ReportFactory.PerHour} Berichte verschickt.");
        Assert.Equal(ReportFactory.PerHour, await ReportsQueuedByAsync(owner));
    }

    private Task<int> ReportsQueuedByAsync(WebUser user) => factory.WithDbAsync(db =>
        db.AccountMails.CountAsync(m => m.Kind == NetzwerkCheck.Web.Infrastructure.Accounts.AccountMailKind.Report && db.Users.Any(u => u.Id == m.UserId && u.Email == user.Email)));

    private static async Task<int> CompletedAssessmentAsync(WebUser owner, string name)
    {
        var networkId = await owner.CreateNetworkAsync(name);
        var id = await owner.StartCheckAsync(networkId);
        await owner.SubmitAsync($"/Checks/Criteria/{id}", [("Criteria[0].Rating", "4"), ("Criteria[0].Note", "Herzlicher Empfang"), ("go", "next")]);
        var done = await owner.SubmitAsync($"/Checks/Flags/{id}", [("go", "next")]);
        Assert.Equal($"/Checks/Result/{id}", done.Headers.Location!.OriginalString);
        return id;
    }

    public sealed class ReportFactory : SmtpMailFactory
    {
        public const int PerHour = 3;

        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Email:ReportMailsPerHour", PerHour.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }
}
