using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using NetzwerkCheck.Web.Tests.Infrastructure;

namespace NetzwerkCheck.Web.Tests.Localization;

public sealed partial class EnglishTests(NetzwerkCheckFactory factory) : IClassFixture<NetzwerkCheckFactory>
{
    // Umlauts, ß, German quotation marks and frequent short German words: none of them belong in English text.
    [GeneratedRegex(@"[äöüÄÖÜß„]|\b(und|oder|der|die|das|den|dem|des|ein|eine|einen|nicht|noch|mit|für|von|zum|zur|ist|sind|Sie|Ihre|Ihr|Ihren|bitte|Bitte|hier|Netzwerk|Netzwerke|Probezeit|Umgang|Größe|Ergebnisse|zurück|Zurück|Weiter|weiter|Speichern|Löschen|Abbrechen|Punkte|offen|keine|Keine|Anmelden|Abmelden|Konto|Passwort|Zeichen|wählen|Auswertung|Bewertung|Empfehlung|Teilnehmende|Antworten|Antwort|Frage|Woche|Wochen|Tage|jetzt|neu|Neues)\b")]
    private static partial Regex GermanText();

    private static readonly HtmlParser Parser = new();

    [Fact]
    public async Task FooterSwitchTurnsTheSiteEnglishAndBack()
    {
        var visitor = new WebUser(factory.CreateBrowserClient());
        var german = await visitor.GetDocumentAsync("/Account/Login");
        Assert.Equal("de", german.DocumentElement.GetAttribute("lang"));
        Assert.Equal("true", german.QuerySelector(".language-switch button[lang=de]")!.GetAttribute("aria-pressed"));

        await visitor.SwitchLanguageAsync("en-GB", "/Account/Login");
        var english = await visitor.GetDocumentAsync("/Account/Login");
        Assert.Equal("en", english.DocumentElement.GetAttribute("lang"));
        Assert.Equal("true", english.QuerySelector(".language-switch button[lang=en]")!.GetAttribute("aria-pressed"));
        Assert.Equal("Main navigation", english.QuerySelector("header nav")!.GetAttribute("aria-label"));

        await visitor.SwitchLanguageAsync("de-DE", "/Account/Login");
        Assert.Equal("de", (await visitor.GetDocumentAsync("/Account/Login")).DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public async Task SwitchReturnsToTheSamePageButNeverElsewhere()
    {
        var visitor = new WebUser(factory.CreateBrowserClient());
        var back = await visitor.SubmitAsync("/Account/Register", [("culture", "en-GB")], "form.language-switch");
        Assert.Equal("/Account/Register", back.Headers.Location!.OriginalString);

        var outside = await visitor.SubmitAsync("/", [("culture", "en-GB"), ("returnUrl", "https://evil.example/")], "form.language-switch");
        Assert.Equal(HttpStatusCode.Redirect, outside.StatusCode);
        Assert.Equal("/", outside.Headers.Location!.OriginalString);
    }

    [Theory]
    [InlineData("fr-FR")]
    [InlineData("")]
    [InlineData("<script>")]
    public async Task UnknownLanguageIsABadRequest(string culture)
    {
        var visitor = new WebUser(factory.CreateBrowserClient());
        var response = await visitor.SubmitAsync("/", [("culture", culture)], "form.language-switch");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task LanguageCookieIsHttpOnlyAndSameSite()
    {
        var visitor = new WebUser(factory.CreateBrowserClient());
        var response = await visitor.SubmitAsync("/", [("culture", "en-GB")], "form.language-switch");
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.Contains("nc-lang=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task EveryPageIsEnglishWhenEnglishIsChosen()
    {
        var leftovers = new List<string>();
        foreach (var page in await PageTour.VisitAsync(factory, "en-GB"))
        {
            var document = Parser.ParseDocument(page.Html);
            Assert.True(document.DocumentElement.GetAttribute("lang") == "en", $"{page.Name}: html lang is not en");
            leftovers.AddRange(Texts(document).Where(text => GermanText().IsMatch(text)).Distinct().Select(text => $"{page.Name}: {text}"));
        }
        Assert.True(leftovers.Count == 0, "German text on English pages:\n" + string.Join('\n', leftovers));
    }

    [Fact]
    public async Task DatesAndNumbersFollowTheLanguage()
    {
        var user = await WebUser.RegisterAsync(factory);
        var networkId = await user.CreateNetworkAsync("Harbour Club");
        await user.SubmitAsync($"/Networks/Trial/{networkId}", [("Dates.Start", "2026-03-01"), ("Dates.PlannedEnd", "2026-05-31")], "form[action*='handler=Dates']");

        var german = (await user.GetDocumentAsync($"/Networks/Details/{networkId}")).Body!.TextContent;
        Assert.Contains("31.05.2026", german);

        await user.SwitchLanguageAsync("en-GB");
        var english = (await user.GetDocumentAsync($"/Networks/Details/{networkId}")).Body!.TextContent;
        Assert.Contains("31/05/2026", english);
        Assert.DoesNotContain("31.05.2026", english);
    }

    /// <summary>What a reader sees or hears: text nodes and the attributes that carry words.</summary>
    private static IEnumerable<string> Texts(IDocument document)
    {
        foreach (var element in document.All)
        {
            if (element.LocalName is "script" or "style" || element.Closest("[lang=de]") is not null)
            {
                continue;
            }
            foreach (var node in element.ChildNodes.OfType<IText>())
            {
                var text = Regex.Replace(node.Data, @"\s+", " ").Trim();
                if (text.Length > 0)
                {
                    yield return text;
                }
            }
            foreach (var name in new[] { "title", "aria-label", "placeholder", "alt", "aria-valuetext" })
            {
                if (element.GetAttribute(name) is { Length: > 0 } value)
                {
                    yield return $"[{name}] {value}";
                }
            }
            if (element.LocalName == "input" && element.GetAttribute("type") is "submit" or "button")
            {
                yield return $"[value] {element.GetAttribute("value")}";
            }
        }
    }
}
