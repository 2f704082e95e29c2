using Microsoft.Playwright;
using NetzwerkCheck.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;
using static NetzwerkCheck.BrowserTests.Infrastructure.Visits;

namespace NetzwerkCheck.BrowserTests;

/// <summary>An owner opens a member survey; three members answer from their own browsers; the owner reads the aggregate.</summary>
public sealed class SurveyTests(AppServer app)
{
    [Fact]
    public async Task MembersAnswerFromSeveralBrowsersAndTheOwnerSeesTheAggregate()
    {
        await using var chromium = await Chromium.LaunchAsync();
        var owner = await chromium.NewPageAsync(app.BaseAddress);
        var watch = PageWatch.Attach(owner);
        await Flows.RegisterAsync(owner);
        await Flows.CreateNetworkAsync(owner, "Frauennetzwerk Handwerk", "Mitglied");
        await owner.Locator("#survey-link").ClickAsync();
        await owner.Locator("#survey-open").ClickAsync();
        await Expect(owner.GetByRole(AriaRole.Img, new() { Name = "QR-Code mit dem Link zur Befragung" })).ToBeVisibleAsync();
        await VisitedAsync(owner, "50-survey-owner-open", "Befragung offen");
        var link = new Uri(await owner.Locator("#share-url").InputValueAsync()).PathAndQuery;

        var answers = new[] { ("4\u00a0–\u00a0gut", "Kontakte knüpfen und einander weiterempfehlen", "Ja"), ("5\u00a0–\u00a0sehr\u00a0gut", "Kontakte knüpfen und einander weiterempfehlen", "Ja"), ("2\u00a0–\u00a0eher\u00a0schlecht", "Wissen und Erfahrungen austauschen", "Nein") };
        for (var i = 0; i < answers.Length; i++)
        {
            var member = await chromium.NewPageAsync(app.BaseAddress);
            PageWatch.Attach(member);
            if (i == 0)
            {
                await member.SetViewportSizeAsync(390, 844);
            }
            await member.GotoAsync(link);
            if (i == 0)
            {
                await VisitedAsync(member, "51-survey-answer-phone", "Befragung auf dem Telefon");
            }
            var (rating, seenAs, recommend) = answers[i];
            await member.GetByRole(AriaRole.Group, new() { Name = "Wie gehen die Mitglieder miteinander um?" }).GetByLabel(rating).CheckAsync();
            await member.GetByRole(AriaRole.Group, new() { Name = "Was bringt Ihnen das Netzwerk?" }).GetByLabel(rating).CheckAsync();
            await member.GetByLabel(seenAs).CheckAsync();
            await member.GetByLabel(recommend, new() { Exact = true }).CheckAsync();
            await member.GetByLabel("Möchten Sie noch etwas sagen? (optional)").FillAsync($"Anmerkung {i + 1}");
            await member.Locator("#survey-submit").ClickAsync();
            await Expect(member.GetByRole(AriaRole.Heading, new() { Name = "Danke für Ihre Antwort!" })).ToBeVisibleAsync();
            if (i == 0)
            {
                await VisitedAsync(member, "52-survey-thanks", "Danke-Seite");
            }
            await member.ReloadAsync();
            await Expect(member.GetByRole(AriaRole.Heading, new() { Name = "Sie haben schon geantwortet – danke!" })).ToBeVisibleAsync();
            PageWatch.Of(member)!.AssertNoConsoleErrors();
            await member.Context.CloseAsync();
        }

        await owner.ReloadAsync();
        await Expect(owner.Locator("#survey-count")).ToContainTextAsync("3");
        await Expect(owner.GetByText("Umgang im Durchschnitt")).ToBeVisibleAsync();
        await Expect(owner.GetByText("Anmerkung 3")).ToBeVisibleAsync();
        await VisitedAsync(owner, "53-survey-owner-results", "Auswertung der Befragung");

        // Single-use links for a meeting: a sheet of QR codes, each good for one answer from any phone.
        await owner.GetByLabel("Anzahl der Links").FillAsync("4");
        await owner.Locator("#invite-create").ClickAsync();
        await Expect(owner.Locator("#invitation-links li")).ToHaveCountAsync(4);
        await VisitedAsync(owner, "54-survey-invitations", "Einladungslinks");
        // "Links drucken" puts only the sheet of links on paper, not the members' answers.
        await owner.EvaluateAsync("window.print = () => {}");
        await owner.GetByRole(AriaRole.Button, new() { Name = "Links drucken" }).ClickAsync();
        await owner.EmulateMediaAsync(new() { Media = Media.Print });
        await Expect(owner.GetByText("Umgang im Durchschnitt")).ToBeHiddenAsync();
        await Expect(owner.Locator("#invitation-links .invitation-url").First).ToBeVisibleAsync();
        await Screenshots.SaveAsync(owner, "54-survey-invitations-print");
        await owner.EmulateMediaAsync(new() { Media = Media.Screen });
        await owner.EvaluateAsync("document.body.classList.remove('print-only')");
        var invitation = new Uri(await owner.Locator("#invitation-links input").First.InputValueAsync()).PathAndQuery;
        var invited = await chromium.NewPageAsync(app.BaseAddress);
        await invited.GotoAsync(invitation);
        await invited.GetByRole(AriaRole.Group, new() { Name = "Wie gehen die Mitglieder miteinander um?" }).GetByLabel("4\u00a0–\u00a0gut").CheckAsync();
        await invited.GetByRole(AriaRole.Group, new() { Name = "Was bringt Ihnen das Netzwerk?" }).GetByLabel("4\u00a0–\u00a0gut").CheckAsync();
        await invited.GetByLabel("Wissen und Erfahrungen austauschen").CheckAsync();
        await invited.GetByLabel("Ja", new() { Exact = true }).CheckAsync();
        await invited.Locator("#survey-submit").ClickAsync();
        await Expect(invited.GetByRole(AriaRole.Heading, new() { Name = "Danke für Ihre Antwort!" })).ToBeVisibleAsync();
        var again = await chromium.NewPageAsync(app.BaseAddress);
        await again.GotoAsync(invitation);
        await Expect(again.GetByRole(AriaRole.Heading, new() { Name = "Dieser Einladungslink ist schon benutzt" })).ToBeVisibleAsync();
        await VisitedAsync(again, "55-survey-invitation-used", "Einladung benutzt");

        await owner.Locator("#survey-close").ClickAsync();
        var late = await chromium.NewPageAsync(app.BaseAddress);
        var response = await late.GotoAsync(link);
        Assert.Equal(410, response!.Status);
        await Expect(late.GetByRole(AriaRole.Heading, new() { Name = "Diese Befragung ist geschlossen" })).ToBeVisibleAsync();
        watch.AssertNoServerErrors();
        watch.AssertNoConsoleErrors();
    }
}
