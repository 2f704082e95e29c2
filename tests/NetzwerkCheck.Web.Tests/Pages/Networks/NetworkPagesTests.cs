using System.Net;
using Microsoft.EntityFrameworkCore;
using NetzwerkCheck.Domain.Networks;
using NetzwerkCheck.Web.Tests.Infrastructure;

namespace NetzwerkCheck.Web.Tests.Pages.Networks;

public sealed class NetworkPagesTests(NetzwerkCheckFactory factory) : IClassFixture<NetzwerkCheckFactory>
{
    private static readonly (string, string?)[] ValidNetwork =
    [
        ("Input.Name", "BNI Chapter Nord"), ("Input.OrganisationForm", "Mixed"), ("Input.Status", "Considering"),
        ("Input.ApproxMemberCount", "35"), ("Input.Url", "https://example.org/bni"), ("Input.Notes", "Frühstück jeden Donnerstag"),
    ];

    [Fact]
    public async Task CreatedNetworkAppearsInTheListWithItsFacts()
    {
        var user = await WebUser.RegisterAsync(factory);

        var response = await user.SubmitAsync("/Networks/Create", ValidNetwork);
        var details = await user.FollowToDocumentAsync(response);
        var list = await user.GetDocumentAsync("/Networks");

        Assert.Equal("BNI Chapter Nord", details.Text("h1"));
        Assert.Equal("Mischform", details.Fact("Organisationsform"));
        Assert.Equal("Überlege", details.Fact("Ihr Status"));
        Assert.Equal("ca. 35", details.Fact("Mitglieder"));
        var card = list.QuerySelectorAll(".network-card").Single(c => c.Text("h2") == "BNI Chapter Nord");
        Assert.Equal("Mischform · Überlege · ca. 35 Mitglieder", card.Text(".network-main .meta"));
        Assert.Equal("Noch nicht bewertet", card.Text(".network-result"));
    }

    [Theory]
    [InlineData("Input.Name", "", "Bitte geben Sie dem Netzwerk einen Namen.")]
    [InlineData("Input.Name", "   ", "Bitte geben Sie dem Netzwerk einen Namen.")]
    [InlineData("Input.ApproxMemberCount", "0", "Die Mitgliederzahl muss zwischen 1 und 10.000.000 liegen.")]
    [InlineData("Input.ApproxMemberCount", "viele", "Der Wert „viele“ ist für „Ungefähre Mitgliederzahl“ nicht gültig.")]
    [InlineData("Input.ApproxMemberCount", "99999999999999", "Die Mitgliederzahl muss zwischen 1 und 10.000.000 liegen.")]
    [InlineData("Input.ApproxMemberCount", "-99999999999999", "Die Mitgliederzahl muss zwischen 1 und 10.000.000 liegen.")]
    [InlineData("Input.OrganisationForm", "99", "Der Wert „99“ ist hier nicht gültig.")]
    [InlineData("Input.OrganisationForm", "Sekte", "nicht gültig")]
    [InlineData("Input.OrganisationForm", null, "Bitte wählen Sie die Organisationsform.")]
    [InlineData("Input.Status", "7", "Der Wert „7“ ist hier nicht gültig.")]
    [InlineData("Input.Url", "javascript:alert(1)", "Bitte geben Sie eine vollständige Webadresse ein")]
    [InlineData("Input.Url", "www.example.org", "Bitte geben Sie eine vollständige Webadresse ein")]
    public async Task BadInputGetsAGermanMessageAndKeepsTheOtherValues(string field, string? value, string message)
    {
        var user = await WebUser.RegisterAsync(factory);

        var response = await user.SubmitAsync("/Networks/Create", ValidNetwork.Where(f => f.Item1 != field).Append((field, value)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var form = await WebUser.ParseAsync(response);
        form.AssertError(message);
        Assert.Equal("Frühstück jeden Donnerstag", form.QuerySelector("textarea[name='Input.Notes']")!.TextContent);
        Assert.Equal(0, await factory.WithDbAsync(db => db.Networks.CountAsync(n => db.Users.Any(u => u.Id == n.OwnerId && u.Email == user.Email))));
    }

    [Theory]
    [InlineData("Input.Name", Network.NameMaxLength + 1, "Der Name darf höchstens 120 Zeichen lang sein.")]
    [InlineData("Input.Notes", Network.NotesMaxLength + 1, "Die Notizen dürfen höchstens 2000 Zeichen lang sein.")]
    [InlineData("Input.Url", Network.UrlMaxLength + 1, "Die Webadresse darf höchstens 300 Zeichen lang sein.")]
    public async Task TooLongInputIsRejected(string field, int length, string message)
    {
        var user = await WebUser.RegisterAsync(factory);
        var value = field == "Input.Url" ? "https://example.org/" + new string('a', length - 20) : new string('x', length);

        var response = await user.SubmitAsync("/Networks/Create", ValidNetwork.Where(f => f.Item1 != field).Append((field, value)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        (await WebUser.ParseAsync(response)).AssertError(message);
    }

    [Fact]
    public async Task EditChangesTheNetwork()
    {
        var user = await WebUser.RegisterAsync(factory);
        var id = await user.CreateNetworkAsync();

        var response = await user.SubmitAsync($"/Networks/Edit/{id}", [("Input.Name", "Marketing Club"), ("Input.Status", "Member")]);
        var details = await user.FollowToDocumentAsync(response);

        Assert.Equal("Marketing Club", details.Text("h1"));
        Assert.Equal("Mitglied", details.Fact("Ihr Status"));
        Assert.Contains("Die Änderungen sind gespeichert.", details.Text("main .notice"));
    }

    [Fact]
    public async Task DeleteRemovesTheNetworkAndItsAssessments()
    {
        var user = await WebUser.RegisterAsync(factory);
        var id = await user.CreateNetworkAsync("Wird gelöscht");
        await user.StartCheckAsync(id);
        await factory.WithDbAsync(db =>
        {
            db.Journal.Add(new JournalEntry { NetworkId = id, Date = new DateOnly(2026, 5, 4), Kind = JournalEntryKind.Order, Text = "", Amount = 900m, CreatedUtc = DateTime.UtcNow });
            return db.SaveChangesAsync();
        });

        var response = await user.SubmitAsync($"/Networks/Delete/{id}", []);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(0, await factory.WithDbAsync(db => db.Networks.CountAsync(n => n.Id == id)));
        Assert.Equal(0, await factory.WithDbAsync(db => db.Assessments.CountAsync(a => a.NetworkId == id)));
        Assert.Equal(0, await factory.WithDbAsync(db => db.Journal.CountAsync(e => e.NetworkId == id)));
    }

    [Theory]
    [InlineData("/Networks/Details/{0}")]
    [InlineData("/Networks/Edit/{0}")]
    [InlineData("/Networks/Delete/{0}")]
    public async Task AnotherUsersNetworkIsNotFound(string pattern)
    {
        var owner = await WebUser.RegisterAsync(factory);
        var id = await owner.CreateNetworkAsync("Geheimer Kreis");
        var stranger = await WebUser.RegisterAsync(factory);

        var get = await stranger.Client.GetAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, pattern, id), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
        Assert.DoesNotContain("Geheimer Kreis", await get.TextAsync());
    }

    [Fact]
    public async Task AnotherUsersNetworkCannotBeChangedOrDeleted()
    {
        var owner = await WebUser.RegisterAsync(factory);
        var id = await owner.CreateNetworkAsync("Geheimer Kreis");
        var stranger = await WebUser.RegisterAsync(factory);
        var ownNetwork = await stranger.CreateNetworkAsync("Eigenes");

        // The stranger takes a valid form (and token) from their own page and points it at the owner's id.
        var edit = await stranger.SubmitAsync($"/Networks/Edit/{ownNetwork}", [("Input.Name", "Gekapert")], "main form");
        Assert.Equal(HttpStatusCode.Redirect, edit.StatusCode);
        var document = await stranger.GetDocumentAsync($"/Networks/Edit/{ownNetwork}");
        var token = document.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var tamperedEdit = await stranger.Client.PostAsync($"/Networks/Edit/{id}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["Input.Name"] = "Gekapert",
            ["Input.OrganisationForm"] = "Virtual",
            ["Input.Status"] = "Member",
        }), TestContext.Current.CancellationToken);
        var tamperedDelete = await stranger.Client.PostAsync($"/Networks/Delete/{id}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
        }), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, tamperedEdit.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, tamperedDelete.StatusCode);
        Assert.Equal("Geheimer Kreis", await factory.WithDbAsync(db => db.Networks.Where(n => n.Id == id).Select(n => n.Name).SingleAsync()));
    }

    [Fact]
    public async Task ListShowsOnlyTheUsersOwnNetworks()
    {
        var owner = await WebUser.RegisterAsync(factory);
        await owner.CreateNetworkAsync("Nur für mich");
        var stranger = await WebUser.RegisterAsync(factory);

        var list = await (await stranger.Client.GetAsync("/Networks", TestContext.Current.CancellationToken)).TextAsync();

        Assert.DoesNotContain("Nur für mich", list);
    }

    [Fact]
    public async Task PostingWithoutAntiforgeryTokenIsRejected()
    {
        var user = await WebUser.RegisterAsync(factory);

        var response = await user.Client.PostAsync("/Networks/Create", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Name"] = "Ohne Token",
            ["Input.OrganisationForm"] = "Virtual",
            ["Input.Status"] = "Member",
        }), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Ungültige Anfrage", await response.TextAsync());
        Assert.Equal(0, await factory.WithDbAsync(db => db.Networks.CountAsync(n => n.Name == "Ohne Token")));
    }

    [Fact]
    public async Task NotesAreShownAsTextNotMarkup()
    {
        var user = await WebUser.RegisterAsync(factory);
        var response = await user.SubmitAsync("/Networks/Create", ValidNetwork.Where(f => f.Item1 != "Input.Notes").Append(("Input.Notes", "<script>alert(1)</script>")));

        var raw = await user.FollowAsync(response);

        Assert.DoesNotContain("<script>alert(1)</script>", raw);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", raw);
    }
}
