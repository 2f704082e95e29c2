using System.Net;
using Microsoft.EntityFrameworkCore;
using NetzwerkCheck.Domain.Assessments;
using NetzwerkCheck.Domain.Networks;
using NetzwerkCheck.Web.Infrastructure.Accounts;
using NetzwerkCheck.Web.Tests.Infrastructure;

namespace NetzwerkCheck.Web.Tests.Pages.Portfolio;

/// <summary>The portfolio: every network the user is in or testing, the time budget and hourly rate, and the findings.</summary>
public sealed class PortfolioTests(WorkedExampleClockFactory factory) : IClassFixture<WorkedExampleClockFactory>
{
    private Task<int> SetAsync(int networkId, DateOnly since, decimal? yearlyFee, decimal? hours, NetworkStatus status = NetworkStatus.Member) =>
        factory.WithDbAsync(async db =>
        {
            var network = await db.Networks.SingleAsync(n => n.Id == networkId);
            (network.MemberSince, network.YearlyFee, network.HoursPerMonth, network.Status) = (since, yearlyFee, hours, status);
            return await db.SaveChangesAsync();
        });

    private Task<int> JournalAsync(int networkId, DateOnly date, JournalEntryKind kind, decimal? amount = null) =>
        factory.WithDbAsync(db =>
        {
            db.Journal.Add(new JournalEntry { NetworkId = networkId, Date = date, Kind = kind, Text = "", Amount = amount, CreatedUtc = DateTime.UtcNow });
            return db.SaveChangesAsync();
        });

    private async Task CompleteCheckAsync(WebUser user, int networkId, Goal goal, NetworkerStyle style, (int K, int S, int R) shares)
    {
        var id = await user.StartCheckAsync(networkId);
        await factory.WithDbAsync(async db =>
        {
            var assessment = await db.Assessments.Include(a => a.Network).SingleAsync(a => a.Id == id);
            (assessment.Goal, assessment.Style, assessment.CompletedUtc, assessment.Recommendation) = (goal, style, DateTime.UtcNow, Recommendation.KeepTesting);
            (assessment.KnowledgePercent, assessment.ServicePercent, assessment.ReferralPercent) = shares;
            // What completing it in the app notes on the network (Assessment.Complete).
            assessment.Network!.NoteCompleted(assessment);
            return await db.SaveChangesAsync();
        });
    }

    private Task<AccountSettings> SettingsAsync(WebUser user) => factory.WithDbAsync(db => db.AccountSettings.AsNoTracking()
        .SingleAsync(s => db.Users.Any(u => u.Id == s.UserId && u.Email == user.Email)));

    [Fact]
    public async Task WithoutActiveNetworksThePageInvitesToAddOne()
    {
        var user = await WebUser.RegisterAsync(factory);
        var id = await user.CreateNetworkAsync();
        await SetAsync(id, new DateOnly(2026, 1, 1), 100m, 2m, NetworkStatus.Left);

        var document = await user.GetDocumentAsync("/Portfolio");

        Assert.NotNull(document.QuerySelector("#portfolio-empty"));
        Assert.Null(document.QuerySelector("#portfolio-table"));
        Assert.NotNull(document.QuerySelector("#budget form"));
    }

    [Fact]
    public async Task TheNetworksShowTimeMoneyAndWhatStandsOut()
    {
        var user = await WebUser.RegisterAsync(factory);
        var breakfast = await user.CreateNetworkAsync("Unternehmerfrühstück Nord");
        var forum = await user.CreateNetworkAsync("Online-Forum Webdesign");
        await SetAsync(breakfast, new DateOnly(2025, 9, 15), 600m, 5m);
        await SetAsync(forum, new DateOnly(2026, 2, 1), 120m, 9m);
        await JournalAsync(breakfast, new DateOnly(2026, 3, 10), JournalEntryKind.Order, 1800m);
        await JournalAsync(breakfast, new DateOnly(2026, 6, 9), JournalEntryKind.ReferralReceived);
        await JournalAsync(forum, new DateOnly(2026, 3, 5), JournalEntryKind.Event);
        await CompleteCheckAsync(user, breakfast, Goal.WinClients, NetworkerStyle.Hunter, (20, 30, 50));
        await CompleteCheckAsync(user, forum, Goal.SourceServices, NetworkerStyle.Gatherer, (70, 10, 20));
        await user.SubmitAsync("/Portfolio", [("Budget.HourlyRate", "80"), ("Budget.WantedHoursPerMonth", "12")], "#budget form");
        var other = await WebUser.RegisterAsync(factory);
        await SetAsync(await other.CreateNetworkAsync("Fremder Club"), new DateOnly(2026, 1, 1), 50m, 1m);

        var document = await user.GetDocumentAsync("/Portfolio");

        Assert.Equal("14 Stunden von 12 Stunden", Html.Text(document, "#total-hours"));
        Assert.Equal("720 €", Html.Text(document, "#total-money"));            // the yearly fees of 15 Sep 2026 and 1 Feb 2026
        Assert.Contains("1 × Wissensnetzwerk, 1 × Empfehlungsnetzwerk", Html.Text(document, "#type-mix"));
        var rows = document.QuerySelectorAll("#portfolio-table tbody tr").Select(r => r.TextContent).ToList();
        Assert.Equal(2, rows.Count);
        Assert.DoesNotContain("Fremder Club", document.Body!.TextContent);
        var findings = Html.Text(document, "#portfolio-findings");
        Assert.Contains("Ihre 2 Netzwerke brauchen zusammen 14 Stunden im Monat; vorgenommen haben Sie sich 12 Stunden.", findings);
        Assert.Contains("Gerade wer sammelt, verliert sich leicht", findings);
        Assert.Contains("Am wenigsten zurückgekommen ist bisher aus „Online-Forum Webdesign“", findings);
        Assert.Contains("Online-Forum Webdesign: seit 11 Monaten ohne Ergebnis", findings);   // months begun 1 Feb … 1 Dec 2026
        Assert.Contains("Für Ihr Ziel „Leistungen tauschen oder einkaufen“ ist keines Ihrer Netzwerke wirklich gemacht. Dafür taugt vor allem ein Leistungsnetzwerk.", findings);
        Assert.Contains("Hier zuerst: Unternehmerfrühstück Nord", findings);
    }

    [Fact]
    public async Task TheBudgetIsStoredAndBothDecimalSignsAreUnderstood()
    {
        var user = await WebUser.RegisterAsync(factory);

        var response = await user.SubmitAsync("/Portfolio", [("Budget.HourlyRate", "92.50"), ("Budget.WantedHoursPerMonth", "12,5")], "#budget form");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var settings = await SettingsAsync(user);
        Assert.Equal((92.5m, 12.5m), (settings.HourlyRate, settings.WantedHoursPerMonth));
        var document = await user.GetDocumentAsync("/Portfolio");
        Assert.Equal("92,5", document.QuerySelector("#Budget_HourlyRate")!.GetAttribute("value"));

        await user.SubmitAsync("/Portfolio", [("Budget.HourlyRate", ""), ("Budget.WantedHoursPerMonth", "")], "#budget form");
        settings = await SettingsAsync(user);
        Assert.Equal((null, null), (settings.HourlyRate, settings.WantedHoursPerMonth));
    }

    [Theory]
    [InlineData("Budget.HourlyRate", "-5", "Bitte geben Sie einen Stundensatz zwischen 0 und 10.000.000 € an.")]
    [InlineData("Budget.HourlyRate", "10000001", "Bitte geben Sie einen Stundensatz zwischen 0 und 10.000.000 € an.")]
    [InlineData("Budget.HourlyRate", "viel", "Bitte geben Sie einen Betrag in Euro an, z. B. 49,90.")]
    [InlineData("Budget.HourlyRate", "80,123", "Bitte geben Sie höchstens zwei Stellen nach dem Komma an.")]
    [InlineData("Budget.WantedHoursPerMonth", "zwölf", "Bitte geben Sie die Stunden als Zahl an, z. B. 4 oder 2,5.")]
    [InlineData("Budget.HourlyRate", "99999999999999999999999999999999999", "Bitte geben Sie einen Stundensatz zwischen 0 und 10.000.000 € an.")]
    [InlineData("Budget.WantedHoursPerMonth", "745", "Ein Monat hat höchstens 744 Stunden.")]
    [InlineData("Budget.WantedHoursPerMonth", "-1", "Ein Monat hat höchstens 744 Stunden.")]
    public async Task BadInputIsNamedAndWhatWasTypedStays(string field, string value, string message)
    {
        var user = await WebUser.RegisterAsync(factory);
        await user.SubmitAsync("/Portfolio", [("Budget.HourlyRate", "80"), ("Budget.WantedHoursPerMonth", "10")], "#budget form");

        var values = new List<(string, string?)> { ("Budget.HourlyRate", "85"), ("Budget.WantedHoursPerMonth", "11") };
        values.RemoveAll(v => v.Item1 == field);
        values.Add((field, value));
        var response = await user.SubmitAsync("/Portfolio", [.. values], "#budget form");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = await WebUser.ParseAsync(response);
        Html.AssertError(document, message);
        Assert.Equal(value, document.QuerySelector($"[name='{field}']")!.GetAttribute("value"));
        var settings = await SettingsAsync(user);
        Assert.Equal((80m, 10m), (settings.HourlyRate, settings.WantedHoursPerMonth));
    }

    [Fact]
    public async Task SignedOutVisitorsAreSentToSignIn()
    {
        var response = await factory.CreateBrowserClient().GetAsync("/Portfolio", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/Account/Login", response.Headers.Location!.OriginalString);
    }
}
