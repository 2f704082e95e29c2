using Microsoft.Playwright;
using NetzwerkCheck.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;
using static NetzwerkCheck.BrowserTests.Infrastructure.Visits;

namespace NetzwerkCheck.BrowserTests;

/// <summary>
/// "Bericht teilen": the owner makes a link on the report's share page, someone in a browser that has never seen
/// the app opens it and sees only the report; the owner revokes it and the same browser is told the link is gone.
/// </summary>
public sealed class ShareReportTests(AppServer app)
{
    private const string NetworkName = "Unternehmerinnen-Frühstück Dresden";

    [Fact]
    public async Task AnOwnerSharesTheReportAndRevokesTheLink()
    {
        await using var chromium = await Chromium.LaunchAsync();
        var owner = await chromium.NewPageAsync(app.BaseAddress);
        var watch = PageWatch.Attach(owner);
        await Flows.RegisterAsync(owner);
        var networkId = await Flows.CreateNetworkAsync(owner, NetworkName, "Mitglied");
        await Flows.QuickCheckAsync(owner, networkId, 4);

        // From the printable report's toolbar to the share page.
        await owner.Locator("#report-open").ClickAsync();
        await owner.Locator("#report-share").ClickAsync();
        await Expect(owner.GetByRole(AriaRole.Heading, new() { Name = "Bericht teilen", Level = 1 })).ToBeVisibleAsync();
        await Expect(owner.Locator("#share-none")).ToBeVisibleAsync();
        await Expect(owner.GetByLabel("Gültig für (Tage)")).ToHaveValueAsync("30");

        await owner.GetByLabel("Gültig für (Tage)").FillAsync("400");
        await owner.Locator("#share-create-submit").ClickAsync();
        await Expect(owner.Locator("#Create_Days-error")).ToHaveTextAsync("Ein Link gilt mindestens 1 und höchstens 365 Tage.");
        await VisitedAsync(owner, "33-share-errors", "Bericht teilen mit Fehler");

        await owner.GetByLabel("Gültig für (Tage)").FillAsync("14");
        await owner.GetByLabel("Notiz für Sie (freiwillig)").FillAsync("Für Frau Berger (Gründungsberatung)");
        await owner.Locator("#share-create-submit").ClickAsync();
        await Expect(owner.GetByRole(AriaRole.Heading, new() { Name = "Ihr neuer Link" })).ToBeVisibleAsync();
        await owner.Context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"]);
        await owner.Locator("#share-copy").ClickAsync();
        await Expect(owner.Locator("[data-copy-status]")).ToHaveTextAsync("Kopiert.");
        var url = await owner.Locator("#share-new-url").InputValueAsync();
        Assert.Equal(url, await owner.EvaluateAsync<string>("navigator.clipboard.readText()"));
        Assert.Matches(@"/bericht/[A-Za-z0-9_-]{43}$", url);
        await VisitedAsync(owner, "34-share-created", "Bericht teilen: neuer Link");

        // A browser that has never seen the app: no account, no cookies.
        var reader = await chromium.NewPageAsync(app.BaseAddress);
        var readerWatch = PageWatch.Attach(reader);
        // The test server stands behind a pretend TLS proxy, so the link says https; the browser reaches it over http.
        var shown = await reader.GotoAsync(new Uri(url).PathAndQuery);
        Assert.Equal(200, shown!.Status);
        Assert.Equal("noindex, nofollow", await shown.HeaderValueAsync("x-robots-tag"));
        await Expect(reader.GetByRole(AriaRole.Heading, new() { Name = NetworkName, Level = 1 })).ToBeVisibleAsync();
        await Expect(reader.Locator(".verdict")).ToBeVisibleAsync();
        await Expect(reader.Locator("#report-print")).ToBeVisibleAsync();
        await Expect(reader.Locator("a[href]")).ToHaveCountAsync(0);
        await Expect(reader.GetByText("Abmelden")).ToHaveCountAsync(0);
        await Expect(reader.GetByText("Für Frau Berger")).ToHaveCountAsync(0);
        await VisitedAsync(reader, "35-shared-report", "Geteilter Bericht");
        await reader.EmulateMediaAsync(new() { Media = Media.Print });
        await Expect(reader.Locator(".report-toolbar")).ToBeHiddenAsync();
        await Screenshots.SaveAsync(reader, "36-shared-report-print");
        await reader.EmulateMediaAsync(new() { Media = Media.Screen });
        readerWatch.AssertNoConsoleErrors();

        // The owner sees the view, then revokes the link.
        await owner.ReloadAsync();
        var row = owner.Locator("#share-table tbody tr");
        await Expect(row).ToHaveCountAsync(1);
        await Expect(row.Locator(".share-count")).ToHaveTextAsync("1");
        await Expect(row.Locator(".share-last")).ToContainTextAsync("zuletzt");
        await Expect(row.Locator(".badge")).ToHaveTextAsync("aktiv");
        await Expect(row).ToContainTextAsync("Für Frau Berger (Gründungsberatung)");
        await Expect(owner.Locator("#share-new")).ToHaveCountAsync(0);
        await VisitedAsync(owner, "37-share-list", "Bericht teilen: Liste");
        await row.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Link widerrufen") }).ClickAsync();
        await Expect(owner.GetByRole(AriaRole.Status)).ToContainTextAsync("ist widerrufen");
        await Expect(row.Locator(".badge")).ToHaveTextAsync("widerrufen");
        await VisitedAsync(owner, "38-share-revoked", "Bericht teilen: widerrufen");

        var gone = await reader.ReloadAsync();
        Assert.Equal(410, gone!.Status);
        await Expect(reader.GetByRole(AriaRole.Heading, new() { Name = "Dieser Link gilt nicht mehr", Level = 1 })).ToBeVisibleAsync();
        await Expect(reader.Locator("#shared-gone-reason")).ToHaveTextAsync("Die Person, die den Bericht geteilt hat, hat diesen Link widerrufen.");
        await Expect(reader.GetByText(NetworkName)).ToHaveCountAsync(0);
        await Expect(reader.Locator("a[href]")).ToHaveCountAsync(0);
        await VisitedAsync(reader, "39-shared-report-gone", "Link widerrufen");

        watch.AssertNoServerErrors();
        watch.AssertNoConsoleErrors();
    }
}
