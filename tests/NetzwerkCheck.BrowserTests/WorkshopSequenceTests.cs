using Microsoft.Playwright;
using NetzwerkCheck.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;
using static NetzwerkCheck.BrowserTests.Infrastructure.Visits;

namespace NetzwerkCheck.BrowserTests;

/// <summary>A facilitator adds a question of their own, and the room's open answers reach the wall only once reviewed.</summary>
public sealed class WorkshopSequenceTests(AppServer app)
{
    [Fact]
    public async Task AnOwnOpenQuestionIsAnsweredReviewedAndShownLive()
    {
        await using var chromium = await Chromium.LaunchAsync();
        var projector = await chromium.NewPageAsync(app.BaseAddress);
        var watch = PageWatch.Attach(projector);
        await Flows.RegisterAsync(projector);
        await projector.GotoAsync("/Workshops");
        await projector.GetByLabel("Titel des Workshops").FillAsync("Stammtisch-Abend");
        await projector.Locator("#workshop-create").ClickAsync();
        var code = (await projector.Locator("#join-code").TextContentAsync())!.Trim();
        var projectorUrl = projector.Url;

        // The sequence, by keyboard: own open question, then three places up so it runs before the tip.
        await projector.Locator("#present-questions").ClickAsync();
        await Expect(projector.GetByRole(AriaRole.Heading, new() { Name = "Ablauf von „Stammtisch-Abend“" })).ToBeVisibleAsync();
        await projector.GetByLabel("Freie Antwort").CheckAsync();
        await projector.GetByLabel("Ihre Frage").FillAsync("Was nehmen Sie heute mit?");
        await projector.GetByLabel("Ihre Frage").PressAsync("Enter");
        await Expect(projector.Locator(".notice")).ToHaveTextAsync("Ihre Frage steht jetzt an Stelle 10.");
        for (var number = 10; number > 7; number--)
        {
            await projector.GetByRole(AriaRole.Button, new() { Name = $"Frage {number} nach oben" }).FocusAsync();
            await projector.Keyboard.PressAsync("Enter");
            await Expect(projector.Locator(".sequence-item").Nth(number - 2)).ToContainTextAsync("Was nehmen Sie heute mit?");
        }
        await Expect(projector.Locator(".sequence-item").Nth(6)).ToContainTextAsync("Was nehmen Sie heute mit?");
        await VisitedAsync(projector, "80-workshop-sequence", "Ablauf des Workshops");

        await projector.GotoAsync(projectorUrl);
        for (var number = 2; number <= 7; number++)
        {
            // Each key submits a form; the next waits for the page it leads to.
            await projector.Keyboard.PressAsync("ArrowRight");
            await Expect(projector.Locator(".stage-progress")).ToHaveTextAsync($"Frage {number} von 10");
        }

        foreach (var answer in new[] { "Mehr zuhören als reden", "Werbung für meinen Shop!!!" })
        {
            var phone = await chromium.NewPageAsync(app.BaseAddress);
            PageWatch.Attach(phone);
            await phone.SetViewportSizeAsync(390, 844);
            await phone.GotoAsync($"/w/{code}");
            await phone.GetByLabel("Code vom Bildschirm").FillAsync(code);
            await phone.Locator("#join-submit").ClickAsync();
            await Expect(phone.GetByRole(AriaRole.Heading, new() { Name = "Was nehmen Sie heute mit?" })).ToBeVisibleAsync();
            await phone.GetByLabel("Ihre Antwort").FillAsync(answer);
            await phone.Locator("#answer-submit").ClickAsync();
            await Expect(phone.Locator(".room-thanks")).ToBeVisibleAsync();
        }
        await projector.Keyboard.PressAsync("r");
        await Expect(projector.Locator(".stage-pending")).ToHaveTextAsync("2 Antworten warten auf Ihre Prüfung.");
        await Expect(projector.Locator(".stage-hidden")).ToHaveTextAsync("Noch keine Antwort freigegeben.");

        // The facilitator's own window beside the projector.
        var review = await projector.Context.NewPageAsync();
        PageWatch.Attach(review);
        await review.GotoAsync(projectorUrl.Replace("/Present/", "/Moderate/", StringComparison.Ordinal));
        await Expect(review.Locator("[data-new-count]")).ToHaveTextAsync(["2 neue Antworten", "keine neuen Antworten"]);
        await VisitedAsync(review, "81-workshop-review", "Antworten prüfen");
        await review.GetByRole(AriaRole.Button, new() { Name = "Ausblenden: Werbung für meinen Shop!!!" }).ClickAsync();
        await review.GetByRole(AriaRole.Button, new() { Name = "Alle neuen zeigen" }).ClickAsync();
        await Expect(review.Locator(".notice")).ToHaveTextAsync("Eine neue Antwort ist jetzt sichtbar.");

        // The projector follows without a reload.
        await Expect(projector.Locator(".stage-texts li")).ToHaveTextAsync(["Mehr zuhören als reden"]);
        await Expect(projector.Locator(".stage-pending")).ToHaveCountAsync(0);
        await projector.SetViewportSizeAsync(1024, 768);
        await VisitedAsync(projector, "82-projector-open-answers", "Beamer, freie Antworten");

        await projector.GotoAsync(projectorUrl.Replace("/Present/", "/Summary/", StringComparison.Ordinal));
        await Expect(projector.Locator(".summary-texts li")).ToHaveTextAsync(["Mehr zuhören als reden"]);
        await Expect(projector.GetByText("Werbung für meinen Shop!!!")).ToHaveCountAsync(0);
        var download = await projector.RunAndWaitForDownloadAsync(() => projector.Locator("#summary-csv").ClickAsync());
        Assert.EndsWith(".csv", download.SuggestedFilename, StringComparison.Ordinal);
        await VisitedAsync(projector, "83-summary-with-own-question", "Workshop-Zusammenfassung mit eigener Frage");

        watch.AssertNoServerErrors();
        watch.AssertNoConsoleErrors();
        PageWatch.Of(review)!.AssertNoServerErrors();
    }
}
