using Microsoft.Playwright;
using NetzwerkCheck.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;
using static NetzwerkCheck.BrowserTests.Infrastructure.Visits;

namespace NetzwerkCheck.BrowserTests;

/// <summary>
/// A facilitator and five phones assess one network together through all twelve items, on a projector, phones,
/// a tablet and a laptop; every screen is checked by axe at 1920×1080, 1024×768 and 390×844, the group assessment
/// lands in the facilitator's account with the room's evidence, and every phone's own comparison prints.
/// </summary>
public sealed class RoomOfFiveTests(AppServer app)
{
    private static readonly string[] Keys =
    [
        "knowledge-talks", "knowledge-exchange", "service-deals", "service-results", "referral-relationships", "referral-introductions",
        "group-conduct", "group-size", "group-member-interviews", "group-trial-period", "group-results", "red-flags",
    ];

    // Per phone, the value each of the eleven scale items gets (statements 0–4, criteria 1–5); phone 5 often sees it differently.
    private static readonly string[][] Values =
    [
        ["3", "4", "1", "1", "2", "2", "4", "3", "4", "3", "4"],
        ["3", "3", "1", "2", "2", "1", "4", "3", "4", "3", "3"],
        ["4", "3", "0", "1", "3", "2", "5", "3", "4", "4", "4"],
        ["3", "4", "1", "1", "2", "2", "4", "4", "3", "3", "4"],
        ["0", "1", "4", "4", "2", "2", "1", "3", "4", "3", "1"],
    ];

    private static readonly (int Width, int Height)[] Sizes = [(390, 844), (390, 844), (390, 844), (1024, 768), (1920, 1080)];

    [Fact]
    public async Task FivePhonesAssessANetworkTogetherEndToEnd()
    {
        await using var chromium = await Chromium.LaunchAsync();
        var projector = await chromium.NewPageAsync(app.BaseAddress);
        var watch = PageWatch.Attach(projector);
        await Flows.RegisterAsync(projector);
        await Flows.CreateNetworkAsync(projector, "Stadtteilverein Nord", "Mitglied");
        await projector.GotoAsync("/Workshops");
        await projector.GetByLabel("Welches Netzwerk bewertet der Raum?").SelectOptionAsync(new SelectOptionValue { Label = "Stadtteilverein Nord" });
        await projector.GetByLabel("Ziel der Bewertung").SelectOptionAsync(new SelectOptionValue { Label = "Neue Kundschaft und Aufträge gewinnen" });
        await projector.GetByLabel("Stil", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Jäger" });
        await projector.Locator("#assess-create").ClickAsync();
        await projector.SetViewportSizeAsync(1920, 1080);
        var code = (await projector.Locator("#join-code").TextContentAsync())!.Trim();

        var phones = new List<IPage>();
        foreach (var (width, height) in Sizes)
        {
            var phone = await chromium.NewPageAsync(app.BaseAddress);
            PageWatch.Attach(phone);
            await phone.SetViewportSizeAsync(width, height);
            await phone.GotoAsync("/w");
            await phone.GetByLabel("Code vom Bildschirm").FillAsync(code);
            await phone.Locator("#join-submit").ClickAsync();
            phones.Add(phone);
        }
        await Expect(projector.Locator("#participant-count")).ToHaveTextAsync("5");

        for (var item = 0; item < Keys.Length; item++)
        {
            var key = Keys[item];
            for (var p = 0; p < phones.Count; p++)
            {
                var phone = phones[p];
                await Expect(phone.Locator($"input[name=questionKey][value='{key}']")).ToBeAttachedAsync();
                if (key == "red-flags")
                {
                    await phone.GetByLabel(p < 3 ? "Kaufdruck ohne Gegenwert" : "Keins davon").CheckAsync();
                }
                else
                {
                    await phone.Locator($"input[name=Values][value='{Values[p][item]}']").CheckAsync();
                }
                if (item is 0 or 11)
                {
                    var (width, height) = Sizes[p];
                    await VisitedAsync(phone, $"90-room-phone-{key}-{width}", $"Telefon {width}×{height}, {key}");
                }
                await phone.Locator("#answer-submit").ClickAsync();
                await Expect(phone.Locator(".room-thanks")).ToBeVisibleAsync();
            }
            await Expect(projector.Locator("#answer-count")).ToHaveTextAsync("5");
            await projector.Keyboard.PressAsync("r");
            await Expect(projector.Locator("#reading-spread, .room-bars").First).ToBeVisibleAsync();
            await projector.Keyboard.PressAsync("m");
            await Expect(projector.Locator("#agree-state")).ToContainTextAsync("Festgelegt: ");
            var size = item switch { 0 => (1920, 1080), 6 => (1024, 768), 11 => (390, 844), _ => default };
            if (size != default)
            {
                await projector.SetViewportSizeAsync(size.Item1, size.Item2);
                await VisitedAsync(projector, $"91-room-projector-{key}-{size.Item1}", $"Beamer {size.Item1}×{size.Item2}, {key}");
            }
            if (item < Keys.Length - 1)
            {
                await projector.Keyboard.PressAsync("ArrowRight");
                await Expect(projector.GetByText($"Frage {item + 2} von 12")).ToBeVisibleAsync();
            }
        }
        // The room's split on the first statement is on record: four see talks, one does not.
        await projector.SetViewportSizeAsync(1920, 1080);
        await projector.Locator("#present-close").ClickAsync();
        await projector.Locator("#group-assessment-link").ClickAsync();
        await Expect(projector.Locator("#room-evidence tr[data-key]")).ToHaveCountAsync(12);
        await Expect(projector.Locator("#room-evidence tr[data-key='knowledge-talks'] .room-evidence-value")).ToContainTextAsync("trifft eher zu");
        await Expect(projector.Locator("#room-evidence tr[data-key='group-conduct'] .room-evidence-value")).ToHaveTextAsync("4");
        await Expect(projector.Locator("#room-evidence tr[data-key='red-flags'] .room-evidence-value")).ToContainTextAsync("Kaufdruck");
        await VisitedAsync(projector, "92-room-result", "Ergebnis der gemeinsamen Bewertung");

        // Every phone turns to its own comparison by itself; the dissenting laptop is told where it differs.
        foreach (var phone in phones)
        {
            await phone.ArriveAtAsync($"**/w/{code}/ergebnis");
        }
        await Expect(phones[0].Locator("#comparison-summary")).ToContainTextAsync("Bei keinem Punkt liegen Sie mehr als eine Stufe neben dem Raum");
        await Expect(phones[4].Locator("#comparison-summary")).ToContainTextAsync("Bei 7 von 12 beantworteten Punkten");
        await Expect(phones[4].Locator("[data-key='knowledge-talks'] [data-state]")).ToHaveTextAsync("Hier sehen Sie es deutlich anders.");
        foreach (var p in new[] { 0, 3, 4 })
        {
            var (width, height) = Sizes[p];
            await VisitedAsync(phones[p], $"93-room-takehome-{width}", $"Vergleich zum Mitnehmen {width}×{height}");
        }
        await phones[0].EmulateMediaAsync(new() { Media = Media.Print });
        await Expect(phones[0].Locator("#takehome-print")).ToBeHiddenAsync();
        await VisitedAsync(phones[0], "94-room-takehome-print", "Vergleich zum Mitnehmen (Druck)");
        var pdf = await phones[0].PdfAsync(new() { Format = "A4", PrintBackground = true });
        Assert.Equal("%PDF"u8.ToArray(), pdf[..4]);

        watch.AssertNoServerErrors();
        watch.AssertNoConsoleErrors();
        foreach (var phone in phones)
        {
            PageWatch.Of(phone)!.AssertNoServerErrors();
        }
    }
}
