using Microsoft.EntityFrameworkCore;
using NetzwerkCheck.Domain.Assessments;
using NetzwerkCheck.Domain.Networks;
using NetzwerkCheck.Web.Infrastructure.Accounts;
using NetzwerkCheck.Web.Tests.Infrastructure;

namespace NetzwerkCheck.Web.Tests.Pages.Checks;

/// <summary>The journal's figures as evidence in the check: beside Ergebnisse with a suggested rating, and giving and taking beside Ihr Einsatz.</summary>
public sealed class ValueEvidenceTests(WorkedExampleClockFactory factory) : IClassFixture<WorkedExampleClockFactory>
{
    private static readonly string[] EventDays =
        ["2025-09-17", "2025-10-15", "2025-11-19", "2025-12-17", "2026-01-21", "2026-02-18", "2026-03-18", "2026-04-15", "2026-05-20", "2026-06-17", "2026-09-16", "2026-10-21"];

    /// <summary>The worked example of docs/rules.md §14: a breakfast club since 15 September 2025.</summary>
    private async Task<(WebUser User, int NetworkId)> BreakfastClubAsync(decimal? hourlyRate)
    {
        var user = await WebUser.RegisterAsync(factory);
        var networkId = await user.CreateNetworkAsync("Unternehmerfrühstück Nord");
        await factory.WithDbAsync(async db =>
        {
            var network = await db.Networks.SingleAsync(n => n.Id == networkId);
            (network.MemberSince, network.AdmissionFee, network.YearlyFee, network.CostPerEvent, network.HoursPerMonth) =
                (new DateOnly(2025, 9, 15), 150m, 600m, 15m, 5m);
            foreach (var day in EventDays)
            {
                Add(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture), JournalEntryKind.Event);
            }
            Add(new(2025, 10, 15), JournalEntryKind.Knowledge);
            Add(new(2025, 11, 20), JournalEntryKind.Lead);
            Add(new(2026, 1, 12), JournalEntryKind.ReferralGiven);
            Add(new(2026, 2, 3), JournalEntryKind.ReferralReceived);
            Add(new(2026, 3, 10), JournalEntryKind.Order, 1800m);
            Add(new(2026, 4, 2), JournalEntryKind.Lead);
            Add(new(2026, 5, 20), JournalEntryKind.Contribution);
            Add(new(2026, 6, 9), JournalEntryKind.ReferralReceived);
            Add(new(2026, 7, 1), JournalEntryKind.Order, 2400m);
            (await db.SettingsOfAsync(network.OwnerId)).HourlyRate = hourlyRate;
            return await db.SaveChangesAsync();

            void Add(DateOnly date, JournalEntryKind kind, decimal? amount = null) =>
                db.Journal.Add(new JournalEntry { NetworkId = networkId, Date = date, Kind = kind, Text = "", Amount = amount, CreatedUtc = DateTime.UtcNow });
        });
        return (user, networkId);
    }

    private Task<int?> ResultsRatingAsync(int assessmentId) => factory.WithDbAsync(db => db.Assessments
        .Where(a => a.Id == assessmentId)
        .SelectMany(a => a.Ratings).Where(r => r.Criterion == Criterion.Results).Select(r => r.Rating).SingleOrDefaultAsync());

    [Fact]
    public async Task ANewCheckPreselectsErgebnisseAndShowsWhy()
    {
        var (user, networkId) = await BreakfastClubAsync(hourlyRate: 80m);

        var id = await user.StartCheckAsync(networkId);
        var document = await user.GetDocumentAsync($"/Checks/Criteria/{id}");

        Assert.Equal(3, await ResultsRatingAsync(id));
        var evidence = Html.Text(document, "#results-evidence");
        Assert.Contains("Seit 15.09.2025: 2 Aufträge über zusammen 4.200 €, 4 Anfragen oder Empfehlungen, Einsatz 7.530 € (davon 6.000 € für 75 Stunden).", evidence);
        Assert.Contains("Die Aufträge decken gut die Hälfte Ihres Einsatzes (56 %), aber noch nicht alles.", evidence);
        Assert.Contains("Das entspricht etwa der Bewertung „3 – mittel“.", evidence);
        Assert.NotNull(document.QuerySelector("#criterion-results input[name$='.Rating'][value='3'][checked]"));
    }

    [Fact]
    public async Task WithoutAnHourlyRateOnlyTheMoneyCounts()
    {
        var (user, networkId) = await BreakfastClubAsync(hourlyRate: null);

        var id = await user.StartCheckAsync(networkId);
        var evidence = Html.Text(await user.GetDocumentAsync($"/Checks/Criteria/{id}"), "#results-evidence");

        Assert.Equal(5, await ResultsRatingAsync(id));
        Assert.Contains("Ausgaben 1.530 € und 75 Stunden", evidence);
        Assert.Contains("Die Aufträge bringen 275 % dessen zurück, was Sie hineingesteckt haben", evidence);
    }

    [Fact]
    public async Task TheSuggestionNeverOverwritesWhatTheUserRated()
    {
        var (user, networkId) = await BreakfastClubAsync(hourlyRate: 80m);
        var id = await user.StartCheckAsync(networkId);

        await user.SubmitAsync($"/Checks/Criteria/{id}", [("Criteria[4].Rating", "1"), ("go", "next")]);
        await user.GetDocumentAsync($"/Checks/Criteria/{id}");

        Assert.Equal(1, await ResultsRatingAsync(id));
    }

    [Fact]
    public async Task GivingAndTakingStandBesideWhatTheUserMeansToBringIn()
    {
        var (user, networkId) = await BreakfastClubAsync(hourlyRate: 80m);
        var id = await user.StartCheckAsync(networkId);

        var document = await user.GetDocumentAsync($"/Checks/Contribution/{id}");

        var balance = Html.Text(document, "#balance-evidence");
        Assert.Contains("Sie haben deutlich mehr bekommen als gegeben (2 Mal gegeben, 7 Mal bekommen).", balance);
        Assert.Contains("Unter „Kosten und Zeit“ haben Sie 5 Stunden im Monat eingetragen.", Html.Text(document, "#hours-hint"));
    }

    [Fact]
    public async Task WithoutAJournalThereIsNoEvidence()
    {
        var user = await WebUser.RegisterAsync(factory);
        var id = await user.StartCheckAsync(await user.CreateNetworkAsync());

        Assert.Null((await user.GetDocumentAsync($"/Checks/Criteria/{id}")).QuerySelector("#results-evidence"));
        Assert.Null((await user.GetDocumentAsync($"/Checks/Contribution/{id}")).QuerySelector("#balance-evidence"));
        Assert.Null(await ResultsRatingAsync(id));
    }
}
