using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using NetzwerkCheck.Web.Tests.Infrastructure;

namespace NetzwerkCheck.Web.Tests.Pages.Networks;

/// <summary>The figures on the network page, on a clock pinned to 15 June 2026.</summary>
public sealed class ValueTests(ValueTests.PinnedClockFactory factory) : IClassFixture<ValueTests.PinnedClockFactory>
{
    public static readonly DateOnly Today = new(2026, 6, 15);

    [Fact]
    public async Task ShowsWhatTheNetworkCostAndBrought()
    {
        var user = await WebUser.RegisterAsync(factory);
        var id = await user.CreateNetworkAsync();
        await user.SaveCostsAsync(id, ("MemberSince", "2026-01-01"), ("AdmissionFee", "150"), ("YearlyFee", "600"), ("CostPerEvent", "20"), ("HoursPerMonth", "4"));
        foreach (var day in new[] { 14, 45, 100 })
        {
            await user.AddEntryAsync(id, "Event", date: new DateOnly(2026, 1, 1).AddDays(day));
        }
        await user.AddEntryAsync(id, "Order", "Relaunch der Website", new DateOnly(2026, 5, 20), "2.400");

        var value = (await user.GetDocumentAsync($"/Networks/Details/{id}")).QuerySelector("#value")!;

        // 150 € admission + 600 € for the membership year begun + 3 events × 20 € = 810 €; 6 months begun × 4 h = 24 h.
        Assert.StartsWith("Seit dem 01.01.2026, 6 angefangene Monate.", value.Text("#value-since"), StringComparison.Ordinal);
        Assert.Equal(["810 €"], value.Row("#value-table", "Geld ausgegeben"));
        Assert.Equal(["24 Stunden"], value.Row("#value-table", "Zeit"));
        Assert.Equal(["1 über 2.400 €"], value.Row("#value-table", "Aufträge"));
        // 2,400 / 810 = 2.96…
        Assert.Equal("296 % Auftragswert je Euro Kosten", value.Text("#value-return"));
        Assert.Equal("+1.590 € Auftragswert minus Kosten", value.Text("#value-net"));
        Assert.Equal("1 Auftrag im Schnitt von 2.400 € deckt die Kosten.", value.Text("#value-break-even"));
        Assert.Equal("Noch keine Anfrage und keine Empfehlung erhalten.", value.Text("#value-per-request"));

        var chart = value.QuerySelector("svg.value-chart")!;
        Assert.Equal("img", chart.GetAttribute("role"));
        Assert.Equal("Kosten und Auftragswert von Jan 2026 bis Jun 2026", value.Text("#value-chart-title"));
        Assert.Equal("Bis Jun 2026 zusammen 810 € Kosten und 2.400 € Auftragswert.", value.Text("#value-chart-desc"));
        Assert.Equal(2, chart.QuerySelectorAll("polyline").Length);
        Assert.Equal(6, value.QuerySelectorAll(".value-chart-data tbody tr").Length);
        Assert.Null(chart.GetAttribute("style"));
    }

    [Fact]
    public async Task SaysWhyAFigureCannotBeComputedYet()
    {
        var user = await WebUser.RegisterAsync(factory);
        var id = await user.CreateNetworkAsync();
        await user.SaveCostsAsync(id, ("MemberSince", "2025-11-10"), ("YearlyFee", "480"));
        await user.AddEntryAsync(id, "Lead", date: new DateOnly(2025, 12, 1));
        await user.AddEntryAsync(id, "ReferralReceived", date: new DateOnly(2026, 2, 1));
        await user.AddEntryAsync(id, "ReferralGiven", date: new DateOnly(2026, 3, 1));

        var value = (await user.GetDocumentAsync($"/Networks/Details/{id}")).QuerySelector("#value")!;

        Assert.Equal("– noch kein Auftrag", value.Text("#value-return"));
        Assert.Equal("Noch kein Auftrag – mit dem ersten sehen Sie, wie viele es braucht.", value.Text("#value-break-even"));
        // 480 € for the year begun on 10 Nov 2025, two requests (a lead and a referral received).
        Assert.Equal("240 € je Anfrage oder erhaltener Empfehlung", value.Text("#value-per-request"));
        Assert.Equal(["Seit Beginn", "2026", "2025"], value.Texts("#value-table thead th").Skip(1));
        Assert.Equal(["480 €", "0 €", "480 €"], value.Row("#value-table", "Geld ausgegeben"));
        Assert.Equal(["1 / 1", "1 / 1", "0 / 0"], value.Row("#value-table", "Empfehlungen erhalten / gegeben"));
        Assert.Equal(["−480 €", "0 €", "−480 €"], value.Row("#value-table", "Saldo"));
    }

    [Fact]
    public async Task InvitesToEnterCostsAndJournalWhileNothingIsThere()
    {
        var user = await WebUser.RegisterAsync(factory);
        var empty = await user.CreateNetworkAsync("Leer");
        var noStart = await user.CreateNetworkAsync("Ohne Beginn");
        await user.SaveCostsAsync(noStart, ("YearlyFee", "300"));

        var emptyPage = await user.GetDocumentAsync($"/Networks/Details/{empty}");
        var noStartPage = await user.GetDocumentAsync($"/Networks/Details/{noStart}");

        Assert.Equal([$"/Networks/Costs/{empty}", $"/Networks/Journal/{empty}"], emptyPage.QuerySelectorAll("#value-empty a").Select(a => a.GetAttribute("href")));
        Assert.Null(emptyPage.QuerySelector("#value-table"));
        Assert.StartsWith("Seit wann sind Sie dabei?", noStartPage.Text("#value-no-start"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task FiguresReadInEnglish()
    {
        var user = await WebUser.RegisterAsync(factory);
        var id = await user.CreateNetworkAsync();
        await user.SaveCostsAsync(id, ("MemberSince", "2026-01-01"), ("YearlyFee", "1.200"));
        await user.AddEntryAsync(id, "Order", date: new DateOnly(2026, 3, 3), amount: "1.800,50");
        await user.SwitchLanguageAsync("en-GB");

        var value = (await user.GetDocumentAsync($"/Networks/Details/{id}")).QuerySelector("#value")!;

        Assert.Equal(["€1,200"], value.Row("#value-table", "Money spent"));
        Assert.Equal("+€600.50 order value minus costs", value.Text("#value-net"));
        Assert.Equal("1 order of the average €1,800.50 covers the costs.", value.Text("#value-break-even"));
    }

    public sealed class PinnedClockFactory : NetzwerkCheckFactory
    {
        public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(Today.ToDateTime(new TimeOnly(10, 0)), TimeSpan.Zero));

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services => services.AddSingleton<TimeProvider>(Clock));
        }
    }
}
