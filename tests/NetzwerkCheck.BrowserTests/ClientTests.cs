using Microsoft.Playwright;
using NetzwerkCheck.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;
using static NetzwerkCheck.BrowserTests.Infrastructure.Visits;

namespace NetzwerkCheck.BrowserTests;

/// <summary>A consultant files networks under clients (Mandanten) and lists, compares and exports one client's networks.</summary>
public sealed class ClientTests(AppServer app)
{
    [Fact]
    public async Task AConsultantFilesNetworksUnderAClientAndWorksWithThemTogether()
    {
        await using var chromium = await Chromium.LaunchAsync();
        var page = await chromium.NewPageAsync(app.BaseAddress);
        var watch = PageWatch.Attach(page);
        await Flows.RegisterAsync(page);
        var own = await Flows.CreateNetworkAsync(page, "Eigener Stammtisch");

        await page.GotoAsync("/Networks");
        await page.Locator("#clients-manage").ClickAsync();
        await page.Locator("#client-save").ClickAsync();
        await Expect(page.Locator(".field-error").First).ToHaveTextAsync("Bitte geben Sie den Namen des Mandanten an.");
        await page.GetByLabel("Name des Mandanten").FillAsync("Bäckerei Schmidt");
        await page.GetByLabel("Notiz (optional)").FillAsync("Frau Schmidt, Auftrag Netzwerkstrategie 2027");
        await page.Locator("#client-save").ClickAsync();
        await Expect(page.Locator(".notice")).ToContainTextAsync("ist angelegt");
        await page.GetByLabel("Name des Mandanten").FillAsync("Zahnarztpraxis Roth");
        await page.Locator("#client-save").ClickAsync();
        await VisitedAsync(page, "80-clients", "Mandanten");

        foreach (var name in new[] { "Innung Süd", "Frühstücksrunde" })
        {
            await page.GotoAsync("/Networks/Create");
            await page.GetByLabel("Name des Netzwerks").FillAsync(name);
            await page.GetByLabel("Verein").CheckAsync();
            await page.GetByLabel("Mitglied", new() { Exact = true }).CheckAsync();
            await page.GetByLabel("Mandant (optional)").SelectOptionAsync(new SelectOptionValue { Label = "Bäckerei Schmidt" });
            await page.Locator("#network-save").ClickAsync();
            await page.ArriveAtAsync("**/Networks/Details/*");
        }
        await Expect(page.Locator(".facts")).ToContainTextAsync("Bäckerei Schmidt");
        var latest = int.Parse(page.Url.Split('/').Last(), System.Globalization.CultureInfo.InvariantCulture);
        await Flows.QuickCheckAsync(page, latest, 4);

        await page.GotoAsync("/Networks");
        await VisitedAsync(page, "81-networks-all-clients", "Meine Netzwerke mit Mandanten");
        await page.GetByLabel("Mandant", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Bäckerei Schmidt" });
        await page.Locator("#client-filter-submit").ClickAsync();
        await Expect(page.Locator(".network-card h2")).ToHaveTextAsync(["Frühstücksrunde", "Innung Süd"]);
        await VisitedAsync(page, "82-networks-of-client", "Netzwerke eines Mandanten");

        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("#networks-csv").ClickAsync());
        Assert.EndsWith(".csv", download.SuggestedFilename, StringComparison.Ordinal);
        var csv = await File.ReadAllTextAsync(await download.PathAsync(), TestContext.Current.CancellationToken);
        Assert.Contains("Bäckerei Schmidt;Innung Süd", csv, StringComparison.Ordinal);
        Assert.DoesNotContain("Eigener Stammtisch", csv, StringComparison.Ordinal);

        await page.Locator("#client-compare").ClickAsync();
        await Expect(page.GetByRole(AriaRole.Columnheader, new() { Name = "Frühstücksrunde" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Columnheader, new() { Name = "Innung Süd" })).ToBeVisibleAsync();

        await page.GotoAsync("/Clients");
        await page.GetByRole(AriaRole.Link, new() { Name = "„Bäckerei Schmidt“ bearbeiten" }).ClickAsync();
        await VisitedAsync(page, "83-client-edit", "Mandant bearbeiten");
        await page.Locator("#client-delete-submit").ClickAsync();
        await Expect(page.Locator(".notice")).ToContainTextAsync("Seine Netzwerke sind noch da");
        await page.GotoAsync("/Networks?client=ohne");
        await Expect(page.Locator(".network-card h2")).ToHaveTextAsync(["Eigener Stammtisch", "Frühstücksrunde", "Innung Süd"]);
        Assert.NotEqual(0, own);

        watch.AssertNoServerErrors();
        watch.AssertNoConsoleErrors();
    }
}
