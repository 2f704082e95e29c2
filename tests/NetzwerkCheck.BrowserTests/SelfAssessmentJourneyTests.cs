using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using NetzwerkCheck.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;
using static NetzwerkCheck.BrowserTests.Infrastructure.Visits;

namespace NetzwerkCheck.BrowserTests;

/// <summary>
/// One person, start to finish: registers, records a network, runs the self-assessment to its
/// result, and later finds a half-done second assessment where they left it – in a fresh browser.
/// </summary>
public sealed class SelfAssessmentJourneyTests(AppServer app)
{
    private const string Password = "Mein Netzwerk-Passwort 2024";
    private const string NetworkName = "Unternehmerstammtisch Süd";
    private const string FirstGoal = "Neue Kundschaft und Aufträge gewinnen";
    private const string DraftGoal = "Wissen und Erfahrungen austauschen";
    private const string ConductNote = "Freundlicher Empfang, man wurde allen vorgestellt.";

    // One answer per statement of step 2, in page order.
    private static readonly string[] TypeAnswers = ["teils, teils", "trifft kaum zu", "trifft voll zu", "trifft eher zu", "teils, teils", "trifft voll zu"];

    [Fact]
    public async Task SelfAssessmentJourney()
    {
        var email = $"journey-{Guid.NewGuid():N}@example.org";
        var watches = new List<PageWatch>();
        int networkId;

        await using (var chromium = await Chromium.LaunchAsync())
        {
            var page = await chromium.NewPageAsync(app.BaseAddress);
            watches.Add(PageWatch.Attach(page));

            await RegisterAsync(page, email);
            networkId = await CreateNetworkAsync(page);
            await RunFirstAssessmentAsync(page);
        }

        // The browser is closed: nothing but the account connects the next visits to the first one.
        await using (var chromium = await Chromium.LaunchAsync())
        {
            var page = await chromium.NewPageAsync(app.BaseAddress);
            watches.Add(PageWatch.Attach(page));
            await LogInAsync(page, email, screenshot: "12-login");
            await OpenNetworkAsync(page, networkId);

            await Expect(page.Locator("#check-start")).ToHaveTextAsync("Neu bewerten");
            await page.Locator("#check-start").ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex(@"/Checks/Goal/\d+$"));
            var draftUrl = new Uri(page.Url).AbsolutePath;
            // The second check starts from the first one's goal; the person changes their mind.
            await Expect(page.GetByLabel(FirstGoal)).ToBeCheckedAsync();
            await page.GetByLabel(DraftGoal).CheckAsync();
            await page.GetByLabel("Sammler").CheckAsync();
            await page.Locator("#step-later").ClickAsync();

            await Expect(page).ToHaveURLAsync(new Regex($"/Networks/Details/{networkId}$"));
            await Expect(page.GetByText("Ihr Entwurf ist gespeichert.")).ToBeVisibleAsync();
            await Expect(page.Locator("#check-resume")).ToHaveTextAsync("Entwurf fortsetzen");
            await VisitedAsync(page, "13-details-draft", "Netzwerk mit offenem Entwurf");
            await page.Context.CloseAsync();

            var later = await chromium.NewPageAsync(app.BaseAddress);
            watches.Add(PageWatch.Attach(later));
            await LogInAsync(later, email, screenshot: null);
            await OpenNetworkAsync(later, networkId);
            await later.Locator("#check-resume").ClickAsync();

            await Expect(later).ToHaveURLAsync(new Regex(Regex.Escape(draftUrl) + "$"));
            await Expect(later.GetByText("Schritt 1 von 6")).ToBeVisibleAsync();
            await Expect(later.GetByLabel(DraftGoal)).ToBeCheckedAsync();
            await Expect(later.GetByLabel(FirstGoal)).Not.ToBeCheckedAsync();
            await Expect(later.GetByLabel("Sammler")).ToBeCheckedAsync();
        }

        // Last, so that a console error does not hide what the journey itself would have found.
        foreach (var watch in watches)
        {
            watch.AssertNoServerErrors();
            watch.AssertNoConsoleErrors();
        }
    }

    private static async Task RegisterAsync(IPage page, string email)
    {
        await page.GotoAsync("/");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Lohnt sich dieses Netzwerk für Sie?");
        await VisitedAsync(page, "01-landing", "Startseite");

        await page.GetByRole(AriaRole.Link, new() { Name = "Registrieren", Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/Account/Register$"));
        await VisitedAsync(page, "02-register", "Registrieren");

        await page.GetByLabel("E-Mail-Adresse").FillAsync(email);
        await page.GetByLabel("Passwort", new() { Exact = true }).FillAsync(Password);
        await page.GetByLabel("Passwort wiederholen").FillAsync(Password);
        await page.Locator("#register-submit").ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/Account/Login$"));
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Melden Sie sich jetzt");
        await VisitedAsync(page, "02b-login-after-register", "Anmelden nach der Registrierung");
        // The password field has the focus: the address is already filled in.
        await page.Keyboard.TypeAsync(Password);
        await page.Keyboard.PressAsync("Enter");

        await Expect(page).ToHaveURLAsync(new Regex("/Networks$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Meine Netzwerke", Level = 1 })).ToBeVisibleAsync();
        await VisitedAsync(page, "03-networks", "Meine Netzwerke (leer)");

        // The production cookies arrived in a real browser: host-only, Secure, never readable by script.
        var cookies = await page.Context.CookiesAsync();
        Assert.NotEmpty(cookies);
        Assert.All(cookies, cookie =>
        {
            Assert.StartsWith("__Host-", cookie.Name, StringComparison.Ordinal);
            Assert.True(cookie.Secure && cookie.HttpOnly, $"{cookie.Name}: Secure={cookie.Secure}, HttpOnly={cookie.HttpOnly}");
        });
    }

    private static async Task<int> CreateNetworkAsync(IPage page)
    {
        await page.Locator("#network-create").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/Networks/Create$"));

        var form = page.GetByRole(AriaRole.Group, new() { Name = "Organisationsform" });
        var status = page.GetByRole(AriaRole.Group, new() { Name = "Ihr Status" });
        await Expect(form.GetByRole(AriaRole.Radio)).ToHaveCountAsync(3);
        await Expect(status.GetByRole(AriaRole.Radio)).ToHaveCountAsync(4);
        foreach (var option in new[] { "Überlege", "Probezeit", "Mitglied", "Ausgetreten" })
        {
            await Expect(status.GetByLabel(option, new() { Exact = true })).ToBeVisibleAsync();
        }

        // Everything but the name: the form must complain and keep what was typed.
        await form.GetByLabel("Mischform", new() { Exact = true }).CheckAsync();
        await status.GetByLabel("Probezeit", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Ungefähre Mitgliederzahl").FillAsync("40");
        await page.GetByLabel("Webadresse (optional)").FillAsync("https://example.org/stammtisch");
        await page.GetByLabel("Notizen (optional)").FillAsync("Trifft sich jeden zweiten Dienstag.");
        await page.Locator("#network-save").ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/Networks/Create$"));
        await Expect(page.GetByText("Bitte geben Sie dem Netzwerk einen Namen.")).ToBeVisibleAsync();
        await Expect(form.GetByLabel("Mischform", new() { Exact = true })).ToBeCheckedAsync();
        await Expect(status.GetByLabel("Probezeit", new() { Exact = true })).ToBeCheckedAsync();
        await Expect(page.GetByLabel("Ungefähre Mitgliederzahl")).ToHaveValueAsync("40");
        await Expect(page.GetByLabel("Webadresse (optional)")).ToHaveValueAsync("https://example.org/stammtisch");
        await Expect(page.GetByLabel("Notizen (optional)")).ToHaveValueAsync("Trifft sich jeden zweiten Dienstag.");
        await VisitedAsync(page, "04-create-errors", "Netzwerk anlegen mit Fehler");

        await page.GetByLabel("Name des Netzwerks").FillAsync(NetworkName);
        await page.Locator("#network-save").ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex(@"/Networks/Details/\d+$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = NetworkName, Level = 1 })).ToBeVisibleAsync();
        await VisitedAsync(page, "05-details", "Netzwerk-Details");
        return int.Parse(Regex.Match(page.Url, @"/Details/(\d+)$").Groups[1].Value, CultureInfo.InvariantCulture);
    }

    private static async Task RunFirstAssessmentAsync(IPage page)
    {
        await Expect(page.Locator("#check-start")).ToHaveTextAsync("Erste Bewertung starten");
        await page.Locator("#check-start").ClickAsync();

        // Step 1: goal and style.
        await ExpectStepAsync(page, "Goal", 1);
        await Expect(page.Locator("#step-back")).ToHaveCountAsync(0);
        await page.GetByLabel(FirstGoal).CheckAsync();
        await page.GetByLabel("Jäger").CheckAsync();
        await VisitedAsync(page, "06-step1-goal", "Schritt 1: Ziel und Stil");
        await page.Locator("#step-next").ClickAsync();

        // Step 2: what the person brings in and how much time they plan.
        await ExpectStepAsync(page, "Contribution", 2);
        await page.GetByLabel("Wissen teilen, etwa mit einem Vortrag oder Fachbeitrag").CheckAsync();
        await page.GetByLabel("Andere weiterempfehlen").CheckAsync();
        await page.GetByLabel("Wie viele Stunden im Monat wollen Sie einplanen?").FillAsync("8");
        await VisitedAsync(page, "06b-step2-contribution", "Schritt 2: Ihr Einsatz");
        await page.Locator("#step-next").ClickAsync();

        // Step 3: six statements on a five-point scale.
        await ExpectStepAsync(page, "Type", 3);
        var statements = page.Locator("main form fieldset");
        await Expect(statements).ToHaveCountAsync(TypeAnswers.Length);
        for (var i = 0; i < TypeAnswers.Length; i++)
        {
            foreach (var option in new[] { "trifft nicht zu", "trifft kaum zu", "teils, teils", "trifft eher zu", "trifft voll zu" })
            {
                await Expect(statements.Nth(i).GetByLabel(option, new() { Exact = true })).ToHaveCountAsync(1);
            }
            await statements.Nth(i).GetByLabel(TypeAnswers[i], new() { Exact = true }).CheckAsync();
        }
        await VisitedAsync(page, "07-step3-type", "Schritt 3: Kerngedanke");

        // Back to step 2 and forward again: nothing is lost either way.
        await Expect(page.Locator("#step-back")).ToHaveTextAsync("Zurück");
        await page.Locator("#step-back").ClickAsync();
        await ExpectStepAsync(page, "Contribution", 2);
        await Expect(page.GetByLabel("Wissen teilen, etwa mit einem Vortrag oder Fachbeitrag")).ToBeCheckedAsync();
        await Expect(page.GetByLabel("Andere weiterempfehlen")).ToBeCheckedAsync();
        await Expect(page.GetByLabel("Vorerst nichts: Ich möchte erst sehen, was es mir bringt")).Not.ToBeCheckedAsync();
        await Expect(page.GetByLabel("Wie viele Stunden im Monat wollen Sie einplanen?")).ToHaveValueAsync("8");
        await page.Locator("#step-next").ClickAsync();
        await ExpectStepAsync(page, "Type", 3);
        for (var i = 0; i < TypeAnswers.Length; i++)
        {
            await Expect(statements.Nth(i).GetByLabel(TypeAnswers[i], new() { Exact = true })).ToBeCheckedAsync();
        }
        await page.Locator("#step-next").ClickAsync();

        // Step 4: the criteria, by keyboard alone.
        await ExpectStepAsync(page, "Criteria", 4);
        await FillCriteriaByKeyboardAsync(page);

        // Step 5: no red flags.
        await ExpectStepAsync(page, "Flags", 5);
        await Expect(page.GetByRole(AriaRole.Checkbox)).ToHaveCountAsync(5);
        foreach (var checkbox in await page.GetByRole(AriaRole.Checkbox).AllAsync())
        {
            await Expect(checkbox).Not.ToBeCheckedAsync();
        }
        await Expect(page.Locator("#step-next")).ToHaveTextAsync("Auswerten");
        await VisitedAsync(page, "09-step5-flags", "Schritt 5: Warnsignale");
        await page.Locator("#step-next").ClickAsync();

        // The result.
        await Expect(page).ToHaveURLAsync(new Regex(@"/Checks/Result/\d+$"));
        await Expect(page.GetByText("Unsere Empfehlung", new() { Exact = true })).ToBeVisibleAsync();
        // A Jäger who wants clients weighs results most (0.46): rated 2, with Umgang 4 and Größe 3 the score is 39 → leave,
        // and as he is on trial, the way out comes with an exit plan.
        await Expect(page.Locator("#verdict-heading")).ToHaveTextAsync("Austreten");
        await Expect(page.Locator(".verdict-figures .figure-value").First).ToHaveTextAsync("39 / 100");
        await Expect(page.Locator(".next-steps li").First).ToHaveTextAsync("Legen Sie ein Austrittsdatum fest und prüfen Sie Kündigungsfrist und laufende Beiträge.");
        var form = page.GetByRole(AriaRole.Region, new() { Name = "Was die Organisationsform für Sie bedeutet" });
        await Expect(form.GetByRole(AriaRole.Heading, new() { Name = "Stärken" })).ToBeVisibleAsync();
        await Expect(form.Locator("#size-reading")).ToHaveTextAsync(new Regex("^Mit etwa 40 Mitgliedern trägt die Mischform beides"));
        var chart = page.GetByRole(AriaRole.Img, new() { Name = "Typprofil des Netzwerks" });
        await Expect(chart).ToBeVisibleAsync();
        Assert.Equal("svg", await chart.EvaluateAsync<string>("e => e.tagName.toLowerCase()"));
        await Expect(chart.Locator("title")).ToHaveTextAsync("Typprofil des Netzwerks");
        // One drawn bar per network type: an SVG length the browser cannot parse leaves it empty.
        var bars = await chart.Locator("rect.chart-bar").AllAsync();
        Assert.Equal(3, bars.Count);
        foreach (var bar in bars)
        {
            var box = await bar.BoundingBoxAsync();
            Assert.True(box is { Width: > 0 }, $"Balken im Typprofil nicht gezeichnet: width=\"{await bar.GetAttributeAsync("width")}\"");
        }
        await Expect(page.GetByText("Die Probezeit ist noch zu kurz, um sie zu beurteilen:")).ToBeVisibleAsync();
        await Expect(page.GetByText("Vollständigkeit", new() { Exact = true })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Img, new() { NameRegex = new Regex(@"^Vollständigkeit: \d+ von 100$") })).ToBeVisibleAsync();
        var nextSteps = page.GetByRole(AriaRole.Region, new() { Name = "Ihre nächsten Schritte" });
        await Expect(nextSteps.GetByRole(AriaRole.Heading, new() { Name = "Ihre nächsten Schritte" })).ToBeVisibleAsync();
        Assert.NotEmpty(await nextSteps.GetByRole(AriaRole.Listitem).AllAsync());
        await Expect(page.GetByRole(AriaRole.Cell, new() { Name = ConductNote })).ToBeVisibleAsync();
        await VisitedAsync(page, "10-result", "Ergebnis");

        await page.SetViewportSizeAsync(390, 844);
        await VisitedAsync(page, "11-result-phone", "Ergebnis auf dem Telefon");
        await page.SetViewportSizeAsync(1280, 800);
    }

    /// <summary>
    /// Step 3 without a mouse: Tab into each rating group, arrow keys to choose, type the notes and
    /// the trial length, and Enter in the number field, which must submit through "Weiter".
    /// </summary>
    private static async Task FillCriteriaByKeyboardAsync(IPage page)
    {
        var keyboard = page.Keyboard;

        // A radio group is one tab stop; focus lands on its checked option, "noch offen".
        await TabToAsync(page, "#criterion-conduct input[type=radio]");
        await PressTimesAsync(keyboard, "ArrowRight", 4);
        await TabToAsync(page, "#note-conduct");
        await keyboard.TypeAsync(ConductNote);

        await TabToAsync(page, "#criterion-size input[type=radio]");
        await PressTimesAsync(keyboard, "ArrowRight", 3);

        // Mitgliederbefragung stays "noch offen": the person has not asked anyone yet.
        await TabToAsync(page, "#criterion-trialperiod input[type=radio]");
        await PressTimesAsync(keyboard, "ArrowRight", 4);

        await TabToAsync(page, "#criterion-results input[type=radio]");
        await PressTimesAsync(keyboard, "ArrowRight", 2);

        // Back up to the trial length, too short at 4 weeks (the default minimum is 12).
        await TabToAsync(page, "#TrialWeeks", backwards: true);
        await keyboard.TypeAsync("4");

        await Expect(RatingOption(page, "conduct", 4)).ToBeCheckedAsync();
        await Expect(RatingOption(page, "size", 3)).ToBeCheckedAsync();
        await Expect(page.Locator("#criterion-memberinterviews").GetByLabel("noch offen")).ToBeCheckedAsync();
        await Expect(RatingOption(page, "trialperiod", 4)).ToBeCheckedAsync();
        await Expect(RatingOption(page, "results", 2)).ToBeCheckedAsync();
        await Expect(page.GetByLabel("Notiz zu Umgang (optional)")).ToHaveValueAsync(ConductNote);
        await Expect(page.GetByLabel("Dauer Ihrer Probezeit in Wochen")).ToHaveValueAsync("4");
        foreach (var criterion in new[] { "conduct", "size", "memberinterviews", "trialperiod", "results" })
        {
            var fieldset = page.Locator($"#criterion-{criterion}");
            await Expect(fieldset.GetByLabel("noch offen")).ToHaveCountAsync(1);
            await Expect(fieldset.GetByLabel("1 – schlecht")).ToHaveCountAsync(1);
            await Expect(fieldset.GetByLabel("5 – sehr gut")).ToHaveCountAsync(1);
            await Expect(fieldset.GetByLabel(new Regex(@"^Notiz zu .+ \(optional\)$"))).ToHaveCountAsync(1);
        }

        await VisitedAsync(page, "08-step4-criteria", "Schritt 4: Kriterien");
        await Expect(page.Locator("#TrialWeeks")).ToBeFocusedAsync();
        await keyboard.PressAsync("Enter");
    }

    /// <summary>The radio labelled "3 – …" in a criterion's fieldset, whatever the word after the number.</summary>
    private static ILocator RatingOption(IPage page, string criterion, int rating) =>
        page.Locator($"#criterion-{criterion}").GetByLabel(new Regex($@"^\s*{rating}\s–\s"));

    private static async Task ExpectStepAsync(IPage page, string stepPage, int number)
    {
        await Expect(page).ToHaveURLAsync(new Regex($@"/Checks/{stepPage}/\d+$"));
        await Expect(page.GetByText($"Schritt {number} von 6")).ToBeVisibleAsync();
    }

    private static async Task LogInAsync(IPage page, string email, string? screenshot)
    {
        await page.GotoAsync("/Account/Login");
        if (screenshot is not null)
        {
            await VisitedAsync(page, screenshot, "Anmelden");
        }
        await page.GetByLabel("E-Mail-Adresse").FillAsync(email);
        await page.GetByLabel("Passwort", new() { Exact = true }).FillAsync(Password);
        await page.Locator("#login-submit").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/Networks$"));
    }

    private static async Task OpenNetworkAsync(IPage page, int networkId)
    {
        await page.GetByRole(AriaRole.Link, new() { Name = NetworkName, Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex($"/Networks/Details/{networkId}$"));
    }

    /// <summary>Presses Tab (or Shift+Tab) until the focused element matches <paramref name="selector"/>.</summary>
    private static async Task TabToAsync(IPage page, string selector, bool backwards = false)
    {
        for (var presses = 0; presses < 60; presses++)
        {
            await page.Keyboard.PressAsync(backwards ? "Shift+Tab" : "Tab");
            if (await page.EvaluateAsync<bool>("s => document.activeElement?.matches(s) === true", selector))
            {
                return;
            }
        }
        Assert.Fail($"Mit der Tabulatortaste nicht erreichbar: {selector}");
    }

    private static async Task PressTimesAsync(IKeyboard keyboard, string key, int times)
    {
        for (var i = 0; i < times; i++)
        {
            await keyboard.PressAsync(key);
        }
    }
}
