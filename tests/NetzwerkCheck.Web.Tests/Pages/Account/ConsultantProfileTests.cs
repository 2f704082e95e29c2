using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using NetzwerkCheck.Web.Tests.Infrastructure;

namespace NetzwerkCheck.Web.Tests.Pages.Account;

public sealed class ConsultantProfileTests(NetzwerkCheckFactory factory) : IClassFixture<NetzwerkCheckFactory>
{
    /// <summary>A real 1×1 PNG.</summary>
    public static readonly byte[] Png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    private static readonly byte[] Gif = Convert.FromBase64String("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7");

    public static readonly byte[] Svg = Encoding.UTF8.GetBytes("""<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 120 40"><rect width="120" height="40" rx="6" fill="#1d4f91"/><text x="10" y="26" fill="#fff">Berger</text></svg>""");

    private const string Profile = "/Account/Profile";

    private static Task<HttpResponseMessage> SaveAsync(WebUser user, byte[]? logo = null, string fileName = "logo.png", string type = "image/png", params (string, string?)[] values) =>
        user.UploadAsync(Profile, "Input.Logo", logo, fileName, type, values, "#profile-form");

    private Task<string> UserIdAsync(WebUser user) => factory.WithDbAsync(db => db.Users.Where(u => u.Email == user.Email).Select(u => u.Id).SingleAsync());

    [Fact]
    public async Task TheProfileIsSavedAndShownAsItWillBePrinted()
    {
        var user = await WebUser.RegisterAsync(factory);

        var saved = await SaveAsync(user, Png, values: [("Input.Name", "  Dr. Anna Berger "), ("Input.Organisation", "Berger Netzwerkberatung"), ("Input.Contact", "0341 123456 · anna@berger.example")]);

        var page = await user.FollowToDocumentAsync(saved);
        Assert.Equal("Ihr Beraterprofil ist gespeichert.", page.Text("[role=status]"));
        Assert.Equal("Dr. Anna Berger", page.QuerySelector("#Input_Name")!.GetAttribute("value"));
        Assert.Equal("Erstellt von Dr. Anna Berger, Berger Netzwerkberatung", page.Text("#profile-preview .consultant-name"));
        Assert.Equal("0341 123456 · anna@berger.example", page.Text("#profile-preview .consultant-contact"));
        var logo = await user.Client.GetAsync(page.QuerySelector("#profile-logo")!.GetAttribute("src"), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, logo.StatusCode);
        Assert.Equal("image/png", logo.Content.Headers.ContentType!.MediaType);
        Assert.Equal("nosniff", logo.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal(Png, await logo.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task AnOverlongOrMultiLineFieldGetsAGermanMessageAndNothingTypedIsLost()
    {
        var user = await WebUser.RegisterAsync(factory);
        await SaveAsync(user, values: [("Input.Name", "Anna Berger")]);
        var overlong = new string('x', 151);

        var response = await SaveAsync(user, values: [("Input.Name", "Anna Berger-Schmidt"), ("Input.Organisation", overlong), ("Input.Contact", "Tel. 0341\r\nanna@berger.example")]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await WebUser.ParseAsync(response);
        page.AssertError("Die Organisation darf höchstens 150 Zeichen lang sein.");
        page.AssertError("Die Kontaktzeile muss in eine Zeile passen.");
        Assert.Equal("Anna Berger-Schmidt", page.QuerySelector("#Input_Name")!.GetAttribute("value"));
        Assert.Equal(overlong, page.QuerySelector("#Input_Organisation")!.GetAttribute("value"));
        var userId = await UserIdAsync(user);
        Assert.Equal("Anna Berger", await factory.WithDbAsync(db => db.ConsultantProfiles.Where(p => p.OwnerId == userId).Select(p => p.Name).SingleAsync()));
    }

    public static TheoryData<string, byte[], string, string, string> RefusedLogos => new()
    {
        { "GIF named .png", Gif, "logo.png", "image/png", "Die Datei ist kein Bild im Format PNG oder SVG. Bitte wählen Sie eine PNG- oder SVG-Datei." },
        { "text named .svg", Encoding.UTF8.GetBytes("Hallo, ich bin kein Logo."), "logo.svg", "image/svg+xml", "Die Datei ist kein Bild im Format PNG oder SVG." },
        { "201 KB", [.. Png, .. new byte[(201 * 1024) - Png.Length]], "logo.png", "image/png", "Die Datei ist 201 KB groß; ein Logo darf höchstens 200 KB haben." },
        { "SVG with script", Encoding.UTF8.GetBytes("""<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>"""), "logo.svg", "image/svg+xml", "Dieses SVG enthält Skript" },
        { "SVG with onload", Encoding.UTF8.GetBytes("""<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>"""), "logo.svg", "image/svg+xml", "Dieses SVG enthält Skript" },
    };

    [Theory]
    [MemberData(nameof(RefusedLogos))]
    public async Task ALogoThatIsNoSafeImageIsRefusedAndTheSavedOneStays(string kind, byte[] file, string fileName, string type, string message)
    {
        var user = await WebUser.RegisterAsync(factory);
        await SaveAsync(user, Png, values: [("Input.Name", "Anna Berger")]);

        var response = await SaveAsync(user, file, fileName, type, [("Input.Name", "Anna Berger"), ("Input.Organisation", "Neu GmbH")]);

        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{kind}: {(int)response.StatusCode}");
        var page = await WebUser.ParseAsync(response);
        page.AssertError(message);
        Assert.Equal("Neu GmbH", page.QuerySelector("#Input_Organisation")!.GetAttribute("value"));
        var userId = await UserIdAsync(user);
        var stored = await factory.WithDbAsync(db => db.ConsultantProfiles.Where(p => p.OwnerId == userId).Select(p => new { p.Logo, p.Organisation }).SingleAsync());
        Assert.Equal(Png, stored.Logo);
        Assert.Null(stored.Organisation);
    }

    [Fact]
    public async Task APhotoChosenByMistakeIsNamedTooBigAndAHugeRequestIsRefusedWithoutAServerError()
    {
        var user = await WebUser.RegisterAsync(factory);

        var photo = await SaveAsync(user, [.. Png, .. new byte[5 * 1024 * 1024]], values: [("Input.Name", "Anna Berger")]);
        var huge = await SaveAsync(user, [.. Png, .. new byte[9 * 1024 * 1024]], values: [("Input.Name", "Anna Berger")]);

        Assert.Equal(HttpStatusCode.OK, photo.StatusCode);
        (await WebUser.ParseAsync(photo)).AssertError("Die Datei ist 5121 KB groß; ein Logo darf höchstens 200 KB haben.");
        Assert.Equal(HttpStatusCode.BadRequest, huge.StatusCode);
        // Refused while the form is read, before any handler runs: the app's German error page, never a 5xx.
        Assert.Equal("Ein Fehler ist aufgetreten", (await WebUser.ParseAsync(huge)).Text("h1"));
        var userId = await UserIdAsync(user);
        Assert.False(await factory.WithDbAsync(db => db.ConsultantProfiles.AnyAsync(p => p.OwnerId == userId)));
    }

    [Fact]
    public async Task AnSvgLogoIsServedOnlyToTheReportsOwnerWithAPolicyThatForbidsScript()
    {
        var owner = await WebUser.RegisterAsync(factory);
        var assessmentId = await CompletedAssessmentAsync(owner, "Logo-Kreis");
        var stranger = await WebUser.RegisterAsync(factory);
        await SaveAsync(owner, Svg, "logo.svg", "image/svg+xml", [("Input.Organisation", "Berger Netzwerkberatung")]);

        var report = await owner.GetDocumentAsync($"/Reports/Assessment/{assessmentId}");
        var src = report.QuerySelector("#consultant-brand img")!.GetAttribute("src");
        Assert.Equal($"/Reports/Logo/{assessmentId}", src);
        var logo = await owner.Client.GetAsync(src, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, logo.StatusCode);
        Assert.Equal("image/svg+xml", logo.Content.Headers.ContentType!.MediaType);
        Assert.Equal("nosniff", logo.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("default-src 'none'; style-src 'unsafe-inline'", logo.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal(Svg, await logo.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));

        Assert.Equal(HttpStatusCode.NotFound, (await stranger.Client.GetAsync(src, TestContext.Current.CancellationToken)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.Client.GetAsync(Profile + "?handler=Logo", TestContext.Current.CancellationToken)).StatusCode);
        var anonymous = await factory.CreateBrowserClient().GetAsync(src, TestContext.Current.CancellationToken);
        Assert.NotEqual(HttpStatusCode.OK, anonymous.StatusCode);
    }

    [Fact]
    public async Task TheLogoCanBeRemovedAndTheTextsStay()
    {
        var user = await WebUser.RegisterAsync(factory);
        await SaveAsync(user, Png, values: [("Input.Name", "Anna Berger")]);

        var removed = await user.SubmitAsync(Profile, [], "form[action*='handler=RemoveLogo']");

        var page = await user.FollowToDocumentAsync(removed);
        Assert.Equal("Das Logo ist entfernt.", page.Text("[role=status]"));
        Assert.Null(page.QuerySelector("#profile-logo"));
        Assert.Equal("Erstellt von Anna Berger", page.Text("#profile-preview .consultant-name"));
        Assert.Equal(HttpStatusCode.NotFound, (await user.Client.GetAsync(Profile + "?handler=Logo", TestContext.Current.CancellationToken)).StatusCode);
    }

    [Fact]
    public async Task PostsWithoutAntiforgeryAreRefused()
    {
        var user = await WebUser.RegisterAsync(factory);
        using var content = new MultipartFormDataContent { { new StringContent("Eindringling"), "Input.Name" } };

        var response = await user.Client.PostAsync(Profile, content, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var userId = await UserIdAsync(user);
        Assert.False(await factory.WithDbAsync(db => db.ConsultantProfiles.AnyAsync(p => p.OwnerId == userId)));
    }

    [Fact]
    public async Task TheExportHoldsTheProfileAndDeletingTheAccountDeletesIt()
    {
        var user = await WebUser.RegisterAsync(factory);
        await SaveAsync(user, Png, values: [("Input.Name", "Anna Berger"), ("Input.Organisation", "Berger Netzwerkberatung"), ("Input.Contact", "anna@berger.example")]);
        var userId = await UserIdAsync(user);

        var export = await user.Client.GetAsync("/Account/Data?handler=Json", TestContext.Current.CancellationToken);
        using var json = JsonDocument.Parse(await export.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var profile = json.RootElement.GetProperty("ConsultantProfile");
        Assert.Equal("Anna Berger", profile.GetProperty("Name").GetString());
        Assert.Equal("Berger Netzwerkberatung", profile.GetProperty("Organisation").GetString());
        Assert.Equal("anna@berger.example", profile.GetProperty("Contact").GetString());
        Assert.Equal("Png", profile.GetProperty("LogoFormat").GetString());
        Assert.Equal("Ihr Beraterprofil mit Name, Organisation, Kontaktzeile und Logo.", (await user.GetDocumentAsync("/Account/Data")).Text("#stored-profile"));

        var deleted = await user.SubmitAsync("/Account/Data", [("Input.Password", WebUser.Password), ("Input.Confirm", "true")]);

        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.False(await factory.WithDbAsync(db => db.ConsultantProfiles.AnyAsync(p => p.OwnerId == userId)));
    }

    [Fact]
    public async Task TheKontoPageLinksToTheProfile()
    {
        var user = await WebUser.RegisterAsync(factory);

        var manage = await user.GetDocumentAsync("/Account/Manage");

        Assert.Equal(Profile, manage.QuerySelector("#profile-link")!.GetAttribute("href"));
    }

    /// <summary>A network with one completed check; returns the assessment's id.</summary>
    public static async Task<int> CompletedAssessmentAsync(WebUser user, string network)
    {
        ArgumentNullException.ThrowIfNull(user);
        var networkId = await user.CreateNetworkAsync(network);
        var assessmentId = await user.StartCheckAsync(networkId);
        await user.SubmitAsync($"/Checks/Goal/{assessmentId}", [("Input.Goal", "ShareKnowledge"), ("Input.Style", "Gatherer"), ("go", "next")]);
        await user.SubmitAsync($"/Checks/Criteria/{assessmentId}", [("Criteria[0].Rating", "4"), ("Criteria[1].Rating", "3"), ("go", "next")]);
        var completed = await user.SubmitAsync($"/Checks/Flags/{assessmentId}", [("go", "next")]);
        Assert.StartsWith($"/Checks/Result/{assessmentId}", completed.Headers.Location!.OriginalString, StringComparison.Ordinal);
        return assessmentId;
    }
}
