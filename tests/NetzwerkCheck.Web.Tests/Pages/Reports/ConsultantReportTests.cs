using System.Net;
using Microsoft.EntityFrameworkCore;
using NetzwerkCheck.Web.Tests.Infrastructure;
using NetzwerkCheck.Web.Tests.Pages.Account;
using NetzwerkCheck.Web.Tests.Pages.Workshops;

namespace NetzwerkCheck.Web.Tests.Pages.Reports;

/// <summary>The consultant's profile and comment on the printed report, the workshop summary and the Kurzfassung.</summary>
public sealed class ConsultantReportTests(NetzwerkCheckFactory factory) : IClassFixture<NetzwerkCheckFactory>
{
    private const string Comment = "Der Club passt zu Ihnen.\n\nAber: <b>Bitte</b> erst drei Mitglieder fragen & dann entscheiden.";

    private static Task<HttpResponseMessage> SaveProfileAsync(WebUser user, params (string, string?)[] values) =>
        user.UploadAsync("/Account/Profile", "Input.Logo", ConsultantProfileTests.Png, "logo.png", "image/png", values, "#profile-form");

    [Fact]
    public async Task TheReportPrintsTheProfileAndTheCommentWithItsLineBreaksAndNoMarkup()
    {
        var user = await WebUser.RegisterAsync(factory);
        var assessmentId = await ConsultantProfileTests.CompletedAssessmentAsync(user, "Marketing Club Nordsachsen");
        await SaveProfileAsync(user, ("Input.Name", "Dr. Anna Berger"), ("Input.Organisation", "Berger Netzwerkberatung"), ("Input.Contact", "0341 123456"));

        var saved = await user.SubmitAsync($"/Checks/Comment/{assessmentId}", [("Input.Text", Comment.Replace("\n", "\r\n", StringComparison.Ordinal))]);

        Assert.Equal($"/Checks/Result/{assessmentId}#consultant-comment-box", saved.Headers.Location!.OriginalString);
        var result = await user.FollowToDocumentAsync(saved);
        Assert.Equal("Ihre Einschätzung ist gespeichert und steht im Bericht.", result.Text("[role=status]"));
        Assert.Equal(Comment, result.QuerySelector("#consultant-comment-text")!.TextContent);

        var report = await user.GetDocumentAsync($"/Reports/Assessment/{assessmentId}");
        Assert.Equal("Erstellt von Dr. Anna Berger, Berger Netzwerkberatung", report.Text("#consultant-brand .consultant-name"));
        Assert.Equal("0341 123456", report.Text("#consultant-brand .consultant-contact"));
        Assert.Equal("Berger Netzwerkberatung", report.QuerySelector("#consultant-brand img")!.GetAttribute("alt"));
        Assert.Equal("Einschätzung der Beraterin / des Beraters", report.Text("#consultant-comment h2"));
        var printed = report.QuerySelector("#consultant-comment p")!;
        Assert.Equal(Comment, printed.TextContent);
        Assert.Empty(printed.QuerySelectorAll("b"));
        Assert.Equal("Marketing Club Nordsachsen", report.DocumentElement.GetAttribute("data-running-head"));
        Assert.Equal($"/Reports/Short/{assessmentId}", report.QuerySelector("#report-short")!.GetAttribute("href"));
    }

    [Fact]
    public async Task WithoutProfileAndCommentTheReportShowsNeitherSection()
    {
        var user = await WebUser.RegisterAsync(factory);
        var assessmentId = await ConsultantProfileTests.CompletedAssessmentAsync(user, "Stiller Kreis");

        var report = await user.GetDocumentAsync($"/Reports/Assessment/{assessmentId}");

        Assert.NotNull(report.QuerySelector("#report-source"));
        Assert.Null(report.QuerySelector("#consultant-brand"));
        Assert.Null(report.QuerySelector("#consultant-comment"));
        Assert.Equal("Einschätzung schreiben", (await user.GetDocumentAsync($"/Checks/Result/{assessmentId}")).Text("#comment-edit"));
    }

    [Fact]
    public async Task AnOverlongCommentGetsAGermanMessageAndKeepsTheTextAndTheStoredComment()
    {
        var user = await WebUser.RegisterAsync(factory);
        var assessmentId = await ConsultantProfileTests.CompletedAssessmentAsync(user, "Langer Kreis");
        await user.SubmitAsync($"/Checks/Comment/{assessmentId}", [("Input.Text", "Erste Fassung")]);
        var overlong = new string('a', 4001);

        var response = await user.SubmitAsync($"/Checks/Comment/{assessmentId}", [("Input.Text", overlong)]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await WebUser.ParseAsync(response);
        page.AssertError("Die Einschätzung darf höchstens 4000 Zeichen lang sein.");
        Assert.Equal(overlong, page.QuerySelector("#Input_Text")!.TextContent);
        Assert.Equal("Erste Fassung", await factory.WithDbAsync(db => db.Assessments.Where(a => a.Id == assessmentId).Select(a => a.ConsultantComment).SingleAsync()));
    }

    [Fact]
    public async Task AnEmptiedCommentDisappearsFromTheReport()
    {
        var user = await WebUser.RegisterAsync(factory);
        var assessmentId = await ConsultantProfileTests.CompletedAssessmentAsync(user, "Leerer Kreis");
        await user.SubmitAsync($"/Checks/Comment/{assessmentId}", [("Input.Text", "Vorläufig")]);

        var emptied = await user.SubmitAsync($"/Checks/Comment/{assessmentId}", [("Input.Text", "   ")]);

        Assert.Equal("Die Einschätzung ist entfernt.", (await user.FollowToDocumentAsync(emptied)).Text("[role=status]"));
        Assert.Null((await user.GetDocumentAsync($"/Reports/Assessment/{assessmentId}")).QuerySelector("#consultant-comment"));
    }

    [Fact]
    public async Task AnotherUserCannotReadOrWriteSomeoneElsesComment()
    {
        var owner = await WebUser.RegisterAsync(factory);
        var assessmentId = await ConsultantProfileTests.CompletedAssessmentAsync(owner, "Geheimer Kreis");
        await owner.SubmitAsync($"/Checks/Comment/{assessmentId}", [("Input.Text", "Nur für die Kundin")]);
        var stranger = await WebUser.RegisterAsync(factory);
        // The stranger's own, valid token: only the owner check stands in the way.
        var token = (await stranger.GetDocumentAsync("/Account/Profile")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        var read = await stranger.Client.GetAsync($"/Checks/Comment/{assessmentId}", TestContext.Current.CancellationToken);
        var write = await stranger.Client.PostAsync($"/Checks/Comment/{assessmentId}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Text"] = "Übernommen",
            ["__RequestVerificationToken"] = token,
        }), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, read.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, write.StatusCode);
        Assert.DoesNotContain("Nur für die Kundin", await read.TextAsync());
        Assert.Equal("Nur für die Kundin", await factory.WithDbAsync(db => db.Assessments.Where(a => a.Id == assessmentId).Select(a => a.ConsultantComment).SingleAsync()));
    }

    [Fact]
    public async Task ACommentWithoutAntiforgeryTokenIsRefused()
    {
        var user = await WebUser.RegisterAsync(factory);
        var assessmentId = await ConsultantProfileTests.CompletedAssessmentAsync(user, "Formular-Kreis");

        var response = await user.Client.PostAsync($"/Checks/Comment/{assessmentId}", new FormUrlEncodedContent(new Dictionary<string, string> { ["Input.Text"] = "Ohne Token" }), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(await factory.WithDbAsync(db => db.Assessments.Where(a => a.Id == assessmentId).Select(a => a.ConsultantComment).SingleAsync()));
    }

    [Fact]
    public async Task ADraftHasNoCommentPage()
    {
        var user = await WebUser.RegisterAsync(factory);
        var draft = await user.StartCheckAsync(await user.CreateNetworkAsync("Entwurfskreis"));

        Assert.Equal(HttpStatusCode.NotFound, (await user.Client.GetAsync($"/Checks/Comment/{draft}", TestContext.Current.CancellationToken)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await user.Client.GetAsync($"/Reports/Short/{draft}", TestContext.Current.CancellationToken)).StatusCode);
    }

    [Fact]
    public async Task TheShortVersionHasTheVerdictProfileFitAtMostThreeStepsAndTheBrand()
    {
        var user = await WebUser.RegisterAsync(factory);
        var assessmentId = await ConsultantProfileTests.CompletedAssessmentAsync(user, "Kurzer Kreis");
        await SaveProfileAsync(user, ("Input.Name", "Anna Berger"));
        var full = await user.GetDocumentAsync($"/Reports/Assessment/{assessmentId}");

        var brief = await user.GetDocumentAsync($"/Reports/Short/{assessmentId}");

        Assert.Equal("Kurzer Kreis", brief.Text("h1"));
        Assert.Equal(full.Text("#verdict-heading"), brief.Text("#verdict-heading"));
        Assert.Single(brief.QuerySelectorAll("svg.profile-chart"));
        Assert.Equal(full.Text("#fit-heading ~ .fit"), brief.Text("#fit-heading ~ .fit"));
        var steps = brief.Texts(".next-steps li");
        Assert.InRange(steps.Count, 1, 3);
        Assert.Equal(full.Texts(".next-steps li").Take(3), steps);
        Assert.True(full.Texts(".next-steps li").Count > 3, "The check should have more than three steps, so that the cut is tested.");
        Assert.Equal("Erstellt von Anna Berger", brief.Text("#consultant-brand .consultant-name"));
        Assert.Equal($"/Reports/Logo/{assessmentId}", brief.QuerySelector("#consultant-brand img")!.GetAttribute("src"));
        Assert.Null(brief.QuerySelector("#criteria-heading"));
    }

    [Fact]
    public async Task TheWorkshopSummaryPrintsTheFacilitatorsProfile()
    {
        var user = await WebUser.RegisterAsync(factory);
        await SaveProfileAsync(user, ("Input.Name", "Anna Berger"), ("Input.Organisation", "Berger Netzwerkberatung"));
        var (workshopId, _) = await WorkshopTests.OpenWorkshopAsync(user);

        var summary = await user.GetDocumentAsync($"/Workshops/Summary/{workshopId}");

        Assert.Equal("Erstellt von Anna Berger, Berger Netzwerkberatung", summary.Text("#consultant-brand .consultant-name"));
        var logo = await user.Client.GetAsync(summary.QuerySelector("#consultant-brand img")!.GetAttribute("src"), TestContext.Current.CancellationToken);
        Assert.Equal("image/png", logo.Content.Headers.ContentType!.MediaType);
    }
}
