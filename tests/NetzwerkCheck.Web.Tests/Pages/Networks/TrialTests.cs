using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using NetzwerkCheck.Domain.Networks;
using NetzwerkCheck.Web.Tests.Infrastructure;

namespace NetzwerkCheck.Web.Tests.Pages.Networks;

public sealed class TrialTests(NetzwerkCheckFactory factory) : IClassFixture<NetzwerkCheckFactory>
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.Now);

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static Task<HttpResponseMessage> SaveDatesAsync(WebUser user, int id, DateOnly start, DateOnly end) =>
        user.SubmitAsync($"/Networks/Trial/{id}", [("Dates.Start", Iso(start)), ("Dates.PlannedEnd", Iso(end))], "form[action*='handler=Dates']");

    private static Task<HttpResponseMessage> AddEntryAsync(WebUser user, int id, string kind, string text) => user.AddEntryAsync(id, kind, text);

    [Fact]
    public async Task SavesTheTrialAndKeepsAJournal()
    {
        var user = await WebUser.RegisterAsync(factory);
        var id = await user.CreateNetworkAsync();

        var dates = await SaveDatesAsync(user, id, Today.AddDays(-28), Today.AddDays(70));
        Assert.Contains("Die Probezeit ist gespeichert.", await user.FollowAsync(dates).ContinueWith(t => WebUtility.HtmlDecode(t.Result), TestContext.Current.CancellationToken));
        await AddEntryAsync(user, id, "Event", "Stammtisch im März");
        await AddEntryAsync(user, id, "Contact", "Steuerberaterin kennengelernt");
        await AddEntryAsync(user, id, "Lead", "Anfrage für ein Logo");

        var details = await user.GetDocumentAsync($"/Networks/Details/{id}");
        var summary = details.QuerySelector("section[aria-labelledby=trial-heading]")!;
        Assert.EndsWith("(14 Wochen), bisher 4 Wochen.", summary.Text("p:not(.meta)"), StringComparison.Ordinal);
        Assert.Equal("Tagebuch: 1 Treffen, 1 Kontakt, 1 Anfrage.", summary.Text("p.meta"));
        var trial = await user.GetDocumentAsync($"/Networks/Trial/{id}");
        Assert.Equal("Bisher: 1 Treffen, 1 Kontakt, 1 Anfrage.", trial.Text("#trial-journal-counts"));
        Assert.Equal($"/Networks/Journal/{id}", trial.QuerySelector("#journal-open")!.GetAttribute("href"));
    }

    [Fact]
    public async Task TrialFeedsTheNextCheck()
    {
        var user = await WebUser.RegisterAsync(factory);
        var id = await user.CreateNetworkAsync();
        await SaveDatesAsync(user, id, Today.AddDays(-35), Today.AddDays(60));
        await AddEntryAsync(user, id, "Event", "Erstes Treffen");

        var assessmentId = await user.StartCheckAsync(id);
        var criteria = await user.GetDocumentAsync($"/Checks/Criteria/{assessmentId}");

        Assert.Equal("5", criteria.QuerySelector("#TrialWeeks")!.GetAttribute("value"));
        Assert.Contains("1 Treffen.", criteria.QuerySelector("#trial-evidence")!.TextContent);
    }

    [Fact]
    public async Task CountsUseSingularForOneAndPluralOtherwiseInBothLanguages()
    {
        var user = await WebUser.RegisterAsync(factory);
        var id = await user.CreateNetworkAsync();
        await SaveDatesAsync(user, id, Today.AddDays(-7), Today.AddDays(7));
        await AddEntryAsync(user, id, "Event", "Stammtisch");
        await AddEntryAsync(user, id, "Contact", "Steuerberaterin");
        await AddEntryAsync(user, id, "Contact", "Fotograf");
        await AddEntryAsync(user, id, "Lead", "Logo");

        var trial = WebUtility.HtmlDecode(await (await user.Client.GetAsync($"/Networks/Trial/{id}", TestContext.Current.CancellationToken)).TextAsync());
        var details = WebUtility.HtmlDecode(await (await user.Client.GetAsync($"/Networks/Details/{id}", TestContext.Current.CancellationToken)).TextAsync());
        var criteria = (await user.GetDocumentAsync($"/Checks/Criteria/{await user.StartCheckAsync(id)}")).QuerySelector("#trial-evidence")!.TextContent;

        Assert.Contains("2 Wochen", trial);
        Assert.Contains("1 Anfrage", trial);
        Assert.DoesNotContain("1 Anfragen", trial);
        Assert.Contains("1 Treffen, 2 Kontakte, 1 Anfrage.", details);
        Assert.Contains("(2 Wochen)", details);
        Assert.Contains("bisher 1 Woche.", details);
        Assert.Contains("1 Treffen, 2 Kontakte, 1 Anfrage.", criteria);

        await user.SwitchLanguageAsync("en-GB");
        var english = WebUtility.HtmlDecode(await (await user.Client.GetAsync($"/Networks/Details/{id}", TestContext.Current.CancellationToken)).TextAsync());
        Assert.Contains("1 meeting, 2 contacts, 1 enquiry.", english);
    }

    [Fact]
    public async Task DashboardRemindsOfEndingAndTooShortTrials()
    {
        var user = await WebUser.RegisterAsync(factory);
        var ending = await user.CreateNetworkAsync("Endet bald");
        var tooShort = await user.CreateNetworkAsync("Viel zu kurz");
        var fine = await user.CreateNetworkAsync("Läuft gut");
        await SaveDatesAsync(user, ending, Today.AddDays(-90), Today.AddDays(3));
        await SaveDatesAsync(user, tooShort, Today, Today.AddDays(21));
        await SaveDatesAsync(user, fine, Today.AddDays(-7), Today.AddDays(100));

        var notices = (await user.GetDocumentAsync("/Networks")).QuerySelector(".trial-notices")!.TextContent;

        Assert.Contains("Endet bald", notices);
        Assert.Contains("Viel zu kurz", notices);
        Assert.Contains("zu kurz geplant", notices);
        Assert.DoesNotContain("Läuft gut", notices);
    }

    [Fact]
    public async Task CalendarFileHoldsTheEndDate()
    {
        var user = await WebUser.RegisterAsync(factory);
        var id = await user.CreateNetworkAsync("Marketing Club, Leipzig; Nord");
        var end = Today.AddDays(80);
        await SaveDatesAsync(user, id, Today, end);

        var response = await user.Client.GetAsync($"/Networks/Trial/{id}?handler=Calendar", TestContext.Current.CancellationToken);
        var ics = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType!.MediaType);
        Assert.StartsWith("BEGIN:VCALENDAR\r\n", ics, StringComparison.Ordinal);
        Assert.Contains($"DTSTART;VALUE=DATE:{end:yyyyMMdd}\r\n", ics);
        Assert.Contains("SUMMARY:Probezeit endet: Marketing Club\\, Leipzig\\; Nord", ics.Replace("\r\n ", "", StringComparison.Ordinal));
        Assert.All(ics.Split("\r\n"), line => Assert.True(System.Text.Encoding.UTF8.GetByteCount(line) <= 75, line));
    }

    [Theory]
    [InlineData(0, -1, "Das Ende muss nach dem Beginn liegen.")]
    [InlineData(0, 800, "mehr als zwei Jahren")]
    public async Task ImplausibleDatesAreRejected(int startOffset, int endOffset, string message)
    {
        var user = await WebUser.RegisterAsync(factory);
        var id = await user.CreateNetworkAsync();

        var response = await SaveDatesAsync(user, id, Today.AddDays(startOffset), Today.AddDays(endOffset));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        (await WebUser.ParseAsync(response)).AssertError(message);
        Assert.Null(await factory.WithDbAsync(db => db.Networks.Where(n => n.Id == id).Select(n => n.TrialStart).SingleAsync()));
    }

    [Fact]
    public async Task AnotherUsersTrialIsNotFound()
    {
        var owner = await WebUser.RegisterAsync(factory);
        var id = await owner.CreateNetworkAsync();
        await SaveDatesAsync(owner, id, Today, Today.AddDays(90));
        var stranger = await WebUser.RegisterAsync(factory);
        var own = await stranger.CreateNetworkAsync();
        var token = (await stranger.GetDocumentAsync($"/Networks/Trial/{own}")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        Assert.Equal(HttpStatusCode.NotFound, (await stranger.Client.GetAsync($"/Networks/Trial/{id}", TestContext.Current.CancellationToken)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.Client.GetAsync($"/Networks/Trial/{id}?handler=Calendar", TestContext.Current.CancellationToken)).StatusCode);
        var moveForeign = await stranger.Client.PostAsync($"/Networks/Trial/{id}?handler=Dates",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["Dates.Start"] = Iso(Today), ["Dates.PlannedEnd"] = Iso(Today.AddDays(9)) }),
            TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, moveForeign.StatusCode);
        Assert.Equal(Today.AddDays(90), await factory.WithDbAsync(db => db.Networks.Where(n => n.Id == id).Select(n => n.TrialPlannedEnd).SingleAsync()));
    }

}
