using System.Net;
using Microsoft.EntityFrameworkCore;
using NetzwerkCheck.Domain.Networks;
using NetzwerkCheck.Web.Tests.Infrastructure;

namespace NetzwerkCheck.Web.Tests.Pages.Networks;

public sealed class JournalTests(NetzwerkCheckFactory factory) : IClassFixture<NetzwerkCheckFactory>
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.Now);

    [Fact]
    public async Task KeepsEveryKindWithOrdersAndTheirValueNewestFirst()
    {
        var user = await WebUser.RegisterAsync(factory);
        var id = await user.CreateNetworkAsync();

        var form = await user.GetDocumentAsync($"/Networks/Journal/{id}");
        Assert.Equal(Membership.Iso(Today), form.QuerySelector("#Entry_Date")!.GetAttribute("value"));
        Assert.Equal(8, form.QuerySelectorAll("input[name='Entry.Kind'][type=radio]").Length);
        await user.AddEntryAsync(id, "Event", date: Today.AddDays(-9));
        await user.AddEntryAsync(id, "Contribution", "Kurzvortrag über Steuern", Today.AddDays(-8));
        await user.AddEntryAsync(id, "ReferralGiven", date: Today.AddDays(-7));
        await user.AddEntryAsync(id, "ReferralReceived", date: Today.AddDays(-6));
        await user.AddEntryAsync(id, "Contact", date: Today.AddDays(-5));
        await user.AddEntryAsync(id, "Lead", date: Today.AddDays(-4));
        await user.AddEntryAsync(id, "Knowledge", "Wie man Förderanträge stellt", Today.AddDays(-3));
        var added = await user.AddEntryAsync(id, "Order", "Website für die Bäckerei", amount: "1.234,50");

        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var page = await user.FollowToDocumentAsync(added);
        Assert.Equal($"Eingetragen: Auftrag erhalten am {Today:dd.MM.yyyy}.", page.Text(".notice-success"));
        Assert.Equal(1234.50m, await factory.WithDbAsync(db => db.Journal.Where(e => e.NetworkId == id && e.Kind == JournalEntryKind.Order).Select(e => e.Amount).SingleAsync()));
        var badges = page.Texts(".journal-entry .badge-kind");
        Assert.Equal(["Auftrag erhalten", "Wissen mitgenommen", "Anfrage erhalten", "Kontakt geknüpft", "Empfehlung erhalten", "Empfehlung gegeben", "Beitrag geleistet", "Treffen besucht"], badges);
        Assert.Equal("1.234,50 €", page.Text(".journal-amount-value"));
        Assert.Equal(
            $"Auftrag erhalten vom {Today:dd.MM.yyyy} löschen: „Website für die Bäckerei“",
            page.QuerySelectorAll(".journal-entry button")[0].GetAttribute("aria-label"));
        Assert.StartsWith(
            $"{Today.Year}: 1 Treffen, 1 Beitrag, 1 Empfehlung gegeben, 1 Empfehlung erhalten, 1 Kontakt, 1 Anfrage, 1 Auftrag, 1 Erkenntnis.",
            page.Text("#journal-counts"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Order", "", "Bitte geben Sie an, was der Auftrag wert ist (in Euro).")]
    [InlineData("Contact", "50", "Einen Betrag tragen Sie nur bei einem Auftrag ein.")]
    [InlineData("Order", "abc", "Bitte geben Sie einen Betrag in Euro an, z. B. 49,90.")]
    [InlineData("Order", "-20", "Der Wert eines Auftrags muss zwischen 0,01 und 10.000.000 € liegen.")]
    [InlineData("Order", "10.000.001", "Der Wert eines Auftrags muss zwischen 0,01 und 10.000.000 € liegen.")]
    public async Task OrdersNeedAValueAndOnlyOrdersHaveOne(string kind, string amount, string message)
    {
        var user = await WebUser.RegisterAsync(factory);
        var id = await user.CreateNetworkAsync();

        var response = await user.AddEntryAsync(id, kind, "Bleibt stehen", amount: amount);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await WebUser.ParseAsync(response);
        Assert.Contains(message, page.Text("[data-valmsg-for='Entry.Amount']"), StringComparison.Ordinal);
        Assert.Equal(amount, page.QuerySelector("#Entry_Amount")!.GetAttribute("value"));
        Assert.Equal("Bleibt stehen", page.QuerySelector("#Entry_Text")!.TextContent.Trim());
        Assert.NotNull(page.QuerySelector($"input[name='Entry.Kind'][value={kind}][checked]"));
        Assert.Equal(0, await factory.WithDbAsync(db => db.Journal.CountAsync(e => e.NetworkId == id)));
    }

    [Theory]
    [InlineData("Entry.Kind", null, "Bitte wählen Sie, was passiert ist.")]
    [InlineData("Entry.Kind", "99", "ist hier nicht gültig")]
    [InlineData("Entry.Date", "gestern", "„gestern“ ist")]
    [InlineData("Entry.Date", "2999-01-01", "Ein Eintrag kann nicht in der Zukunft liegen.")]
    [InlineData("Entry.Date", "", "Bitte geben Sie das Datum an.")]
    [InlineData("Entry.Text", "", "Bitte notieren Sie kurz, was Sie mitgenommen haben.")]
    [InlineData("Entry.Text", "501", "Die Notiz darf höchstens 500 Zeichen lang sein.")]
    public async Task BadEntriesAreRejected(string field, string? value, string message)
    {
        var user = await WebUser.RegisterAsync(factory);
        var id = await user.CreateNetworkAsync();
        (string, string?)[] valid = [("Entry.Date", Membership.Iso(Today)), ("Entry.Kind", "Knowledge"), ("Entry.Text", "Neues über Förderung")];
        var typed = value == "501" ? new string('x', 501) : value;

        var response = await user.SubmitAsync($"/Networks/Journal/{id}", valid.Where(v => v.Item1 != field).Append((field, typed)), "form.journal-form");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        (await WebUser.ParseAsync(response)).AssertError(message);
        Assert.Equal(0, await factory.WithDbAsync(db => db.Journal.CountAsync(e => e.NetworkId == id)));
    }

    [Fact]
    public async Task ANoteIsOptionalExceptForKnowledge()
    {
        var user = await WebUser.RegisterAsync(factory);
        var id = await user.CreateNetworkAsync();

        var response = await user.AddEntryAsync(id, "Event");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("", await factory.WithDbAsync(db => db.Journal.Where(e => e.NetworkId == id).Select(e => e.Text).SingleAsync()));
        Assert.Empty((await user.GetDocumentAsync($"/Networks/Journal/{id}")).QuerySelectorAll(".journal-text"));
    }

    [Fact]
    public async Task ListsOneYearAtATimeNewestYearFirst()
    {
        var user = await WebUser.RegisterAsync(factory);
        var id = await user.CreateNetworkAsync();
        var lastYear = new DateOnly(Today.Year - 1, 6, 1);
        await user.AddEntryAsync(id, "Event", "Sommerfest", lastYear);
        await user.AddEntryAsync(id, "Contact", "Architektin", lastYear.AddDays(1));
        await user.AddEntryAsync(id, "Event", "Neujahrsempfang", new DateOnly(Today.Year, 1, 1));

        var current = await user.GetDocumentAsync($"/Networks/Journal/{id}");
        var older = await user.GetDocumentAsync($"/Networks/Journal/{id}?year={lastYear.Year}");
        var unknownYear = await user.GetDocumentAsync($"/Networks/Journal/{id}?year=1800");

        Assert.Equal(["Neujahrsempfang"], current.Texts(".journal-text"));
        Assert.Equal([$"{Today.Year} (1)", $"{lastYear.Year} (2)"], current.Texts(".year-nav a"));
        Assert.Equal("page", current.QuerySelector(".year-nav a[aria-current]")!.GetAttribute("aria-current"));
        Assert.Equal(["Architektin", "Sommerfest"], older.Texts(".journal-text"));
        Assert.Equal(["Neujahrsempfang"], unknownYear.Texts(".journal-text"));
    }

    [Fact]
    public async Task OwnerDeletesAnEntry()
    {
        var user = await WebUser.RegisterAsync(factory);
        var id = await user.CreateNetworkAsync();
        await user.AddEntryAsync(id, "Contact", "Wird gelöscht");

        var response = await user.SubmitAsync($"/Networks/Journal/{id}", [], "form[action*='handler=Delete']");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(0, await factory.WithDbAsync(db => db.Journal.CountAsync(e => e.NetworkId == id)));
    }

    [Fact]
    public async Task OtherUsersJournalsAndEntriesAreNotFound()
    {
        var owner = await WebUser.RegisterAsync(factory);
        var id = await owner.CreateNetworkAsync();
        var ownSecond = await owner.CreateNetworkAsync("Zweites Netzwerk");
        await owner.AddEntryAsync(id, "Order", "Vertraulicher Auftrag", amount: "900");
        var entryId = await factory.WithDbAsync(db => db.Journal.Where(e => e.NetworkId == id).Select(e => e.Id).SingleAsync());
        var ownerToken = (await owner.GetDocumentAsync($"/Networks/Journal/{ownSecond}")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var stranger = await WebUser.RegisterAsync(factory);
        var own = await stranger.CreateNetworkAsync();
        var token = (await stranger.GetDocumentAsync($"/Networks/Journal/{own}")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        FormUrlEncodedContent Form(string antiforgery, params (string, string)[] fields) =>
            new(fields.Select(f => new KeyValuePair<string, string>(f.Item1, f.Item2)).Append(new("__RequestVerificationToken", antiforgery)));

        var get = await stranger.Client.GetAsync($"/Networks/Journal/{id}", TestContext.Current.CancellationToken);
        var add = await stranger.Client.PostAsync($"/Networks/Journal/{id}", Form(token, ("Entry.Date", Membership.Iso(Today)), ("Entry.Kind", "Event")), TestContext.Current.CancellationToken);
        var deleteForeign = await stranger.Client.PostAsync($"/Networks/Journal/{id}?handler=Delete&entryId={entryId}", Form(token), TestContext.Current.CancellationToken);
        var deleteViaOwnNetwork = await stranger.Client.PostAsync($"/Networks/Journal/{own}?handler=Delete&entryId={entryId}", Form(token), TestContext.Current.CancellationToken);
        var deleteViaOwnersOtherNetwork = await owner.Client.PostAsync($"/Networks/Journal/{ownSecond}?handler=Delete&entryId={entryId}", Form(ownerToken), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
        Assert.DoesNotContain("Vertraulicher Auftrag", await get.TextAsync());
        Assert.Equal(HttpStatusCode.NotFound, add.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, deleteForeign.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, deleteViaOwnNetwork.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, deleteViaOwnersOtherNetwork.StatusCode);
        Assert.Equal(1, await factory.WithDbAsync(db => db.Journal.CountAsync(e => e.NetworkId == id)));
    }
}
