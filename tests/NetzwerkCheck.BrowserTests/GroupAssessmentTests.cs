using Microsoft.Playwright;
using NetzwerkCheck.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;
using static NetzwerkCheck.BrowserTests.Infrastructure.Visits;

namespace NetzwerkCheck.BrowserTests;

/// <summary>A facilitator and three phones assess one network together: k answers, reveal, agree by keyboard, close, and the result shows the room.</summary>
public sealed class GroupAssessmentTests(AppServer app)
{
    private static readonly string[] Ratings = ["4", "4", "5"];
    private static readonly string[] Flags = ["Kaufdruck ohne Gegenwert", "Kaufdruck ohne Gegenwert", "Keins davon"];

    [Fact]
    public async Task TheRoomsAgreedValuesBecomeAGroupAssessment()
    {
        await using var chromium = await Chromium.LaunchAsync();
        var projector = await chromium.NewPageAsync(app.BaseAddress);
        var watch = PageWatch.Attach(projector);
        await Flows.RegisterAsync(projector);
        await Flows.CreateNetworkAsync(projector, "Marketing Club");
        await projector.GotoAsync("/Workshops");
        await projector.GetByLabel("Welches Netzwerk bewertet der Raum?").SelectOptionAsync(new SelectOptionValue { Label = "Marketing Club" });
        await projector.GetByLabel("Ziel der Bewertung").SelectOptionAsync(new SelectOptionValue { Label = "Wissen und Erfahrungen austauschen" });
        await projector.GetByLabel("Stil", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Sammler" });
        await VisitedAsync(projector, "70-group-create", "Workshop anlegen: Netzwerk gemeinsam bewerten");
        await projector.Locator("#assess-create").ClickAsync();
        await projector.SetViewportSizeAsync(1024, 768);
        var code = (await projector.Locator("#join-code").TextContentAsync())!.Trim();
        await Expect(projector.Locator("#reading-missing")).ToHaveTextAsync("Noch 3 Antworten, dann zeigt der Beamer die Verteilung (ab 3 Antworten).");

        var phones = new List<IPage>();
        var statement = "In diesem Netzwerk drehen sich die Treffen um Fachthemen, Vorträge und Weiterbildung.";
        var answers = new[] { "3 – trifft eher zu", "4 – trifft voll zu", "0 – trifft nicht zu" };
        for (var i = 0; i < 3; i++)
        {
            var phone = await chromium.NewPageAsync(app.BaseAddress);
            PageWatch.Attach(phone);
            await phone.SetViewportSizeAsync(390, 844);
            await phone.GotoAsync("/w");
            await phone.GetByLabel("Code vom Bildschirm").FillAsync(code);
            await phone.Locator("#join-submit").ClickAsync();
            await Expect(phone.GetByRole(AriaRole.Heading, new() { Name = statement })).ToBeVisibleAsync();
            if (i == 0)
            {
                await VisitedAsync(phone, "71-group-phone-statement", "Aussage zum Kerngedanken auf dem Telefon");
            }
            await phone.GetByLabel(answers[i]).CheckAsync();
            await phone.Locator("#answer-submit").ClickAsync();
            await Expect(phone.Locator(".room-thanks")).ToBeVisibleAsync();
            phones.Add(phone);
            if (i == 1)
            {
                // Two answers: the projector only says how many more it needs, live.
                await Expect(projector.Locator("#reading-missing")).ToHaveTextAsync("Noch 1 Antwort, dann zeigt der Beamer die Verteilung (ab 3 Antworten).");
            }
        }
        await Expect(projector.Locator("#answer-count")).ToHaveTextAsync("3");
        await projector.Keyboard.PressAsync("r");
        // 0, 3, 4: median 3; the 0 lies three steps away: a third of the room sees it differently.
        await Expect(projector.Locator("#reading-spread")).ToContainTextAsync("Der Raum ist sich uneinig: 33 %");
        await Expect(projector.Locator("#reading-core-idea")).ToBeVisibleAsync();
        await VisitedAsync(projector, "72-group-projector-1024", "Beamer, gemeinsame Bewertung 1024×768");
        await projector.Keyboard.PressAsync("m");
        await Expect(projector.Locator("#agree-state")).ToHaveTextAsync("Festgelegt: 3 – trifft eher zu");

        // On to Umgang (item 7): the phones follow, rate it, and the facilitator sets 4 with the digit key.
        for (var i = 0; i < 6; i++)
        {
            await projector.Keyboard.PressAsync("ArrowRight");
            await Expect(projector.GetByText($"Frage {i + 2} von 12")).ToBeVisibleAsync();
        }
        var conduct = "Wie gehen die Mitglieder in diesem Netzwerk miteinander um – und wie wird jemand Neues empfangen?";
        foreach (var (phone, rating) in phones.Zip(Ratings))
        {
            await Expect(phone.GetByRole(AriaRole.Heading, new() { Name = conduct })).ToBeVisibleAsync();
            await phone.Locator($"input[name=Values][value='{rating}']").CheckAsync();
            await phone.Locator("#answer-submit").ClickAsync();
            await Expect(phone.Locator(".room-thanks")).ToBeVisibleAsync();
        }
        await Expect(projector.Locator("#answer-count")).ToHaveTextAsync("3");
        await projector.Keyboard.PressAsync("r");
        await Expect(projector.Locator("#reading-spread")).ToContainTextAsync("Der Raum ist sich weitgehend einig");
        await projector.Keyboard.PressAsync("4");
        await Expect(projector.Locator("#agree-state")).ToHaveTextAsync("Festgelegt: 4");
        await projector.SetViewportSizeAsync(1920, 1080);
        await VisitedAsync(projector, "73-group-projector-1920", "Beamer, gemeinsame Bewertung 1920×1080");

        // The red flags, last item: two phones see pressure to buy, one sees none; the majority is taken over.
        for (var number = 8; number <= 12; number++)
        {
            await projector.Keyboard.PressAsync("ArrowRight");
            await Expect(projector.GetByText($"Frage {number} von 12")).ToBeVisibleAsync();
        }
        foreach (var (phone, flag) in phones.Zip(Flags))
        {
            await Expect(phone.GetByRole(AriaRole.Heading, new() { Name = "Welche Warnsignale sehen Sie in diesem Netzwerk?" })).ToBeVisibleAsync();
            await phone.GetByLabel(flag).CheckAsync();
            if (phone == phones[0])
            {
                await VisitedAsync(phone, "74-group-phone-flags", "Warnsignale auf dem Telefon");
            }
            await phone.Locator("#answer-submit").ClickAsync();
            await Expect(phone.Locator(".room-thanks")).ToBeVisibleAsync();
        }
        await Expect(projector.Locator("#answer-count")).ToHaveTextAsync("3");
        await projector.SetViewportSizeAsync(1024, 768);
        await projector.Keyboard.PressAsync("r");
        await Expect(projector.Locator(".room-bars")).ToBeVisibleAsync();
        await projector.Keyboard.PressAsync("m");
        await Expect(projector.Locator("#agree-state")).ToHaveTextAsync("Festgelegt: Kaufdruck ohne Gegenwert");
        await VisitedAsync(projector, "75-group-projector-flags-1024", "Beamer, Warnsignale 1024×768");

        await projector.Locator("#present-close").ClickAsync();
        await Expect(projector.Locator("#group-assessment-link")).ToBeVisibleAsync();
        await projector.Locator("#group-assessment-link").ClickAsync();
        await Expect(projector.GetByRole(AriaRole.Heading, new() { Name = "So sieht es der Raum" })).ToBeVisibleAsync();
        await Expect(projector.Locator("#room-evidence tr[data-key='group-conduct'] .room-evidence-value")).ToHaveTextAsync("4");
        await VisitedAsync(projector, "76-group-result", "Ergebnis einer gemeinsamen Bewertung");
        await projector.Locator("#report-open").ClickAsync();
        await projector.EmulateMediaAsync(new() { Media = Media.Print });
        await Expect(projector.GetByRole(AriaRole.Heading, new() { Name = "So sieht es der Raum" })).ToBeVisibleAsync();
        await VisitedAsync(projector, "77-group-report-print", "Bericht einer gemeinsamen Bewertung (Druck)");

        watch.AssertNoServerErrors();
        watch.AssertNoConsoleErrors();
        foreach (var phone in phones)
        {
            PageWatch.Of(phone)!.AssertNoServerErrors();
        }
    }
}
