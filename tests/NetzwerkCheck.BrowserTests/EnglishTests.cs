using System.Text.RegularExpressions;
using Microsoft.Playwright;
using NetzwerkCheck.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;
using static NetzwerkCheck.BrowserTests.Infrastructure.Visits;

namespace NetzwerkCheck.BrowserTests;

/// <summary>
/// Someone who reads English switches the language by keyboard in the footer and goes through sign-up, a network,
/// a whole check, the result, the report in print and a workshop on the projector and a phone – all in English,
/// all accessible. (Which words are left in German is checked page by page in the web tests' English sweep.)
/// </summary>
public sealed class EnglishTests(AppServer app)
{
    [Fact]
    public async Task KeyboardSwitchGivesAnEnglishAccessibleJourney()
    {
        await using var chromium = await Chromium.LaunchAsync();
        var page = await chromium.NewPageAsync(app.BaseAddress);
        var watch = PageWatch.Attach(page);

        await page.GotoAsync("/");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "de");
        await TabToAsync(page, ".language-switch button[lang=en]");
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Is this network worth your time?");
        await Expect(page.Locator(".language-switch button[lang=en]")).ToHaveAttributeAsync("aria-pressed", "true");
        await VisitedAsync(page, "80-en-landing", "Landing page (English)");

        await page.GetByRole(AriaRole.Link, new() { Name = "Sign up", Exact = true }).ClickAsync();
        var email = $"english-{Guid.NewGuid():N}@example.org";
        await page.GetByLabel("Email address").FillAsync(email);
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(Flows.Password);
        await page.GetByLabel("Repeat password").FillAsync(Flows.Password);
        await page.Locator("#register-submit").ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Almost done");
        await VisitedAsync(page, "81-en-login", "Sign in after sign-up (English)");
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(Flows.Password);
        await page.Locator("#login-submit").ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "My networks", Level = 1 })).ToBeVisibleAsync();

        await page.GotoAsync("/Networks/Create");
        await page.GetByLabel("Name of the network").FillAsync("Harbour Business Club");
        await page.Locator("input[name='Input.OrganisationForm'][value=Association]").CheckAsync();
        await page.Locator("input[name='Input.Status'][value=Trial]").CheckAsync();
        await page.Locator("#network-save").ClickAsync();
        await page.ArriveAtAsync("**/Networks/Details/*");
        await VisitedAsync(page, "82-en-details", "Network (English)");

        var networkUrl = page.Url;
        await page.Locator("#trial-open").ClickAsync();
        await VisitedAsync(page, "82b-en-trial", "Trial period (English)");
        await page.GotoAsync(networkUrl);
        await page.Locator("#survey-link").ClickAsync();
        await page.Locator("#survey-open").ClickAsync();
        await Expect(page.Locator("#survey-count")).ToBeVisibleAsync();
        await VisitedAsync(page, "82c-en-survey", "Member survey, owner's page (English)");
        await page.GotoAsync(networkUrl);
        await page.Locator("#check-start").ClickAsync();
        await page.Locator("input[value=WinClients]").CheckAsync();
        await page.Locator("input[value=Hunter]").CheckAsync();
        await VisitedAsync(page, "83-en-goal", "Check: goal (English)");
        await page.Locator("#step-next").ClickAsync();
        await page.Locator("input[value=KnowledgeOrTalks]").CheckAsync();
        await VisitedAsync(page, "83b-en-contribution", "Check: contribution (English)");
        await page.Locator("#step-next").ClickAsync();
        foreach (var statement in await page.Locator("fieldset.likert").AllAsync())
        {
            await statement.Locator("input[value='3']").CheckAsync();
        }
        await page.Locator("#step-next").ClickAsync();
        foreach (var criterion in new[] { "conduct", "size", "memberinterviews", "results" })
        {
            await page.Locator($"#criterion-{criterion} input[type=radio][value='4']").CheckAsync();
        }
        await page.Locator("#TrialWeeks").FillAsync("3");
        await VisitedAsync(page, "84-en-criteria", "Check: criteria (English)");
        await page.Locator("#step-next").ClickAsync();
        await page.Locator("#step-next").ClickAsync();
        await page.ArriveAtAsync("**/Checks/Result/*");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await Expect(page.Locator("#verdict-heading")).ToHaveTextAsync("Keep testing");
        var resultText = await page.Locator("main").InnerTextAsync();
        Assert.Matches(@"\d%", resultText);          // English writes shares as "34%",
        Assert.DoesNotMatch(@"\d[ \u00a0]%", resultText);   // not the German "34 %".
        await VisitedAsync(page, "85-en-result", "Result (English)");

        await page.GotoAsync(page.Url.Replace("/Checks/Result/", "/Reports/Assessment/", StringComparison.Ordinal));
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await VisitedAsync(page, "86-en-report-print", "Report in print (English)");
        await page.EmulateMediaAsync(new() { Media = Media.Screen });

        await page.GotoAsync("/Workshops");
        await page.Locator("input[name='Input.Title']").FillAsync("The networking challenge");
        await page.Locator("#workshop-create").ClickAsync();
        await page.SetViewportSizeAsync(1024, 768);
        var code = (await page.Locator("#join-code").TextContentAsync())!.Trim();
        await VisitedAsync(page, "87-en-projector-1024", "Projector 1024×768 (English)");

        var phone = await chromium.NewPageAsync(app.BaseAddress);
        PageWatch.Attach(phone);
        await phone.SetViewportSizeAsync(390, 844);
        await phone.GotoAsync("/w");
        await TabToAsync(phone, ".language-switch button[lang=en]");
        await phone.Keyboard.PressAsync("Enter");
        await Expect(phone.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await phone.Locator("input[name='Input.Code']").FillAsync(code);
        await phone.Locator("#join-submit").ClickAsync();
        await Expect(phone.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Hunter or Gatherer");
        await VisitedAsync(phone, "88-en-phone-question", "Question on the phone (English)");

        await page.GotoAsync(page.Url.Replace("/Present/", "/Summary/", StringComparison.Ordinal));
        await page.SetViewportSizeAsync(1280, 900);
        await VisitedAsync(page, "89-en-summary", "Workshop summary (English)");
        await page.GotoAsync("/Account/Data");
        await VisitedAsync(page, "89b-en-data", "Your data (English)");

        watch.AssertNoServerErrors();
        watch.AssertNoConsoleErrors();
    }

    /// <summary>Moves the focus with the Tab key, as a keyboard user does, until <paramref name="selector"/> has it.</summary>
    private static async Task TabToAsync(IPage page, string selector)
    {
        var target = page.Locator(selector);
        for (var presses = 0; presses < 60; presses++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await target.EvaluateAsync<bool>("element => element === document.activeElement"))
            {
                return;
            }
        }
        Assert.Fail($"{selector} cannot be reached with the Tab key.");
    }
}
