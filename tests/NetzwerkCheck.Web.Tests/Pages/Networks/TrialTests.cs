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

    private static Task<HttpResponseMessage> AddEntryAsync(WebUser user, int id, string kind, string text) =>
        user.SubmitAsync($"/Networks/Trial/{id}", [("Entry.Date", Iso(Today)), ("Entry.Kind", kind), ("Entry.Text", text)], "form[action*='handler=Entry']");

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
        Assert.Equal("Tagebuch: 1 Treffen, 1 Kontakt, 1 Anfrage oder Auftrag.", summary.Text("p.meta"));
        var trial = await user.GetDocumentAsync($"/Networks/Trial/{id}");
        Assert.Contains("Steuerberaterin kennengelernt", trial.Texts(".journal-text"));
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
        Assert.Contains("1 Treffen, 0 Kontakte, 0 Anfragen oder Aufträge", criteria.QuerySelector("#trial-evidence")!.TextContent);
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
        Assert.Contains("1 Anfrage oder Auftrag", trial);
        Assert.DoesNotContain("1 Anfragen", trial);
        Assert.Contains("1 Treffen, 2 Kontakte, 1 Anfrage oder Auftrag.", details);
        Assert.Contains("(2 Wochen)", details);
        Assert.Contains("bisher 1 Woche.", details);
        Assert.Contains("1 Treffen, 2 Kontakte, 1 Anfrage oder Auftrag.", criteria);

        await user.SwitchLanguageAsync("en-GB");
        var english = WebUtility.HtmlDecode(await (await user.Client.GetAsync($"/Networks/Details/{id}", TestContext.Current.CancellationToken)).TextAsync());
        Assert.Contains("1 meeting, 2 contacts, 1 enquiry or job.", english);
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

    [Theory]
    [InlineData("Entry.Text", "", "Bitte beschreiben Sie kurz, was passiert ist.")]
    [InlineData("Entry.Kind", "99", "ist hier nicht gültig")]
    [InlineData("Entry.Date", "gestern", "„gestern“ ist")]
    public async Task BadJournalEntriesAreRejected(string field, string value, string message)
    {
        var user = await WebUser.RegisterAsync(factory);
        var id = await user.CreateNetworkAsync();
        (string, string?)[] valid = [("Entry.Date", Iso(Today)), ("Entry.Kind", "Event"), ("Entry.Text", "Bleibt stehen")];

        var response = await user.SubmitAsync($"/Networks/Trial/{id}", valid.Where(v => v.Item1 != field).Append((field, value)), "form[action*='handler=Entry']");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        (await WebUser.ParseAsync(response)).AssertError(message);
        Assert.Equal(0, await factory.WithDbAsync(db => db.Journal.CountAsync(e => e.NetworkId == id)));
    }

    [Fact]
    public async Task TooLongJournalEntryIsRejected()
    {
        var user = await WebUser.RegisterAsync(factory);
        var id = await user.CreateNetworkAsync();

        var response = await AddEntryAsync(user, id, "Event", new string('x', JournalEntry.TextMaxLength + 1));

        (await WebUser.ParseAsync(response)).AssertError("Der Eintrag darf höchstens 500 Zeichen lang sein.");
    }

    [Fact]
    public async Task AnotherUsersTrialIsNotFound()
    {
        var owner = await WebUser.RegisterAsync(factory);
        var id = await owner.CreateNetworkAsync();
        await SaveDatesAsync(owner, id, Today, Today.AddDays(90));
        await AddEntryAsync(owner, id, "Lead", "Vertraulicher Auftrag");
        var entryId = await factory.WithDbAsync(db => db.Journal.Where(e => e.NetworkId == id).Select(e => e.Id).SingleAsync());
        var stranger = await WebUser.RegisterAsync(factory);
        var own = await stranger.CreateNetworkAsync();
        var token = (await stranger.GetDocumentAsync($"/Networks/Trial/{own}")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        Assert.Equal(HttpStatusCode.NotFound, (await stranger.Client.GetAsync($"/Networks/Trial/{id}", TestContext.Current.CancellationToken)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.Client.GetAsync($"/Networks/Trial/{id}?handler=Calendar", TestContext.Current.CancellationToken)).StatusCode);
        var deleteForeign = await stranger.Client.PostAsync($"/Networks/Trial/{id}?handler=DeleteEntry&entryId={entryId}",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }), TestContext.Current.CancellationToken);
        var deleteViaOwnNetwork = await stranger.Client.PostAsync($"/Networks/Trial/{own}?handler=DeleteEntry&entryId={entryId}",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, deleteForeign.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, deleteViaOwnNetwork.StatusCode);
        Assert.Equal(1, await factory.WithDbAsync(db => db.Journal.CountAsync(e => e.Id == entryId)));
    }

    [Fact]
    public async Task OwnerCanDeleteAJournalEntry()
    {
        var user = await WebUser.RegisterAsync(factory);
        var id = await user.CreateNetworkAsync();
        await AddEntryAsync(user, id, "Contact", "Wird gelöscht");

        var response = await user.SubmitAsync($"/Networks/Trial/{id}", [], "form[action*='handler=DeleteEntry']");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(0, await factory.WithDbAsync(db => db.Journal.CountAsync(e => e.NetworkId == id)));
    }
}
