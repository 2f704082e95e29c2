using Microsoft.Playwright;
using NetzwerkCheck.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;
using static NetzwerkCheck.BrowserTests.Infrastructure.Visits;

namespace NetzwerkCheck.BrowserTests;

/// <summary>A projector and three phones: the room's answers appear live, and the phones follow the facilitator's keyboard.</summary>
public sealed class WorkshopTests(AppServer app)
{
    [Fact]
    public async Task ProjectorCountsAnswersLiveAndPhonesFollowTheKeyboard()
    {
        await using var chromium = await Chromium.LaunchAsync();
        var projector = await chromium.NewPageAsync(app.BaseAddress);
        var watch = PageWatch.Attach(projector);
        await Flows.RegisterAsync(projector);
        await projector.GotoAsync("/Workshops");
        await projector.GetByLabel("Titel des Workshops").FillAsync("Herausforderung Netzwerken");
        await projector.Locator("#workshop-create").ClickAsync();
        await projector.SetViewportSizeAsync(1920, 1080);
        var code = (await projector.Locator("#join-code").TextContentAsync())!.Trim();
        await VisitedAsync(projector, "60-projector-1920", "Beamer 1920×1080");
        var projectorUrl = projector.Url;

        var phones = new List<IPage>();
        var styles = new[] { "Jäger – ich suche Aufträge", "Sammler – ich suche Wissen", "Jäger – ich suche Aufträge" };
        for (var i = 0; i < 3; i++)
        {
            var phone = await chromium.NewPageAsync(app.BaseAddress);
            PageWatch.Attach(phone);
            await phone.SetViewportSizeAsync(390, 844);
            await phone.GotoAsync("/w");
            await phone.GetByLabel("Code vom Bildschirm").FillAsync(code.ToLowerInvariant());
            if (i == 0)
            {
                await phone.GetByLabel("Spitzname (optional)").FillAsync("Anna");
                await VisitedAsync(phone, "61-phone-join", "Beitreten auf dem Telefon");
            }
            await phone.Locator("#join-submit").ClickAsync();
            await Expect(phone.GetByRole(AriaRole.Heading, new() { Name = "Jäger oder Sammler: Wie nutzen Sie Netzwerke vor allem?" })).ToBeVisibleAsync();
            if (i == 0)
            {
                await VisitedAsync(phone, "62-phone-question", "Frage auf dem Telefon");
            }
            await phone.GetByLabel(styles[i]).CheckAsync();
            var answered = System.Diagnostics.Stopwatch.StartNew();
            await phone.Locator("#answer-submit").ClickAsync();
            await Expect(phone.Locator(".room-thanks")).ToBeVisibleAsync();
            // Without a reload the projector shows the new count, usually within a second (logged, not asserted).
            await Expect(projector.Locator("#answer-count")).ToHaveTextAsync((i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
            TestContext.Current.TestOutputHelper?.WriteLine($"answer {i + 1} on the projector {answered.ElapsedMilliseconds} ms after the tap");
            if (i == 0)
            {
                await VisitedAsync(phone, "63-phone-thanks", "Danke auf dem Telefon");
            }
            phones.Add(phone);
        }
        Assert.Equal(projectorUrl, projector.Url);
        await Expect(projector.Locator("#participant-count")).ToHaveTextAsync("3");

        await projector.Keyboard.PressAsync("r");
        await Expect(projector.GetByRole(AriaRole.Img, new() { Name = "Jäger – ich suche Aufträge: 2, Sammler – ich suche Wissen: 1" })).ToBeVisibleAsync();
        await VisitedAsync(projector, "64-projector-results", "Beamer mit Ergebnissen");
        await projector.SetViewportSizeAsync(1024, 768);
        await VisitedAsync(projector, "65-projector-1024", "Beamer 1024×768");

        await projector.Keyboard.PressAsync("ArrowRight");
        await Expect(projector.GetByText("Frage 2 von 9")).ToBeVisibleAsync();
        foreach (var phone in phones)
        {
            await Expect(phone.GetByRole(AriaRole.Heading, new() { Name = "In welchen Arten von Netzwerken sind Sie unterwegs?" })).ToBeVisibleAsync();
        }

        // A rating question: five bars and the mean, at the smaller projector size.
        await projector.Keyboard.PressAsync(" ");
        await Expect(projector.GetByText("Frage 3 von 9")).ToBeVisibleAsync();
        var ratings = new[] { "4", "5", "2" };
        for (var i = 0; i < phones.Count; i++)
        {
            var phone = phones[i];
            await Expect(phone.GetByRole(AriaRole.Heading, new() { Name = "Wie gehen die Menschen in Ihren Netzwerken miteinander um?" })).ToBeVisibleAsync();
            await phone.Locator($"input[name=Values][value='{ratings[i]}']").CheckAsync();
            await phone.Locator("#answer-submit").ClickAsync();
            await Expect(phone.Locator(".room-thanks")).ToBeVisibleAsync();
        }
        await Expect(projector.Locator("#answer-count")).ToHaveTextAsync("3");
        await projector.Keyboard.PressAsync("R");
        await Expect(projector.GetByText("Durchschnitt: 3,7 von 5")).ToBeVisibleAsync();
        await VisitedAsync(projector, "67-projector-rating-1024", "Beamer, Bewertungsfrage 1024×768");
        await projector.SetViewportSizeAsync(1920, 1080);
        await VisitedAsync(projector, "68-projector-rating-1920", "Beamer, Bewertungsfrage 1920×1080");

        await projector.Keyboard.PressAsync("ArrowLeft");
        await Expect(projector.GetByText("Frage 2 von 9")).ToBeVisibleAsync();
        await Expect(phones[0].GetByRole(AriaRole.Heading, new() { Name = "In welchen Arten von Netzwerken sind Sie unterwegs?" })).ToBeVisibleAsync();

        await projector.GotoAsync(projectorUrl.Replace("/Present/", "/Summary/", StringComparison.Ordinal));
        await projector.EmulateMediaAsync(new() { Media = Media.Print });
        await Expect(projector.GetByText("Jäger oder Sammler: Wie nutzen Sie Netzwerke vor allem?")).ToBeVisibleAsync();
        await VisitedAsync(projector, "66-summary-print", "Workshop-Zusammenfassung (Druck)");

        watch.AssertNoServerErrors();
        watch.AssertNoConsoleErrors();
        foreach (var phone in phones)
        {
            PageWatch.Of(phone)!.AssertNoServerErrors();
        }
    }
}
