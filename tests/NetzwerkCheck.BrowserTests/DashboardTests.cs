using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using NetzwerkCheck.BrowserTests.Infrastructure;
using NetzwerkCheck.Domain.Assessments;
using NetzwerkCheck.Domain.Networks;
using static Microsoft.Playwright.Assertions;
using static NetzwerkCheck.BrowserTests.Infrastructure.Visits;

namespace NetzwerkCheck.BrowserTests;

/// <summary>Someone with thirty networks searches the dashboard, sorts it and pages through it with the keyboard.</summary>
public sealed class DashboardTests(AppServer app)
{
    [Fact]
    public async Task ThirtyNetworksAreSearchedSortedAndPagedByKeyboardOnADesktopAndAPhone()
    {
        await using var chromium = await Chromium.LaunchAsync();
        var page = await chromium.NewPageAsync(app.BaseAddress);
        var watch = PageWatch.Attach(page);
        await Flows.RegisterAsync(page);
        var first = await Flows.CreateNetworkAsync(page, "Unternehmerclub Leipzig", "Mitglied");
        await SeedAsync(first);

        await page.GotoAsync("/Networks");
        await Expect(page.Locator(".network-list .network-card")).ToHaveCountAsync(25);
        await Expect(page.Locator("#pager")).ToContainTextAsync("Seite 1 von 2");
        await VisitedAsync(page, "110-dashboard-page-1", "Meine Netzwerke, Seite 1");

        await page.GetByLabel("Name enthält").FillAsync("KREIS");
        await page.GetByLabel("Sortieren nach").SelectOptionAsync(new SelectOptionValue { Label = "Punkte (beste zuerst)" });
        await page.Locator("#network-search-submit").ClickAsync();
        await Expect(page.Locator(".network-list .network-card h2").First).ToHaveTextAsync("Kreis 29");
        await Expect(page.Locator(".network-list .network-card")).ToHaveCountAsync(25);

        // To the next page with the keyboard alone: Tab until "Weiter" has the focus, then Enter.
        await page.Locator("#search-q").FocusAsync();
        for (var presses = 0; presses < 100 && await page.EvaluateAsync<string>("document.activeElement.id") != "pager-next"; presses++)
        {
            await page.Keyboard.PressAsync("Tab");
        }
        Assert.Equal("pager-next", await page.EvaluateAsync<string>("document.activeElement.id"));
        await page.Keyboard.PressAsync("Enter");
        await page.ArriveAtAsync("**/Networks?*page=2*");
        Assert.Contains("q=KREIS", page.Url, StringComparison.Ordinal);
        Assert.Contains("sort=punkte", page.Url, StringComparison.Ordinal);
        await Expect(page.Locator("#pager")).ToContainTextAsync("Seite 2 von 2");
        await Expect(page.Locator(".network-list .network-card h2")).ToHaveTextAsync(["Kreis 04", "Kreis 03", "Kreis 02", "Kreis 01"]);
        await Expect(page.GetByLabel("Name enthält")).ToHaveValueAsync("KREIS");
        await VisitedAsync(page, "111-dashboard-search-page-2", "Meine Netzwerke, gesucht und sortiert, Seite 2");

        await page.SetViewportSizeAsync(390, 844);
        await page.GotoAsync("/Networks?q=kreis&sort=geprueft");
        var search = await page.Locator("#search-q").BoundingBoxAsync();
        var sort = await page.Locator("#search-sort").BoundingBoxAsync();
        var submit = await page.Locator("#network-search-submit").BoundingBoxAsync();
        Assert.True(search!.Y < sort!.Y && sort.Y < submit!.Y, "On a phone the search, the order and the button stand one below the other.");
        Assert.True(submit.Width > 300, "On a phone the button spans the card.");
        await VisitedAsync(page, "112-dashboard-phone", "Meine Netzwerke auf dem Telefon");

        await page.GetByLabel("Name enthält").FillAsync("Segelclub");
        await page.Locator("#network-search-submit").ClickAsync();
        await Expect(page.Locator("#search-empty h2")).ToHaveTextAsync("Kein Netzwerk passt zu „Segelclub“");
        await VisitedAsync(page, "113-dashboard-search-empty", "Meine Netzwerke, nichts gefunden");
        await page.Locator("#search-clear").ClickAsync();
        await Expect(page.Locator(".network-list .network-card")).ToHaveCountAsync(25);
        await Expect(page.GetByLabel("Sortieren nach")).ToHaveValueAsync("geprueft");

        watch.AssertNoServerErrors();
        watch.AssertNoConsoleErrors();
    }

    /// <summary>"Kreis 01" … "Kreis 29" beside the first network, each checked once with as many points as its number.</summary>
    private Task<int> SeedAsync(int firstNetwork) => app.WithDbAsync(async db =>
    {
        var owner = await db.Networks.Where(n => n.Id == firstNetwork).Select(n => n.OwnerId).SingleAsync();
        var now = DateTime.UtcNow;
        var networks = Enumerable.Range(1, 29).Select(i => new Network
        {
            OwnerId = owner,
            Name = $"Kreis {i:00}",
            OrganisationForm = i % 2 == 0 ? OrganisationForm.Virtual : OrganisationForm.Association,
            Status = i % 3 == 0 ? NetworkStatus.Trial : NetworkStatus.Member,
            ApproxMemberCount = 20 + i,
            CreatedUtc = now,
            UpdatedUtc = now.AddMinutes(-i),
        }).ToList();
        db.Networks.AddRange(networks);
        await db.SaveChangesAsync();
        foreach (var (network, i) in networks.Select((n, i) => (n, i + 1)))
        {
            var when = now.AddDays(-i);
            var assessment = new Assessment
            {
                NetworkId = network.Id,
                CreatedUtc = when,
                UpdatedUtc = when,
                CompletedUtc = when,
                Score = i,
                CompletenessPercent = 100,
                Recommendation = i > 20 ? Recommendation.Engage : Recommendation.KeepTesting,
            };
            db.Assessments.Add(assessment);
            // What completing it in the app notes on the network (Assessment.Complete).
            network.NoteCompleted(assessment);
        }
        return await db.SaveChangesAsync();
    });
}
