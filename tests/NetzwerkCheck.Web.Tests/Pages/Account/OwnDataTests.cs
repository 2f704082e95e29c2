using NetzwerkCheck.Web.Infrastructure.Accounts;
using System.IO.Compression;
using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using NetzwerkCheck.Domain.Networks;
using NetzwerkCheck.Domain.Surveys;
using NetzwerkCheck.Domain.Workshops;
using NetzwerkCheck.Web.Tests.Infrastructure;

namespace NetzwerkCheck.Web.Tests.Pages.Account;

public sealed class OwnDataTests(NetzwerkCheckFactory factory) : IClassFixture<NetzwerkCheckFactory>
{
    private async Task<(WebUser User, int NetworkId)> UserWithDataAsync(string networkName)
    {
        var user = await WebUser.RegisterAsync(factory);
        var networkId = await user.CreateNetworkAsync(networkName);
        var assessmentId = await user.StartCheckAsync(networkId);
        await user.SubmitAsync($"/Checks/Criteria/{assessmentId}", [("Criteria[0].Rating", "4"), ("Criteria[0].Note", "=HYPERLINK(\"http://evil\")"), ("go", "next")]);
        await user.SubmitAsync($"/Checks/Flags/{assessmentId}", [("go", "next")]);
        await factory.WithDbAsync(async db =>
        {
            db.Journal.Add(new JournalEntry { NetworkId = networkId, Date = new DateOnly(2026, 10, 1), Kind = JournalEntryKind.Lead, Text = "Anfrage für einen Vortrag", CreatedUtc = DateTime.UtcNow });
            db.Journal.Add(new JournalEntry { NetworkId = networkId, Date = new DateOnly(2026, 10, 20), Kind = JournalEntryKind.Order, Text = "Workshop gebucht", Amount = 1234.5m, CreatedUtc = DateTime.UtcNow });
            var network = await db.Networks.SingleAsync(n => n.Id == networkId, TestContext.Current.CancellationToken);
            (network.MemberSince, network.YearlyFee, network.HoursPerMonth) = (new DateOnly(2026, 3, 1), 480m, 6.5m);
            var settings = await db.SettingsOfAsync(network.OwnerId);
            (settings.HourlyRate, settings.WantedHoursPerMonth) = (90m, 20m);
            return await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        });
        return (user, networkId);
    }

    [Fact]
    public async Task JsonExportHoldsEverythingOfTheAccountAndNothingElse()
    {
        var (user, _) = await UserWithDataAsync("Mein Netzwerk");
        await (await WebUser.RegisterAsync(factory)).CreateNetworkAsync("Fremdes Netzwerk");

        var response = await user.Client.GetAsync("/Account/Data?handler=Json", TestContext.Current.CancellationToken);
        var json = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        Assert.StartsWith("netzwerkcheck-export-", response.Content.Headers.ContentDisposition!.FileNameStar ?? response.Content.Headers.ContentDisposition.FileName, StringComparison.Ordinal);
        using var document = JsonDocument.Parse(json);
        Assert.Equal(user.Email, document.RootElement.GetProperty("Email").GetString());
        var network = Assert.Single(document.RootElement.GetProperty("Networks").EnumerateArray());
        Assert.Equal("Mein Netzwerk", network.GetProperty("Name").GetString());
        Assert.Equal("Association", network.GetProperty("OrganisationForm").GetString());
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$", network.GetProperty("CreatedUtc").GetString());
        var assessment = Assert.Single(network.GetProperty("Assessments").EnumerateArray());
        Assert.Contains(assessment.GetProperty("Ratings").EnumerateArray(), r => r.GetProperty("Note").GetString() == "=HYPERLINK(\"http://evil\")");
        Assert.Equal("2026-03-01", network.GetProperty("MemberSince").GetString());
        Assert.Equal(480m, network.GetProperty("YearlyFee").GetDecimal());
        Assert.Equal(6.5m, network.GetProperty("HoursPerMonth").GetDecimal());
        Assert.Equal(1234.5m, network.GetProperty("Journal")[1].GetProperty("Amount").GetDecimal());
        var entry = network.GetProperty("Journal")[0];
        Assert.Equal("Anfrage für einen Vortrag", entry.GetProperty("Text").GetString());
        Assert.Equal("Lead", entry.GetProperty("Kind").GetString());
        Assert.Equal("2026-10-01", entry.GetProperty("Date").GetString());
        Assert.DoesNotContain("Fremdes Netzwerk", json);
        var settings = document.RootElement.GetProperty("Settings");
        Assert.False(settings.GetProperty("EmailConfirmed").GetBoolean());
        Assert.Equal("de-DE", settings.GetProperty("Language").GetString());
        Assert.False(settings.GetProperty("TrialRemindersOff").GetBoolean());
        Assert.Equal(90m, settings.GetProperty("HourlyRate").GetDecimal());
        Assert.Equal(20m, settings.GetProperty("WantedHoursPerMonth").GetDecimal());
        Assert.False(network.GetProperty("TrialRemindersOff").GetBoolean());
    }

    [Fact]
    public async Task DeletingTheAccountAlsoRemovesItsMailsResetRequestsRemindersAndSettings()
    {
        var (user, networkId) = await UserWithDataAsync("Mit Post");
        await user.SwitchLanguageAsync("en-GB", "/Networks");
        await new WebUser(factory.CreateBrowserClient()).SubmitAsync("/Account/ForgotPassword", [("Input.Email", user.Email)]);
        var userId = await factory.WithDbAsync(db => db.Users.Where(u => u.Email == user.Email).Select(u => u.Id).SingleAsync());
        await factory.WithDbAsync(async db =>
        {
            var later = DateTime.UtcNow.AddDays(1);
            db.TrialReminders.Add(new NetzwerkCheck.Web.Infrastructure.Email.TrialReminder { NetworkId = networkId, TrialEnd = new DateOnly(2026, 12, 24), QueuedUtc = DateTime.UtcNow });
            // Not due yet, so the sender leaves it in the outbox.
            db.Outbox.Add(new NetzwerkCheck.Web.Infrastructure.Email.OutboxMessage { To = "kundin@example.org", AccountId = userId, Subject = "Bericht", MessageId = "<bericht@test>", CreatedUtc = later, NextAttemptUtc = later });
            return await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        });
        Assert.True(await factory.WithDbAsync(db => db.AccountSettings.AnyAsync(s => s.UserId == userId && s.Culture == "en-GB")));
        Assert.True(await factory.WithDbAsync(db => db.AccountMails.AnyAsync(m => m.UserId == userId)));
        var hash = NetzwerkCheck.Web.Infrastructure.Email.PasswordReset.AddressHash(user.Email.ToUpperInvariant());
        Assert.True(await factory.WithDbAsync(db => db.PasswordResetRequests.AnyAsync(r => r.AddressHash == hash)));

        var delete = await user.SubmitAsync("/Account/Data", [("Input.Password", WebUser.Password), ("Input.Confirm", "true")]);

        Assert.Equal(HttpStatusCode.Redirect, delete.StatusCode);
        Assert.False(await factory.WithDbAsync(db => db.Outbox.AnyAsync(m => m.AccountId == userId || m.To == user.Email)));
        Assert.False(await factory.WithDbAsync(db => db.TrialReminders.AnyAsync(r => r.NetworkId == networkId)));
        Assert.False(await factory.WithDbAsync(db => db.AccountSettings.AnyAsync(s => s.UserId == userId)));
        Assert.False(await factory.WithDbAsync(db => db.AccountMails.AnyAsync(m => m.UserId == userId)));
        Assert.False(await factory.WithDbAsync(db => db.PasswordResetRequests.AnyAsync(r => r.AddressHash == hash)));
    }

    [Fact]
    public async Task CsvExportIsAZipOfSixTablesSafeForSpreadsheets()
    {
        var (user, _) = await UserWithDataAsync("Tabellen-Netzwerk");

        var response = await user.Client.GetAsync("/Account/Data?handler=Csv", TestContext.Current.CancellationToken);
        using var zip = new ZipArchive(await response.Content.ReadAsStreamAsync(TestContext.Current.CancellationToken));
        string Read(string name)
        {
            using var reader = new StreamReader(zip.GetEntry(name)!.Open());
            return reader.ReadToEnd();
        }

        Assert.Equal(["bewertungen.csv", "geteilte-berichte.csv", "konto.csv", "mandanten.csv", "netzwerke.csv", "tagebuch.csv", "workshop-ergebnisse.csv"], zip.Entries.Select(e => e.Name).Order());
        Assert.StartsWith("Id;Name;Mandant;Organisationsform;Status;", Read("netzwerke.csv"), StringComparison.Ordinal);
        Assert.Contains("Tabellen-Netzwerk", Read("netzwerke.csv"));
        var assessments = Read("bewertungen.csv");
        Assert.StartsWith("Id;NetzwerkId;Netzwerk;", assessments, StringComparison.Ordinal);
        Assert.Contains("UmgangNotiz", assessments);
        Assert.Contains("'=HYPERLINK", assessments);
        Assert.DoesNotContain(";=HYPERLINK", assessments);
        Assert.StartsWith("NetzwerkId;Netzwerk;Datum;Art;Text;BetragEuro", Read("tagebuch.csv"), StringComparison.Ordinal);
        Assert.Contains("Anfrage für einen Vortrag", Read("tagebuch.csv"));
        Assert.Contains("Workshop gebucht;1234", Read("tagebuch.csv"));
        Assert.Contains("JahresbeitragEuro", Read("netzwerke.csv"));
        Assert.Contains("Stundensatz", Read("konto.csv"));
        using var raw = zip.GetEntry("netzwerke.csv")!.Open();
        var bom = new byte[3];
        raw.ReadExactly(bom);
        Assert.Equal([0xEF, 0xBB, 0xBF], bom);
    }

    [Fact]
    public async Task AnonymousVisitorsCannotExport()
    {
        var response = await factory.CreateBrowserClient().GetAsync("/Account/Data?handler=Json", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/Account/Login", response.Headers.Location!.OriginalString);
    }

    [Theory]
    [InlineData("falsches-passwort", "true", "Das Passwort stimmt nicht.")]
    [InlineData(WebUser.Password, null, "Bitte bestätigen Sie, dass alles endgültig gelöscht wird.")]
    [InlineData("", "true", "Bitte bestätigen Sie mit Ihrem Passwort.")]
    public async Task DeletingNeedsPasswordAndConfirmation(string password, string? confirm, string message)
    {
        var (user, networkId) = await UserWithDataAsync("Bleibt bestehen");

        var response = await user.SubmitAsync("/Account/Data", [("Input.Password", password), ("Input.Confirm", confirm)]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        (await WebUser.ParseAsync(response)).AssertError(message);
        Assert.Equal(1, await factory.WithDbAsync(db => db.Networks.CountAsync(n => n.Id == networkId)));
    }

    [Fact]
    public async Task DeletingRemovesTheAccountWithAllItsDataOnly()
    {
        var (user, networkId) = await UserWithDataAsync("Wird gelöscht");
        var (other, otherNetwork) = await UserWithDataAsync("Gehört jemand anderem");
        var userId = await factory.WithDbAsync(db => db.Users.Where(u => u.Email == user.Email).Select(u => u.Id).SingleAsync(TestContext.Current.CancellationToken));
        await factory.WithDbAsync(async db =>
        {
            db.Surveys.Add(new Survey { NetworkId = networkId, Token = Guid.NewGuid().ToString("N"), CreatedUtc = DateTime.UtcNow });
            db.Workshops.Add(new Workshop { OwnerId = userId, Title = "Mein Workshop", JoinCode = Guid.NewGuid().ToString("N")[..6].ToUpperInvariant(), CreatedUtc = DateTime.UtcNow });
            return await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        });
        await user.CreateClientAsync("Mandant des Gelöschten");
        await other.CreateClientAsync("Mandant des Gelöschten");

        var response = await user.SubmitAsync("/Account/Data", [("Input.Password", WebUser.Password), ("Input.Confirm", "true")]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("Ihr Konto und alle Daten sind gelöscht.", WebUtility.HtmlDecode(await user.FollowAsync(response)));
        Assert.Equal(0, await factory.WithDbAsync(db => db.Users.CountAsync(u => u.Email == user.Email)));
        Assert.Equal(0, await factory.WithDbAsync(db => db.Networks.CountAsync(n => n.Id == networkId)));
        Assert.Equal(0, await factory.WithDbAsync(db => db.Assessments.CountAsync(a => a.NetworkId == networkId)));
        Assert.Equal(0, await factory.WithDbAsync(db => db.Journal.CountAsync(e => e.NetworkId == networkId)));
        Assert.Equal(0, await factory.WithDbAsync(db => db.Surveys.CountAsync(v => v.NetworkId == networkId)));
        Assert.Equal(0, await factory.WithDbAsync(db => db.Workshops.CountAsync(w => w.OwnerId == userId)));
        Assert.Equal(0, await factory.WithDbAsync(db => db.Clients.CountAsync(c => c.OwnerId == userId)));
        Assert.Equal(0, await factory.WithDbAsync(db => db.AccountSettings.CountAsync(x => x.UserId == userId)));   // hourly rate and time budget
        Assert.Equal(1, await factory.WithDbAsync(db => db.Clients.CountAsync(c => c.Name == "Mandant des Gelöschten")));
        Assert.Equal(1, await factory.WithDbAsync(db => db.Networks.CountAsync(n => n.Id == otherNetwork)));
        Assert.Equal(1, await factory.WithDbAsync(db => db.Assessments.CountAsync(a => a.NetworkId == otherNetwork)));
        Assert.Equal(HttpStatusCode.Redirect, (await user.Client.GetAsync("/Networks", TestContext.Current.CancellationToken)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await other.Client.GetAsync("/Networks", TestContext.Current.CancellationToken)).StatusCode);
    }

    [Fact]
    public async Task ASessionOnAnotherDeviceEndsWithTheAccount()
    {
        var (user, _) = await UserWithDataAsync("Zweites Gerät");
        var otherDevice = new WebUser(factory.CreateBrowserClient());
        var login = await otherDevice.SubmitAsync("/Account/Login", [("Input.Email", user.Email), ("Input.Password", WebUser.Password)]);
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);

        var delete = await user.SubmitAsync("/Account/Data", [("Input.Password", WebUser.Password), ("Input.Confirm", "true")]);
        Assert.Equal(HttpStatusCode.Redirect, delete.StatusCode);

        var after = await otherDevice.Client.GetAsync("/Networks", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.StartsWith("/Account/Login", after.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeletingWithoutAntiforgeryTokenIsRejected()
    {
        var (user, networkId) = await UserWithDataAsync("Ohne Token");

        var response = await user.Client.PostAsync("/Account/Data?handler=Delete", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Password"] = WebUser.Password,
            ["Input.Confirm"] = "true",
        }), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(1, await factory.WithDbAsync(db => db.Users.CountAsync(u => u.Email == user.Email)));
        Assert.Equal(1, await factory.WithDbAsync(db => db.Networks.CountAsync(n => n.Id == networkId)));
    }
}
