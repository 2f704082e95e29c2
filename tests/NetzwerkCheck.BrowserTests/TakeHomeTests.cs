using Microsoft.Playwright;
using NetzwerkCheck.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;
using static NetzwerkCheck.BrowserTests.Infrastructure.Visits;

namespace NetzwerkCheck.BrowserTests;

/// <summary>
/// The end of "Herausforderung Netzwerken": what people bring in, the debrief on the projector, each phone's own
/// take-home once the facilitator closes, its print view, and keeping it by creating an account on the phone.
/// </summary>
public sealed class TakeHomeTests(AppServer app)
{
    [Fact]
    public async Task EveryPhoneTakesItsOwnResultHomeAndCanKeepIt()
    {
        await using var chromium = await Chromium.LaunchAsync();
        var projector = await chromium.NewPageAsync(app.BaseAddress);
        var watch = PageWatch.Attach(projector);
        await Flows.RegisterAsync(projector);
        await projector.GotoAsync("/Workshops");
        await projector.GetByLabel("Titel des Workshops").FillAsync("Herausforderung Netzwerken");
        await projector.Locator("#workshop-create").ClickAsync();
        await projector.SetViewportSizeAsync(1024, 768);
        var code = (await projector.Locator("#join-code").TextContentAsync())!.Trim();

        var hunter = await JoinAsync(chromium, code);
        var gatherer = await JoinAsync(chromium, code);
        await hunter.GetByLabel("Jäger – ich suche Aufträge").CheckAsync();
        await hunter.Locator("#answer-submit").ClickAsync();
        await gatherer.GetByLabel("Sammler – ich suche Wissen").CheckAsync();
        await gatherer.Locator("#answer-submit").ClickAsync();
        await Expect(projector.Locator("#answer-count")).ToHaveTextAsync("2");

        // The facilitator steps with the keyboard to "Was bringen Sie ein?", the phones follow.
        for (var number = 2; number <= 8; number++)
        {
            await projector.Keyboard.PressAsync("ArrowRight");
            await Expect(projector.GetByText($"Frage {number} von 9")).ToBeVisibleAsync();
        }
        await Expect(hunter.GetByRole(AriaRole.Heading, new() { Name = "Was bringen Sie ein?" })).ToBeVisibleAsync();
        // On the phone by keyboard too: Space ticks a box, Enter on the button sends.
        await hunter.GetByLabel("Wissen teilen, etwa mit einem Vortrag oder Fachbeitrag").FocusAsync();
        await hunter.Keyboard.PressAsync("Space");
        await hunter.GetByLabel("Andere weiterempfehlen").CheckAsync();
        await VisitedAsync(hunter, "70-phone-contributions", "Was bringen Sie ein? auf dem Telefon");
        await hunter.Locator("#answer-submit").FocusAsync();
        await hunter.Keyboard.PressAsync("Enter");
        await Expect(hunter.Locator(".room-thanks")).ToBeVisibleAsync();

        await projector.Keyboard.PressAsync("ArrowRight");
        await Expect(projector.GetByRole(AriaRole.Heading, new() { Name = "Jäger und Sammler im Raum" })).ToBeVisibleAsync();
        await Expect(projector.GetByRole(AriaRole.Img, new() { Name = "Jäger: 1 (50 %), Sammler: 1 (50 %)" })).ToBeVisibleAsync();
        await Expect(projector.Locator(".debrief-hunter .debrief-image")).ToHaveTextAsync("Das Netzwerk als Marktplatz");
        await VisitedAsync(projector, "71-projector-debrief-1024", "Auswertung auf dem Beamer 1024×768");
        await projector.SetViewportSizeAsync(1920, 1080);
        await VisitedAsync(projector, "72-projector-debrief-1920", "Auswertung auf dem Beamer 1920×1080");
        foreach (var phone in new[] { hunter, gatherer })
        {
            await Expect(phone.GetByRole(AriaRole.Heading, new() { Name = "Schauen Sie auf die Leinwand" })).ToBeVisibleAsync();
        }
        await VisitedAsync(gatherer, "73-phone-debrief", "Telefon während der Auswertung");

        await projector.Locator("#present-close").ClickAsync();
        await projector.ArriveAtAsync("**/Workshops/Summary/**");

        // Each phone turns to its own take-home by itself.
        await hunter.ArriveAtAsync($"**/w/{code}/ergebnis");
        await Expect(hunter.Locator("#takehome-style")).ToHaveTextAsync("Jäger");
        await Expect(hunter.Locator("#takehome-contributions li")).ToHaveTextAsync(["Wissen teilen, etwa mit einem Vortrag oder Fachbeitrag", "Andere weiterempfehlen"]);
        await Expect(hunter.Locator("#takehome-steps li")).ToHaveCountAsync(3);
        await VisitedAsync(hunter, "74-phone-takehome", "Ergebnis zum Mitnehmen");
        // The same page opened on a tablet or a laptop.
        foreach (var (width, height) in new[] { (1024, 768), (1920, 1080) })
        {
            await hunter.SetViewportSizeAsync(width, height);
            await VisitedAsync(hunter, $"74-phone-takehome-{width}", $"Ergebnis zum Mitnehmen {width}×{height}");
        }
        await hunter.SetViewportSizeAsync(390, 844);
        await gatherer.ArriveAtAsync($"**/w/{code}/ergebnis");
        await Expect(gatherer.Locator("#takehome-style")).ToHaveTextAsync("Sammler");
        await Expect(gatherer.Locator("#takehome-no-contributions")).ToBeVisibleAsync();

        // The print view: the sheet without header, footer, buttons or the keep box.
        await hunter.EmulateMediaAsync(new() { Media = Media.Print });
        await Expect(hunter.Locator(".takehome-keep")).ToBeHiddenAsync();
        await Expect(hunter.Locator(".site-header")).ToBeHiddenAsync();
        await Expect(hunter.Locator("#takehome-steps")).ToBeVisibleAsync();
        await VisitedAsync(hunter, "75-phone-takehome-print", "Ergebnis zum Mitnehmen (Druck)");
        await hunter.EmulateMediaAsync(new() { Media = Media.Screen });

        // Keep it: an account made on the phone, sign-in brings the phone back, one tap copies it.
        await hunter.Locator("#keep-register").ClickAsync();
        var email = $"mitnehmen-{Guid.NewGuid():N}@example.org";
        await hunter.GetByLabel("E-Mail-Adresse").FillAsync(email);
        await hunter.GetByLabel("Passwort", new() { Exact = true }).FillAsync(Flows.Password);
        await hunter.GetByLabel("Passwort wiederholen").FillAsync(Flows.Password);
        await hunter.Locator("#register-submit").ClickAsync();
        await hunter.ArriveAtAsync("**/Account/Login?ReturnUrl=*");
        await Expect(hunter.GetByLabel("E-Mail-Adresse")).ToHaveValueAsync(email);
        await hunter.GetByLabel("Passwort", new() { Exact = true }).FillAsync(Flows.Password);
        await hunter.Locator("#login-submit").ClickAsync();
        await hunter.ArriveAtAsync($"**/w/{code}/ergebnis");
        await VisitedAsync(hunter, "76-phone-takehome-signed-in", "Ergebnis übernehmen");
        await hunter.Locator("#keep-submit").ClickAsync();
        await hunter.ArriveAtAsync("**/TakeHomes/Details/**");
        await Expect(hunter.GetByRole(AriaRole.Status)).ToHaveTextAsync("Ihr Workshop-Ergebnis ist jetzt in Ihrem Konto gespeichert.");
        await Expect(hunter.Locator("#takehome-style")).ToHaveTextAsync("Jäger");
        await VisitedAsync(hunter, "77-takehome-saved", "Gespeichertes Workshop-Ergebnis");
        await hunter.GotoAsync("/Networks");
        await Expect(hunter.Locator(".takehome-list h3 a")).ToHaveTextAsync("Herausforderung Netzwerken");
        await VisitedAsync(hunter, "78-networks-with-takehome", "Meine Netzwerke mit Workshop-Ergebnis");

        watch.AssertNoServerErrors();
        watch.AssertNoConsoleErrors();
        foreach (var phone in new[] { hunter, gatherer })
        {
            PageWatch.Of(phone)!.AssertNoServerErrors();
        }
    }

    private async Task<IPage> JoinAsync(Chromium chromium, string code)
    {
        var phone = await chromium.NewPageAsync(app.BaseAddress);
        PageWatch.Attach(phone);
        await phone.SetViewportSizeAsync(390, 844);
        await phone.GotoAsync($"/w?Input.Code={code}");
        await phone.Locator("#join-submit").ClickAsync();
        await Expect(phone.GetByRole(AriaRole.Heading, new() { Name = "Jäger oder Sammler: Wie nutzen Sie Netzwerke vor allem?" })).ToBeVisibleAsync();
        return phone;
    }
}
