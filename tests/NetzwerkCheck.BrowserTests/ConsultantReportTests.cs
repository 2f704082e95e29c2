using System.Globalization;
using System.Text;
using Microsoft.Playwright;
using NetzwerkCheck.BrowserTests.Infrastructure;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using static Microsoft.Playwright.Assertions;
using static NetzwerkCheck.BrowserTests.Infrastructure.Visits;

namespace NetzwerkCheck.BrowserTests;

/// <summary>
/// A consultant's report on paper: their profile with logo on it, their comment as a section, the network's name and a
/// page number on every printed page, a full first page, and a Kurzfassung that fits one A4 page.
/// </summary>
public sealed class ConsultantReportTests(AppServer app)
{
    private const string NetworkName = "Unternehmerinnen-Forum Mitteldeutschland";

    private const string Logo = """<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 160 48"><rect width="160" height="48" rx="8" fill="#0b6e4f"/><circle cx="24" cy="24" r="12" fill="#fff"/><text x="44" y="31" font-family="sans-serif" font-size="18" font-weight="bold" fill="#fff">Berger</text></svg>""";

    // Long enough that the report needs more than one page, so "every page" means something.
    private static readonly string Comment = string.Join("\n\n",
        "Das Forum passt zu Ihrem Ziel, Wissen auszutauschen: Die Treffen sind offen, und neue Mitglieder werden gut aufgenommen.",
        "Bevor Sie den Jahresbeitrag zahlen, sprechen Sie bitte mit drei Mitgliedern, die seit mindestens zwei Jahren dabei sind. Fragen Sie nach, was sie mitgenommen haben und was sie selbst einbringen.",
        "Planen Sie für die Probezeit feste Termine ein und notieren Sie nach jedem Treffen, wen Sie kennengelernt haben. So sehen Sie nach drei Monaten, ob sich die Zeit gelohnt hat.",
        "Achten Sie auf Gruppen, die sich abschotten, und darauf, ob Anfragen im Forum beantwortet werden. Das sagt mehr über den Umgang als jede Selbstdarstellung.");

    [Fact]
    public async Task TheBrandedReportPrintsNameAndPageNumberOnEveryPageAndTheShortVersionFitsOnePage()
    {
        await using var chromium = await Chromium.LaunchAsync();
        var page = await chromium.NewPageAsync(app.BaseAddress);
        var watch = PageWatch.Attach(page);
        await Flows.RegisterAsync(page);
        var networkId = await Flows.CreateNetworkAsync(page, NetworkName);
        await Flows.QuickCheckAsync(page, networkId, 4);
        var resultUrl = page.Url;

        await page.GotoAsync("/Account/Manage");
        await page.Locator("#profile-link").ClickAsync();
        await page.GetByLabel("Name", new() { Exact = true }).FillAsync("Dr. Anna Berger");
        await page.GetByLabel("Organisation", new() { Exact = true }).FillAsync("Berger Netzwerkberatung");
        await page.GetByLabel("Kontakt (eine Zeile)").FillAsync("0341 123456 · anna@berger.example · berger.example");
        await page.GetByLabel("Logo (PNG oder SVG, höchstens 200 KB)").SetInputFilesAsync(new FilePayload
        {
            Name = "logo.svg",
            MimeType = "image/svg+xml",
            Buffer = Encoding.UTF8.GetBytes(Logo.Replace("<circle", "<script>alert(1)</script><circle", StringComparison.Ordinal)),
        });
        await page.Locator("#profile-save").ClickAsync();
        await Expect(page.Locator("#Input_Logo-error")).ToContainTextAsync("Dieses SVG enthält Skript");
        await Expect(page.GetByLabel("Organisation", new() { Exact = true })).ToHaveValueAsync("Berger Netzwerkberatung");
        await page.GetByLabel("Logo (PNG oder SVG, höchstens 200 KB)").SetInputFilesAsync(new FilePayload { Name = "logo.svg", MimeType = "image/svg+xml", Buffer = Encoding.UTF8.GetBytes(Logo) });
        await page.Locator("#profile-save").ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Ihr Beraterprofil ist gespeichert.");
        await AssertImageLoadedAsync(page.Locator("#profile-logo"));
        await VisitedAsync(page, "99-profile", "Beraterprofil");

        await page.GotoAsync(resultUrl);
        await page.Locator("#comment-edit").ClickAsync();
        await page.GetByLabel("Einschätzung der Beraterin / des Beraters").FillAsync(Comment);
        await VisitedAsync(page, "100-comment", "Einschätzung");
        await page.Locator("#comment-save").ClickAsync();
        await Expect(page.Locator("#consultant-comment-text")).ToContainTextAsync("drei Mitgliedern");

        await page.Locator("#report-open").ClickAsync();
        await Expect(page.Locator("#consultant-brand")).ToContainTextAsync("Dr. Anna Berger, Berger Netzwerkberatung");
        await AssertImageLoadedAsync(page.Locator("#consultant-brand img"));
        await VisitedAsync(page, "101-report-branded", "Bericht mit Beraterprofil");
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await VisitedAsync(page, "102-report-branded-print", "Bericht mit Beraterprofil, Druckansicht");

        using (var report = PdfDocument.Open(await PdfAsync(page, "103-report-branded.pdf")))
        {
            Assert.InRange(report.NumberOfPages, 2, 4);
            foreach (var printed in report.GetPages())
            {
                var head = Squash(TextWhere(printed, top: true));
                var foot = Squash(TextWhere(printed, top: false));
                Assert.True(head.Contains(Squash(NetworkName), StringComparison.Ordinal), $"Seite {printed.Number}: der Name des Netzwerks fehlt oben: „{head}“");
                Assert.True(foot.Contains(string.Create(CultureInfo.InvariantCulture, $"{printed.Number}/{report.NumberOfPages}"), StringComparison.Ordinal), $"Seite {printed.Number}: die Seitenzahl fehlt unten: „{foot}“");
            }
            // Page 1 is filled: its content reaches into the lower third of the sheet.
            var first = report.GetPage(1);
            var lowest = first.GetWords().Where(w => w.BoundingBox.Bottom > 60).Min(w => w.BoundingBox.Bottom);
            Assert.True(lowest < first.Height / 3, $"Seite 1 endet schon {first.Height - lowest:0} pt unter dem oberen Rand (von {first.Height:0}).");
            var text = Squash(string.Join(" ", report.GetPages().Select(p => p.Text)));
            Assert.Contains(Squash("Erstellt von Dr. Anna Berger, Berger Netzwerkberatung"), text, StringComparison.Ordinal);
            Assert.Contains(Squash("Einschätzung der Beraterin / des Beraters"), text, StringComparison.Ordinal);
            Assert.Contains(Squash("Gruppen, die sich abschotten"), text, StringComparison.Ordinal);
        }

        await page.EmulateMediaAsync(new() { Media = Media.Screen });
        await page.Locator("#report-short").ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = NetworkName, Level = 1 })).ToBeVisibleAsync();
        await AssertImageLoadedAsync(page.Locator("#consultant-brand img"));
        await VisitedAsync(page, "104-report-short", "Kurzfassung");
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await VisitedAsync(page, "105-report-short-print", "Kurzfassung, Druckansicht");
        using (var brief = PdfDocument.Open(await PdfAsync(page, "106-report-short.pdf")))
        {
            Assert.Equal(1, brief.NumberOfPages);
            var text = Squash(brief.GetPage(1).Text);
            foreach (var expected in new[] { NetworkName, "Unsere Empfehlung", "Kerngedanke", "Passung zu Ihrem Ziel", "Ihre nächsten Schritte", "Erstellt von Dr. Anna Berger", "1 / 1" })
            {
                Assert.True(text.Contains(Squash(expected), StringComparison.Ordinal), $"„{expected}“ fehlt in der Kurzfassung:\n{brief.GetPage(1).Text}");
            }
        }
        watch.AssertNoServerErrors();
        watch.AssertNoConsoleErrors();
    }

    private static async Task AssertImageLoadedAsync(ILocator image)
    {
        await Expect(image).ToBeVisibleAsync();
        Assert.True(await image.EvaluateAsync<bool>("img => img.complete && img.naturalWidth > 0"), "Das Logo wurde nicht geladen.");
    }

    private static async Task<byte[]> PdfAsync(IPage page, string name)
    {
        var pdf = await page.PdfAsync(new() { Format = "A4", PrintBackground = true });
        if (Screenshots.Enabled)
        {
            await File.WriteAllBytesAsync(Path.Combine(Screenshots.Folder, name), pdf, TestContext.Current.CancellationToken);
        }
        return pdf;
    }

    /// <summary>The words in the top (or bottom) 14 mm of a printed page: the page's margin, where the running head and the number stand.</summary>
    private static string TextWhere(Page printed, bool top)
    {
        const double margin = 14 / 25.4 * 72;
        var words = printed.GetWords().Where(w => top ? w.BoundingBox.Bottom > printed.Height - margin : w.BoundingBox.Top < margin);
        return string.Join(" ", words.Select(w => w.Text));
    }

    // As in ReportTests: PDF text extraction loses or adds spaces, capitals come from CSS, ligatures from the font.
    private static string Squash(string text) => new(text.Normalize(NormalizationForm.FormKC).Where(c => !char.IsWhiteSpace(c)).Select(char.ToUpperInvariant).ToArray());
}
