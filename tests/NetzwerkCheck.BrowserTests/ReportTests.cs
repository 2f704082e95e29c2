using Microsoft.Playwright;
using NetzwerkCheck.BrowserTests.Infrastructure;
using UglyToad.PdfPig;
using static Microsoft.Playwright.Assertions;
using static NetzwerkCheck.BrowserTests.Infrastructure.Visits;

namespace NetzwerkCheck.BrowserTests;

/// <summary>The printable report: one click from the result, clean in print media, a 1–3 page A4 PDF.</summary>
public sealed class ReportTests(AppServer app)
{
    private const string NetworkName = "Marketing Club Nordsachsen";
    private const string Note = "Beim ersten Treffen allen vorgestellt worden.";
    private const string Adviser = "beraterin@example.org";

    [Fact]
    public async Task ReportPrintsToAShortPdfWithTheKeyFacts()
    {
        await using var chromium = await Chromium.LaunchAsync();
        var page = await chromium.NewPageAsync(app.BaseAddress);
        var watch = PageWatch.Attach(page);

        await Flows.RegisterAsync(page, "Bericht-Passwort 2026");
        await page.Locator("#network-create").ClickAsync();
        await page.GetByLabel("Name des Netzwerks").FillAsync(NetworkName);
        await page.GetByLabel("Verein").CheckAsync();
        await page.GetByLabel("Mitglied", new() { Exact = true }).CheckAsync();
        await page.Locator("#network-save").ClickAsync();
        await page.Locator("#check-start").ClickAsync();

        await page.GetByLabel("Wissen und Erfahrungen austauschen").CheckAsync();
        await page.Locator("#step-next").ClickAsync();
        await page.GetByLabel("Bei der Organisation mithelfen").CheckAsync();
        await page.Locator("#step-next").ClickAsync();
        foreach (var fieldset in await page.Locator("fieldset.likert").AllAsync())
        {
            await fieldset.GetByLabel("trifft eher zu").CheckAsync();
        }
        await page.Locator("#step-next").ClickAsync();
        await page.Locator("#criterion-conduct").GetByLabel("5\u00a0–\u00a0sehr\u00a0gut").CheckAsync();
        await page.GetByLabel("Notiz zu Umgang (optional)").FillAsync(Note);
        await page.Locator("#criterion-size").GetByLabel("4\u00a0–\u00a0gut").CheckAsync();
        await page.Locator("#step-next").ClickAsync();
        await page.GetByLabel("Viele wollen nur profitieren", new() { Exact = false }).CheckAsync();
        await page.Locator("#step-next").ClickAsync();

        await page.GetByLabel("An (E-Mail-Adresse)").FillAsync("beraterin-ohne-punkt");
        await page.Locator("#send-report-submit").ClickAsync();
        await Expect(page.Locator("#Send_To-error")).ToHaveTextAsync("Bitte geben Sie eine gültige E-Mail-Adresse ein.");
        await page.GetByLabel("An (E-Mail-Adresse)").FillAsync(Adviser);
        await page.GetByLabel("Name (freiwillig)").FillAsync("Frau Berger");
        await page.GetByLabel("Nachricht (freiwillig)").FillAsync("Meine Einschätzung zum Club, wie besprochen.");
        await VisitedAsync(page, "29-report-send", "Bericht per E-Mail senden");
        await page.Locator("#send-report-submit").ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync($"Der Bericht ist an {Adviser} unterwegs.");
        var mail = await Mails.ToAsync(app.MailFolder, Adviser, _ => true);
        Assert.Equal($"Bewertungsbericht: {NetworkName}", mail.Subject);
        Assert.Contains("Meine Einschätzung zum Club, wie besprochen.", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains(Note, mail.TextBody, StringComparison.Ordinal);

        await page.Locator("#report-open").ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(@"/Reports/Assessment/\d+$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = NetworkName, Level = 1 })).ToBeVisibleAsync();
        await VisitedAsync(page, "30-report", "Bericht");

        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await Expect(page.Locator(".report-toolbar")).ToBeHiddenAsync();
        await VisitedAsync(page, "31-report-print", "Bericht in der Druckansicht");

        var pdf = await page.PdfAsync(new() { Format = "A4", PrintBackground = true });
        if (Screenshots.Enabled)
        {
            await File.WriteAllBytesAsync(Path.Combine(Screenshots.Folder, "32-report.pdf"), pdf, TestContext.Current.CancellationToken);
        }
        using var document = PdfDocument.Open(pdf);
        var text = string.Join("\n", document.GetPages().Select(p => p.Text));

        Assert.InRange(document.NumberOfPages, 1, 3);
        foreach (var expected in new[] { NetworkName, "Unsere Empfehlung", "Kerngedanke", "Passung zu Ihrem Ziel", "Kriterien", Note, "Warnsignale", "Ihre nächsten Schritte" })
        {
            Assert.True(Squash(text).Contains(Squash(expected), StringComparison.Ordinal), $"„{expected}“ fehlt im PDF:\n{text}");
        }
        Assert.DoesNotContain("Abmelden", text);
        Assert.DoesNotContain("Drucken oder als PDF speichern", text);
        watch.AssertNoServerErrors();
        watch.AssertNoConsoleErrors();
    }

    // PDF text extraction loses or adds spaces between glyph runs; compare without whitespace.
    // Case too: the kicker "Unsere Empfehlung" is printed in capitals by CSS.
    // NFKC turns the typographic ligatures Chromium embeds (ﬀ, ﬁ) back into letters.
    private static string Squash(string text) => new(text.Normalize(System.Text.NormalizationForm.FormKC).Where(c => !char.IsWhiteSpace(c)).Select(char.ToUpperInvariant).ToArray());
}
