using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using NetzwerkCheck.Web.Tests.Infrastructure;

namespace NetzwerkCheck.Web.Tests.Pages.Networks;

/// <summary>Clients (Mandanten): filing networks under them, and listing, comparing and exporting by client.</summary>
public sealed class ClientTests(NetzwerkCheckFactory factory) : IClassFixture<NetzwerkCheckFactory>
{
    [Fact]
    public async Task NetworksFiledUnderAClientAreListedComparedAndExportedTogether()
    {
        var consultant = await WebUser.RegisterAsync(factory);
        var bakery = await consultant.CreateClientAsync("Bäckerei Schmidt");
        await consultant.CreateClientAsync("Zahnarztpraxis Roth");
        var guild = await CreateNetworkForAsync(consultant, bakery, "Innung Süd");
        var breakfast = await CreateNetworkForAsync(consultant, bakery, "Frühstücksrunde");
        var own = await consultant.CreateNetworkAsync("Mein eigener Stammtisch");
        var check = await consultant.StartCheckAsync(guild);
        await consultant.SubmitAsync($"/Checks/Flags/{check}", [("go", "next")]);

        var all = await consultant.GetDocumentAsync("/Networks");
        var filtered = await consultant.GetDocumentAsync($"/Networks?client={bakery}");
        var unfiled = await consultant.GetDocumentAsync("/Networks?client=ohne");

        Assert.Equal(3, all.QuerySelectorAll(".network-card").Length);
        Assert.Contains("Mandant: Bäckerei Schmidt", all.QuerySelectorAll(".network-card").Single(c => c.Text("h2") == "Innung Süd").Text(".network-main .meta"));
        Assert.Equal(["Frühstücksrunde", "Innung Süd"], filtered.Texts(".network-card h2"));
        Assert.Equal("Bäckerei Schmidt", filtered.QuerySelector("#client-select option[selected]")!.TextContent);
        Assert.Equal(["Mein eigener Stammtisch"], unfiled.Texts(".network-card h2"));
        Assert.Equal(["Frühstücksrunde", "Innung Süd"], filtered.Texts("#compare-form .choice span"));

        var compareLink = filtered.QuerySelector("#client-compare")!.GetAttribute("href")!;
        var compared = await consultant.GetDocumentAsync(compareLink);
        Assert.Equal(["Frühstücksrunde", "Innung Süd"], compared.Texts(".compare-name").Order());

        var csvLink = filtered.QuerySelector("#networks-csv")!.GetAttribute("href")!;
        var csv = await consultant.Client.GetAsync(csvLink, TestContext.Current.CancellationToken);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        Assert.Contains($"netzwerke-mandant-{bakery}-", csv.Content.Headers.ContentDisposition!.FileName, StringComparison.Ordinal);
        var bytes = await csv.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
        Assert.Equal(Encoding.UTF8.Preamble.ToArray(), bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.StartsWith("Mandant;Netzwerk;Organisationsform;", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("Bäckerei Schmidt;Frühstücksrunde;Verein;", lines[1], StringComparison.Ordinal);
        Assert.EndsWith(";;;;;;;;", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("Bäckerei Schmidt;Innung Süd;Verein;", lines[2], StringComparison.Ordinal);
        Assert.Contains(DateTime.Today.ToString("d", CultureInfo.GetCultureInfo("de-DE")), lines[2], StringComparison.Ordinal);
        Assert.DoesNotContain(lines, l => l.Contains("Stammtisch", StringComparison.Ordinal));
        Assert.NotEqual(0, breakfast);
        Assert.NotEqual(0, own);
    }

    [Fact]
    public async Task ANetworkCreatedFromAClientsListIsFiledUnderItAndCanBeMovedOrUnfiled()
    {
        var consultant = await WebUser.RegisterAsync(factory);
        var bakery = await consultant.CreateClientAsync("Bäckerei Schmidt");
        var dentist = await consultant.CreateClientAsync("Zahnarztpraxis Roth");

        var form = await consultant.GetDocumentAsync($"/Networks/Create?client={bakery}");
        Assert.Equal(bakery.ToString(CultureInfo.InvariantCulture), form.QuerySelector("select[name='Input.ClientId'] option[selected]")!.GetAttribute("value"));
        var created = await consultant.SubmitAsync($"/Networks/Create?client={bakery}", [
            ("Input.Name", "Innung Süd"), ("Input.OrganisationForm", "Association"), ("Input.Status", "Member")]);
        var id = Html.IdFrom(created.Headers.Location!);
        var details = await consultant.FollowToDocumentAsync(created);
        Assert.Equal("Bäckerei Schmidt", details.Fact("Mandant"));

        await consultant.SubmitAsync($"/Networks/Edit/{id}", [("Input.ClientId", dentist.ToString(CultureInfo.InvariantCulture))]);
        Assert.Equal(dentist, await ClientOfAsync(id));
        await consultant.SubmitAsync($"/Networks/Edit/{id}", [("Input.ClientId", "")]);
        Assert.Null(await ClientOfAsync(id));
    }

    [Fact]
    public async Task SomeoneElsesClientCanNeitherBePickedNorListedNorChanged()
    {
        var owner = await WebUser.RegisterAsync(factory);
        var secret = await owner.CreateClientAsync("Geheime Kanzlei");
        var stranger = await WebUser.RegisterAsync(factory);
        await stranger.CreateClientAsync("Eigener Mandant");
        var strangersNetwork = await stranger.CreateNetworkAsync("Fremdes Netzwerk");

        foreach (var bogus in new[] { secret.ToString(CultureInfo.InvariantCulture), "999999" })
        {
            var response = await stranger.SubmitAsync("/Networks/Create", [
                ("Input.Name", "Neues Netzwerk"), ("Input.OrganisationForm", "Association"), ("Input.Status", "Member"),
                ("Input.Notes", "bleibt erhalten"), ("Input.ClientId", bogus)]);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var page = await WebUser.ParseAsync(response);
            page.AssertError("Bitte wählen Sie einen Ihrer Mandanten oder „Kein Mandant“.");
            Assert.Equal("bleibt erhalten", page.QuerySelector("textarea[name='Input.Notes']")!.TextContent);
            var edited = await stranger.SubmitAsync($"/Networks/Edit/{strangersNetwork}", [("Input.ClientId", bogus)]);
            (await WebUser.ParseAsync(edited)).AssertError("Bitte wählen Sie einen Ihrer Mandanten oder „Kein Mandant“.");
        }
        Assert.Null(await ClientOfAsync(strangersNetwork));
        Assert.Equal(0, await factory.WithDbAsync(db => db.Networks.CountAsync(n => n.ClientId == secret)));

        foreach (var url in new[] { $"/Networks?client={secret}", "/Networks?client=abc", $"/Networks?handler=Csv&client={secret}", $"/Clients/Edit/{secret}" })
        {
            var response = await stranger.Client.GetAsync(url, TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.DoesNotContain("Geheime Kanzlei", await response.TextAsync());
        }
        var token = (await stranger.GetDocumentAsync("/Clients")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        foreach (var handler in new[] { "", "?handler=Delete" })
        {
            var response = await stranger.Client.PostAsync($"/Clients/Edit/{secret}{handler}", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = token,
                ["Input.Name"] = "Übernommen",
            }), TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }
        Assert.Equal("Geheime Kanzlei", await factory.WithDbAsync(db => db.Clients.Where(c => c.Id == secret).Select(c => c.Name).SingleAsync()));
    }

    [Theory]
    [InlineData("", "Bitte geben Sie den Namen des Mandanten an.")]
    [InlineData("   ", "Bitte geben Sie den Namen des Mandanten an.")]
    [InlineData(" bäckerei SCHMIDT ", "Einen Mandanten mit diesem Namen gibt es schon.")]
    [InlineData("x121", "Der Name darf höchstens 120 Zeichen lang sein.")]
    public async Task ABadClientNameGetsAGermanMessageAndIsNotStored(string name, string message)
    {
        var consultant = await WebUser.RegisterAsync(factory);
        await consultant.CreateClientAsync("Bäckerei Schmidt");
        var value = name == "x121" ? new string('x', 121) : name;

        var response = await consultant.SubmitAsync("/Clients", [("Input.Name", value), ("Input.Note", "Auftrag 2027")]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await WebUser.ParseAsync(response);
        page.AssertError(message);
        Assert.Equal("Auftrag 2027", page.QuerySelector("input[name='Input.Note']")!.GetAttribute("value"));
        Assert.Equal(1, await factory.WithDbAsync(db => db.Clients.CountAsync(c => db.Users.Any(u => u.Id == c.OwnerId && u.Email == consultant.Email))));
    }

    [Fact]
    public async Task RenamingKeepsNamesUniqueAndDeletingAClientKeepsItsNetworks()
    {
        var consultant = await WebUser.RegisterAsync(factory);
        var bakery = await consultant.CreateClientAsync("Bäckerei Schmidt");
        await consultant.CreateClientAsync("Zahnarztpraxis Roth");
        var network = await CreateNetworkForAsync(consultant, bakery, "Innung Süd");

        var clash = await consultant.SubmitAsync($"/Clients/Edit/{bakery}", [("Input.Name", "zahnarztpraxis roth")], "#client-edit");
        (await WebUser.ParseAsync(clash)).AssertError("Einen Mandanten mit diesem Namen gibt es schon.");
        var renamed = await consultant.SubmitAsync($"/Clients/Edit/{bakery}", [("Input.Name", "Bäckerei Schmidt & Söhne"), ("Input.Note", "Frau Schmidt")], "#client-edit");
        var list = await consultant.FollowToDocumentAsync(renamed);
        Assert.Contains("Frau Schmidt", list.QuerySelector($"[data-client='{bakery}']")!.TextContent);
        Assert.Equal("Bäckerei Schmidt & Söhne", list.QuerySelector($"[data-client='{bakery}'] h2")!.TextContent.Trim());

        var edit = await consultant.GetDocumentAsync($"/Clients/Edit/{bakery}");
        Assert.Contains("Das eine Netzwerk dieses Mandanten bleibt", edit.Text("#client-delete"));
        var deleted = await consultant.SubmitAsync($"/Clients/Edit/{bakery}", [], "#client-delete");
        var after = await consultant.FollowToDocumentAsync(deleted);

        Assert.Contains("ist gelöscht", after.Text("main .notice"));
        Assert.Empty(after.QuerySelectorAll($"[data-client='{bakery}']"));
        Assert.Null(await ClientOfAsync(network));
        Assert.Equal(["Innung Süd"], (await consultant.GetDocumentAsync("/Networks?client=ohne")).Texts(".network-card h2"));
    }

    [Fact]
    public async Task TheAccountExportNamesTheClients()
    {
        var consultant = await WebUser.RegisterAsync(factory);
        var bakery = await consultant.CreateClientAsync("Bäckerei Schmidt");
        await CreateNetworkForAsync(consultant, bakery, "Innung Süd");

        var response = await consultant.Client.GetAsync("/Account/Data?handler=Json", TestContext.Current.CancellationToken);
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement;

        Assert.Equal("Bäckerei Schmidt", json.GetProperty("Clients")[0].GetProperty("Name").GetString());
        Assert.Equal("Bäckerei Schmidt", json.GetProperty("Networks")[0].GetProperty("Client").GetString());
        Assert.Contains("1 Mandant mit Name und Notiz.", (await consultant.GetDocumentAsync("/Account/Data")).Text("#stored-clients"));
    }

    private static async Task<int> CreateNetworkForAsync(WebUser user, int clientId, string name)
    {
        var response = await user.SubmitAsync("/Networks/Create", [
            ("Input.Name", name), ("Input.OrganisationForm", "Association"), ("Input.Status", "Member"),
            ("Input.ClientId", clientId.ToString(CultureInfo.InvariantCulture))]);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return Html.IdFrom(response.Headers.Location!);
    }

    private Task<int?> ClientOfAsync(int networkId) =>
        factory.WithDbAsync(db => db.Networks.Where(n => n.Id == networkId).Select(n => n.ClientId).SingleAsync());
}
