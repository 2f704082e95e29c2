using System.Net;
using System.Text.Json;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using NetzwerkCheck.Domain.Reports;
using NetzwerkCheck.Web.Infrastructure;
using NetzwerkCheck.Web.Tests.Infrastructure;

namespace NetzwerkCheck.Web.Tests.Pages.Reports;

/// <summary>
/// "Bericht teilen": the owner makes a read-only link to one report; anyone with it sees only that report, each
/// view is counted, a revoked or expired link answers 410, and nobody but the owner manages the links.
/// </summary>
public sealed class ShareTests(FakeClockFactory factory) : IClassFixture<FakeClockFactory>
{
    private const string NetworkName = "Gründerstammtisch Ost";

    /// <summary>A network with one completed check (nothing rated), owned by <paramref name="owner"/>.</summary>
    public static async Task<int> CompletedCheckAsync(WebUser owner, string networkName = NetworkName)
    {
        var networkId = await owner.CreateNetworkAsync(networkName);
        var assessmentId = await owner.StartCheckAsync(networkId);
        var completed = await owner.SubmitAsync($"/Checks/Flags/{assessmentId}", [("go", "next")]);
        Assert.Equal(HttpStatusCode.Redirect, completed.StatusCode);
        return assessmentId;
    }

    /// <summary>Creates a link through the share page's form and returns its path (<c>/bericht/…</c>), read from the page that shows it once.</summary>
    public static async Task<string> CreateLinkAsync(WebUser owner, int assessmentId, string days = "30", string? label = null)
    {
        var created = await owner.SubmitAsync($"/Reports/Share/{assessmentId}", [("Create.Days", days), ("Create.Label", label)], CreateForm);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var page = await owner.FollowToDocumentAsync(created);
        return new Uri(page.QuerySelector("#share-new-url")!.GetAttribute("value")!).AbsolutePath;
    }

    private const string CreateForm = "form[action*='handler=Create']";

    private static string RevokeForm(int linkId) => $"form:has(input[name=linkId][value='{linkId}'])";

    private async Task<int> LinkIdAsync(string path)
    {
        var hash = RandomToken.Hash(path.Split('/').Last());
        return await factory.WithDbAsync(db => db.ReportShares.Where(s => s.TokenHash == hash).Select(s => s.Id).SingleAsync());
    }

    private HttpClient Anonymous() => factory.CreateBrowserClient();

    private static void AssertKeptPrivate(HttpResponseMessage response)
    {
        Assert.Equal("noindex, nofollow", string.Join(", ", response.Headers.GetValues("X-Robots-Tag")));
        Assert.True(response.Headers.CacheControl?.NoStore == true, $"Cache-Control: {response.Headers.CacheControl}");
        Assert.Equal("no-referrer", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
    }

    private static void AssertNoWayIntoTheApp(IHtmlDocument page)
    {
        Assert.Contains("noindex", page.QuerySelector("meta[name=robots]")!.GetAttribute("content"), StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("header.site-header"));
        Assert.Null(page.QuerySelector("nav"));
        Assert.Empty(page.QuerySelectorAll("a[href]"));
        Assert.Empty(page.QuerySelectorAll("form"));
    }

    [Fact]
    public async Task TheLinkShowsOnlyTheReportToSomeoneWithoutAnAccount()
    {
        var owner = await WebUser.RegisterAsync(factory);
        var assessmentId = await CompletedCheckAsync(owner);
        var path = await CreateLinkAsync(owner, assessmentId, label: "Für Frau Berger");

        var response = await Anonymous().GetAsync(path, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        AssertKeptPrivate(response);
        var page = await WebUser.ParseAsync(response);
        AssertNoWayIntoTheApp(page);
        Assert.Equal(NetworkName, page.Text("h1"));
        Assert.NotNull(page.QuerySelector(".verdict"));
        Assert.NotNull(page.QuerySelector("#report-source"));
        Assert.Equal("Drucken oder als PDF speichern", page.Text("#report-print"));
        Assert.StartsWith("Geteilter Bericht, nur zum Lesen. Der Link gilt bis", page.Text("#shared-note"), StringComparison.Ordinal);
        Assert.DoesNotContain("Für Frau Berger", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(owner.Email, await response.TextAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheOwnersReportAndTheSharedPageShowTheSameReport()
    {
        var owner = await WebUser.RegisterAsync(factory);
        var assessmentId = await CompletedCheckAsync(owner);
        var path = await CreateLinkAsync(owner, assessmentId);

        var own = await owner.GetDocumentAsync($"/Reports/Assessment/{assessmentId}");
        var shared = Html.Parse(await Anonymous().GetStringAsync(path, TestContext.Current.CancellationToken));

        // Charts carry a fresh random id per rendering; everything else must be the same.
        static string Markup(AngleSharp.Dom.IElement main) =>
            System.Text.RegularExpressions.Regex.Replace(System.Text.RegularExpressions.Regex.Replace(main.InnerHtml, "[0-9a-f]{32}", "id"), @"\s+", " ").Trim();
        Assert.Equal(Markup(own.QuerySelector("main")!), Markup(shared.QuerySelector("main")!));
        Assert.Equal("Zurück", own.Text(".report-toolbar a.button-secondary:not(#report-share):not(#report-short)"));
        Assert.Equal($"/Reports/Share/{assessmentId}", own.QuerySelector("#report-share")!.GetAttribute("href"));
        Assert.Equal($"/Reports/Share/{assessmentId}", (await owner.GetDocumentAsync($"/Checks/Result/{assessmentId}")).QuerySelector("#report-share")!.GetAttribute("href"));
    }

    [Fact]
    public async Task TheSharedReportCarriesTheConsultantsBrandCommentAndLogoWhileTheLinkIsValid()
    {
        var owner = await WebUser.RegisterAsync(factory);
        var assessmentId = await CompletedCheckAsync(owner);
        await owner.UploadAsync("/Account/Profile", "Input.Logo", Account.ConsultantProfileTests.Png, "logo.png", "image/png",
            [("Input.Name", "Anna Berger"), ("Input.Organisation", "Berger Netzwerkberatung")], "#profile-form");
        await owner.SubmitAsync($"/Checks/Comment/{assessmentId}", [("Input.Text", "Erst drei Mitglieder fragen.")]);
        var path = await CreateLinkAsync(owner, assessmentId);

        var reader = Anonymous();
        var shared = Html.Parse(await reader.GetStringAsync(path, TestContext.Current.CancellationToken));

        Assert.Equal("Erstellt von Anna Berger, Berger Netzwerkberatung", shared.Text(".consultant-name"));
        Assert.Equal("Erst drei Mitglieder fragen.", shared.Text("#consultant-comment p"));
        var logoUrl = shared.QuerySelector(".consultant-brand img")!.GetAttribute("src")!;
        Assert.StartsWith(path + "?handler=Logo", logoUrl, StringComparison.Ordinal);
        var logo = await reader.GetAsync(logoUrl, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, logo.StatusCode);
        Assert.Equal(Account.ConsultantProfileTests.Png, await logo.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
        // Fetching the logo is not another view of the report.
        Assert.Equal(1, await factory.WithDbAsync(db => db.ReportShares.Where(s => s.AssessmentId == assessmentId).Select(s => s.ViewCount).SingleAsync()));

        await factory.WithDbAsync(db => db.ReportShares.Where(s => s.AssessmentId == assessmentId).ExecuteUpdateAsync(s => s.SetProperty(x => x.RevokedUtc, DateTime.UtcNow)));
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync(logoUrl, TestContext.Current.CancellationToken)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync("/bericht/gibt-es-nicht?handler=Logo", TestContext.Current.CancellationToken)).StatusCode);
    }

    [Fact]
    public async Task TheFullLinkIsShownOnceAndOnlyItsHashIsStored()
    {
        var owner = await WebUser.RegisterAsync(factory);
        var assessmentId = await CompletedCheckAsync(owner);
        var path = await CreateLinkAsync(owner, assessmentId);
        var token = path.Split('/').Last();

        Assert.Matches("^/bericht/[A-Za-z0-9_-]{43}$", path);
        var again = await owner.GetDocumentAsync($"/Reports/Share/{assessmentId}");
        Assert.Null(again.QuerySelector("#share-new"));
        Assert.DoesNotContain(token, again.DocumentElement.OuterHtml, StringComparison.Ordinal);
        Assert.Equal($"…/{token[..6]}…", again.Text("#share-table tbody th .share-hint"));
        var stored = await factory.WithDbAsync(db => db.ReportShares.AsNoTracking().SingleAsync(s => s.AssessmentId == assessmentId));
        Assert.Equal(RandomToken.Hash(token), stored.TokenHash);
        Assert.DoesNotContain(token, JsonSerializer.Serialize(stored), StringComparison.Ordinal);
        Assert.Equal(TimeSpan.FromDays(30), stored.ExpiresUtc - stored.CreatedUtc);
    }

    [Fact]
    public async Task EveryViewIsCountedForTheOwner()
    {
        var owner = await WebUser.RegisterAsync(factory);
        var assessmentId = await CompletedCheckAsync(owner);
        var path = await CreateLinkAsync(owner, assessmentId);
        var linkId = await LinkIdAsync(path);
        var before = await owner.GetDocumentAsync($"/Reports/Share/{assessmentId}");
        Assert.Equal("0", before.Text($"#share-{linkId} .share-count"));
        Assert.Equal("noch nie geöffnet", before.Text($"#share-{linkId} .share-last"));

        var views = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => Anonymous().GetAsync(path, TestContext.Current.CancellationToken)));

        Assert.All(views, v => Assert.Equal(HttpStatusCode.OK, v.StatusCode));
        var after = await owner.GetDocumentAsync($"/Reports/Share/{assessmentId}");
        Assert.Equal("5", after.Text($"#share-{linkId} .share-count"));
        Assert.Equal("zuletzt " + factory.Clock.GetLocalNow().DateTime.ToString("g", System.Globalization.CultureInfo.GetCultureInfo("de-DE")), after.Text($"#share-{linkId} .share-last"));
        Assert.Equal("aktiv", after.Text($"#share-{linkId} .badge"));
    }

    [Fact]
    public async Task ARevokedLinkAnswers410AndSaysWhy()
    {
        var owner = await WebUser.RegisterAsync(factory);
        var assessmentId = await CompletedCheckAsync(owner);
        var path = await CreateLinkAsync(owner, assessmentId);
        var linkId = await LinkIdAsync(path);
        Assert.Equal(HttpStatusCode.OK, (await Anonymous().GetAsync(path, TestContext.Current.CancellationToken)).StatusCode);

        var revoked = await owner.SubmitAsync($"/Reports/Share/{assessmentId}", [], RevokeForm(linkId));

        Assert.Equal(HttpStatusCode.Redirect, revoked.StatusCode);
        var list = await owner.FollowToDocumentAsync(revoked);
        Assert.StartsWith("Der Link „", list.Text("[role=status]"), StringComparison.Ordinal);
        Assert.Equal("widerrufen", list.Text($"#share-{linkId} .badge"));
        Assert.Null(list.QuerySelector(RevokeForm(linkId)));

        var gone = await Anonymous().GetAsync(path, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Gone, gone.StatusCode);
        AssertKeptPrivate(gone);
        var page = await WebUser.ParseAsync(gone);
        AssertNoWayIntoTheApp(page);
        Assert.Equal("Dieser Link gilt nicht mehr", page.Text("h1"));
        Assert.Equal("Die Person, die den Bericht geteilt hat, hat diesen Link widerrufen.", page.Text("#shared-gone-reason"));
        Assert.Contains("um einen neuen", page.Text("#shared-gone p:last-child"), StringComparison.Ordinal);
        Assert.DoesNotContain(NetworkName, await gone.TextAsync(), StringComparison.Ordinal);
        Assert.Equal(1, await factory.WithDbAsync(db => db.ReportShares.Where(s => s.Id == linkId).Select(s => s.ViewCount).SingleAsync()));
    }

    [Fact]
    public async Task AnExpiredLinkAnswers410AndSaysWhy()
    {
        var owner = await WebUser.RegisterAsync(factory);
        var assessmentId = await CompletedCheckAsync(owner);
        var path = await CreateLinkAsync(owner, assessmentId, days: "1");
        var linkId = await LinkIdAsync(path);

        factory.Clock.Advance(TimeSpan.FromHours(23));
        Assert.Equal(HttpStatusCode.OK, (await Anonymous().GetAsync(path, TestContext.Current.CancellationToken)).StatusCode);
        factory.Clock.Advance(TimeSpan.FromHours(1));
        var gone = await Anonymous().GetAsync(path, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Gone, gone.StatusCode);
        AssertKeptPrivate(gone);
        var page = await WebUser.ParseAsync(gone);
        Assert.Equal("Dieser Link gilt nicht mehr", page.Text("h1"));
        Assert.Matches(@"^Dieser Link war bis \d\d\.\d\d\.\d{4} \d\d:\d\d gültig und ist abgelaufen\.$", page.Text("#shared-gone-reason"));
        // A day later the owner's sign-in has timed out too (Sessions:IdleTimeout).
        await owner.SubmitAsync("/Account/Login", [("Input.Email", owner.Email), ("Input.Password", WebUser.Password)]);
        var list = await owner.GetDocumentAsync($"/Reports/Share/{assessmentId}");
        Assert.Equal("abgelaufen", list.Text($"#share-{linkId} .badge"));
        Assert.Null(list.QuerySelector(RevokeForm(linkId)));
    }

    [Theory]
    [InlineData("/bericht/gibt-es-nicht")]
    [InlineData("/bericht/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("/bericht/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    public async Task AnUnknownLinkAnswers404(string path)
    {
        var response = await Anonymous().GetAsync(path, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        AssertKeptPrivate(response);
        var page = await WebUser.ParseAsync(response);
        AssertNoWayIntoTheApp(page);
        Assert.Equal("Link nicht gefunden", page.Text("h1"));
    }

    [Fact]
    public async Task OnlyTheOwnerCreatesListsAndRevokesLinks()
    {
        var owner = await WebUser.RegisterAsync(factory);
        var assessmentId = await CompletedCheckAsync(owner);
        var path = await CreateLinkAsync(owner, assessmentId, label: "Geheime Notiz");
        var linkId = await LinkIdAsync(path);
        var stranger = await WebUser.RegisterAsync(factory);
        var strangersAssessment = await CompletedCheckAsync(stranger, "Eigenes Netzwerk");
        var strangersLink = await LinkIdAsync(await CreateLinkAsync(stranger, strangersAssessment));
        var token = (await stranger.GetDocumentAsync($"/Reports/Share/{strangersAssessment}")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        Task<HttpResponseMessage> Post(string handler, params (string, string)[] values) => stranger.Client.PostAsync(
            $"/Reports/Share/{assessmentId}?handler={handler}",
            new FormUrlEncodedContent([.. values.Select(v => new KeyValuePair<string, string>(v.Item1, v.Item2)), new("__RequestVerificationToken", token)]),
            TestContext.Current.CancellationToken);

        var list = await stranger.Client.GetAsync($"/Reports/Share/{assessmentId}", TestContext.Current.CancellationToken);
        var create = await Post("Create", ("Create.Days", "30"));
        var revoke = await Post("Revoke", ("linkId", linkId.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        // The owner's own page with someone else's link id: not found either, and that link stays.
        var tampered = await owner.SubmitAsync($"/Reports/Share/{assessmentId}", [("linkId", strangersLink.ToString(System.Globalization.CultureInfo.InvariantCulture))], RevokeForm(linkId));

        Assert.Equal(HttpStatusCode.NotFound, list.StatusCode);
        Assert.DoesNotContain("Geheime Notiz", await list.TextAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain(NetworkName, await list.TextAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, create.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, revoke.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, tampered.StatusCode);
        Assert.Equal(1, await factory.WithDbAsync(db => db.ReportShares.CountAsync(s => s.AssessmentId == assessmentId)));
        Assert.Equal(0, await factory.WithDbAsync(db => db.ReportShares.CountAsync(s => s.RevokedUtc != null && (s.Id == linkId || s.Id == strangersLink))));
        Assert.Equal(HttpStatusCode.OK, (await Anonymous().GetAsync(path, TestContext.Current.CancellationToken)).StatusCode);
    }

    [Fact]
    public async Task ADraftHasNoSharePage()
    {
        var owner = await WebUser.RegisterAsync(factory);
        var draft = await owner.StartCheckAsync(await owner.CreateNetworkAsync("Noch offen"));

        var response = await owner.Client.GetAsync($"/Reports/Share/{draft}", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("0", "Ein Link gilt mindestens 1 und höchstens 365 Tage.")]
    [InlineData("366", "Ein Link gilt mindestens 1 und höchstens 365 Tage.")]
    [InlineData("99999999999999", "Ein Link gilt mindestens 1 und höchstens 365 Tage.")]
    [InlineData("-5", "Ein Link gilt mindestens 1 und höchstens 365 Tage.")]
    [InlineData("zwei", "Der Wert „zwei“ ist für „Gültig für (Tage)“ nicht gültig.")]
    [InlineData("7,5", "Der Wert „7,5“ ist für „Gültig für (Tage)“ nicht gültig.")]
    [InlineData("", "Bitte geben Sie an, wie viele Tage der Link gelten soll.")]
    public async Task ABadExpiryIsExplainedInGerman(string days, string message)
    {
        var owner = await WebUser.RegisterAsync(factory);
        var assessmentId = await CompletedCheckAsync(owner);

        var response = await owner.SubmitAsync($"/Reports/Share/{assessmentId}", [("Create.Days", days)], CreateForm);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await WebUser.ParseAsync(response);
        page.AssertError(message);
        Assert.Null(page.QuerySelector("#share-new"));
        Assert.Equal(0, await factory.WithDbAsync(db => db.ReportShares.CountAsync(s => s.AssessmentId == assessmentId)));
    }

    [Fact]
    public async Task ATooLongNoteIsExplainedInGerman()
    {
        var owner = await WebUser.RegisterAsync(factory);
        var assessmentId = await CompletedCheckAsync(owner);

        var response = await owner.SubmitAsync($"/Reports/Share/{assessmentId}", [("Create.Days", "30"), ("Create.Label", new string('x', 101))], CreateForm);

        (await WebUser.ParseAsync(response)).AssertError("Die Notiz darf höchstens 100 Zeichen lang sein.");
    }

    [Fact]
    public async Task CreatingOrRevokingWithoutAntiforgeryTokenIsRejected()
    {
        var owner = await WebUser.RegisterAsync(factory);
        var assessmentId = await CompletedCheckAsync(owner);
        var linkId = await LinkIdAsync(await CreateLinkAsync(owner, assessmentId));

        var create = await owner.Client.PostAsync($"/Reports/Share/{assessmentId}?handler=Create", new FormUrlEncodedContent([new("Create.Days", "30")]), TestContext.Current.CancellationToken);
        var revoke = await owner.Client.PostAsync($"/Reports/Share/{assessmentId}?handler=Revoke", new FormUrlEncodedContent([new("linkId", linkId.ToString(System.Globalization.CultureInfo.InvariantCulture))]), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, create.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, revoke.StatusCode);
        Assert.Equal(1, await factory.WithDbAsync(db => db.ReportShares.CountAsync(s => s.AssessmentId == assessmentId && s.RevokedUtc == null)));
    }

    [Fact]
    public async Task NeitherTheTokenNorItsHashReachesTheLog()
    {
        var owner = await WebUser.RegisterAsync(factory);
        var assessmentId = await CompletedCheckAsync(owner);
        var path = await CreateLinkAsync(owner, assessmentId);
        var token = path.Split('/').Last();
        await Anonymous().GetAsync(path, TestContext.Current.CancellationToken);

        var logs = await Eventually.ValueAsync(() => Task.FromResult(LogFiles.Read(factory)),
            text => text.Contains("HTTP GET /bericht/… responded 200", StringComparison.Ordinal), "The view never reached the log.");

        Assert.DoesNotContain(token, logs, StringComparison.Ordinal);
        Assert.DoesNotContain(token[..12], logs, StringComparison.Ordinal);
        Assert.DoesNotContain(RandomToken.Hash(token), logs, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task DeletingTheNetworkDeletesItsLinks()
    {
        var owner = await WebUser.RegisterAsync(factory);
        var assessmentId = await CompletedCheckAsync(owner);
        var path = await CreateLinkAsync(owner, assessmentId);
        var networkId = await factory.WithDbAsync(db => db.Assessments.Where(a => a.Id == assessmentId).Select(a => a.NetworkId).SingleAsync());

        var deleted = await owner.SubmitAsync($"/Networks/Delete/{networkId}", []);

        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Equal(0, await factory.WithDbAsync(db => db.ReportShares.CountAsync(s => s.AssessmentId == assessmentId)));
        Assert.Equal(HttpStatusCode.NotFound, (await Anonymous().GetAsync(path, TestContext.Current.CancellationToken)).StatusCode);
    }

    [Fact]
    public async Task DeletingTheAccountDeletesItsLinksAndOnlyThose()
    {
        var owner = await WebUser.RegisterAsync(factory);
        var assessmentId = await CompletedCheckAsync(owner);
        var path = await CreateLinkAsync(owner, assessmentId);
        var other = await WebUser.RegisterAsync(factory);
        var othersPath = await CreateLinkAsync(other, await CompletedCheckAsync(other, "Bleibt"));
        Assert.Contains("1 geteilter Berichtslink", (await owner.GetDocumentAsync("/Account/Data")).Text("#stored-shares"), StringComparison.Ordinal);

        var deleted = await owner.SubmitAsync("/Account/Data", [("Input.Password", WebUser.Password), ("Input.Confirm", "true")]);

        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Equal(0, await factory.WithDbAsync(db => db.ReportShares.CountAsync(s => s.AssessmentId == assessmentId)));
        Assert.Equal(HttpStatusCode.NotFound, (await Anonymous().GetAsync(path, TestContext.Current.CancellationToken)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Anonymous().GetAsync(othersPath, TestContext.Current.CancellationToken)).StatusCode);
    }

    [Fact]
    public async Task TheExportListsTheLinksWithoutTokenOrHash()
    {
        var owner = await WebUser.RegisterAsync(factory);
        var assessmentId = await CompletedCheckAsync(owner);
        var path = await CreateLinkAsync(owner, assessmentId, label: "Für die Steuerberaterin");
        var token = path.Split('/').Last();
        await Anonymous().GetAsync(path, TestContext.Current.CancellationToken);

        var json = await owner.Client.GetStringAsync("/Account/Data?handler=Json", TestContext.Current.CancellationToken);
        var csv = await owner.Client.GetByteArrayAsync("/Account/Data?handler=Csv", TestContext.Current.CancellationToken);

        using var document = JsonDocument.Parse(json);
        var share = Assert.Single(document.RootElement.GetProperty("Networks")[0].GetProperty("Assessments")[0].GetProperty("ReportShares").EnumerateArray());
        Assert.Equal("Für die Steuerberaterin", share.GetProperty("Label").GetString());
        Assert.Equal(1, share.GetProperty("ViewCount").GetInt32());
        Assert.Matches(@"Z$", share.GetProperty("ExpiresUtc").GetString());
        Assert.Equal(["Id", "Label", "CreatedUtc", "ExpiresUtc", "RevokedUtc", "ViewCount", "LastViewedUtc"], share.EnumerateObject().Select(p => p.Name));
        using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(csv));
        using var reader = new StreamReader(zip.GetEntry("geteilte-berichte.csv")!.Open());
        var table = await reader.ReadToEndAsync(TestContext.Current.CancellationToken);
        Assert.StartsWith("Id;BewertungId;Netzwerk;Notiz;Erzeugt;GueltigBis;Widerrufen;Aufrufe;ZuletztAufgerufen", table, StringComparison.Ordinal);
        Assert.Contains("Für die Steuerberaterin", table, StringComparison.Ordinal);
        foreach (var secret in new[] { token, token[..6], RandomToken.Hash(token) })
        {
            Assert.DoesNotContain(secret, json, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(secret, table, StringComparison.OrdinalIgnoreCase);
        }
    }
}

/// <summary>The shared page's budget, three views a minute per address in this factory; every test comes from its own address.</summary>
public sealed class SharedReportRateLimitTests(StrictRateLimitFactory factory) : IClassFixture<StrictRateLimitFactory>
{
    [Fact]
    public async Task TooManyViewsFromOneAddressAnswer429AndStayPrivate()
    {
        var owner = await WebUser.RegisterAsync(factory, client: TestClientAddress.From(factory, "192.0.2.40"));
        var path = await ShareTests.CreateLinkAsync(owner, await ShareTests.CompletedCheckAsync(owner));
        var reader = TestClientAddress.From(factory, "192.0.2.41");

        var answers = new List<HttpStatusCode>();
        for (var view = 0; view < 4; view++)
        {
            answers.Add((await reader.GetAsync(path, TestContext.Current.CancellationToken)).StatusCode);
        }
        var refused = await reader.GetAsync(path, TestContext.Current.CancellationToken);
        var elsewhere = await TestClientAddress.From(factory, "192.0.2.42").GetAsync(path, TestContext.Current.CancellationToken);

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], answers);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.NotNull(refused.Headers.RetryAfter);
        Assert.Equal("noindex, nofollow", string.Join(", ", refused.Headers.GetValues("X-Robots-Tag")));
        Assert.True(refused.Headers.CacheControl?.NoStore == true);
        Assert.Equal(HttpStatusCode.OK, elsewhere.StatusCode);
        Assert.Equal(4, await factory.WithDbAsync(db => db.ReportShares.Select(s => s.ViewCount).SingleAsync()));
    }
}
