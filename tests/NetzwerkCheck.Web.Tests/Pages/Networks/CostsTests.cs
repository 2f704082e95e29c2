using System.Net;
using Microsoft.EntityFrameworkCore;
using NetzwerkCheck.Web.Tests.Infrastructure;

namespace NetzwerkCheck.Web.Tests.Pages.Networks;

public sealed class CostsTests(NetzwerkCheckFactory factory) : IClassFixture<NetzwerkCheckFactory>
{
    [Fact]
    public async Task SavesCostsAsTypedInGermanAndShowsThemAgain()
    {
        var user = await WebUser.RegisterAsync(factory);
        var id = await user.CreateNetworkAsync();

        var saved = await user.SaveCostsAsync(id,
            ("MemberSince", "2026-01-01"), ("AdmissionFee", "1.234,50"), ("YearlyFee", "600"), ("CostPerEvent", "49.90 €"), ("HoursPerMonth", "2,5"));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal($"/Networks/Details/{id}#value-heading", saved.Headers.Location!.OriginalString);
        var network = await factory.WithDbAsync(db => db.Networks.SingleAsync(n => n.Id == id));
        Assert.Equal(new DateOnly(2026, 1, 1), network.MemberSince);
        Assert.Equal(1234.50m, network.AdmissionFee);
        Assert.Equal(600m, network.YearlyFee);
        Assert.Equal(49.90m, network.CostPerEvent);
        Assert.Equal(2.5m, network.HoursPerMonth);
        var form = await user.GetDocumentAsync($"/Networks/Costs/{id}");
        Assert.Equal("1234,5", form.QuerySelector("#Input_AdmissionFee")!.GetAttribute("value"));
        Assert.Equal("2,5", form.QuerySelector("#Input_HoursPerMonth")!.GetAttribute("value"));
        Assert.Equal("text", form.QuerySelector("#Input_HoursPerMonth")!.GetAttribute("type"));
        Assert.Equal("decimal", form.QuerySelector("#Input_HoursPerMonth")!.GetAttribute("inputmode"));
    }

    [Fact]
    public async Task ReadsEnglishAmountsInEnglishAndClearsEmptiedFields()
    {
        var user = await WebUser.RegisterAsync(factory);
        var id = await user.CreateNetworkAsync();
        await user.SaveCostsAsync(id, ("YearlyFee", "600"), ("CostPerEvent", "20"));
        await user.SwitchLanguageAsync("en-GB");

        var saved = await user.SaveCostsAsync(id, ("AdmissionFee", "1,234.50"), ("YearlyFee", "49,90"), ("CostPerEvent", ""));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var network = await factory.WithDbAsync(db => db.Networks.SingleAsync(n => n.Id == id));
        Assert.Equal(1234.50m, network.AdmissionFee);
        Assert.Equal(49.90m, network.YearlyFee);
        Assert.Null(network.CostPerEvent);
    }

    [Theory]
    [InlineData("AdmissionFee", "-5", "Bitte geben Sie einen Betrag zwischen 0 und 10.000.000 € an.")]
    [InlineData("YearlyFee", "10000001", "Bitte geben Sie einen Betrag zwischen 0 und 10.000.000 € an.")]
    [InlineData("YearlyFee", "10.000.000,01", "Bitte geben Sie einen Betrag zwischen 0 und 10.000.000 € an.")]
    [InlineData("CostPerEvent", "abc", "Bitte geben Sie einen Betrag in Euro an, z. B. 49,90.")]
    [InlineData("CostPerEvent", "12,345", "Bitte geben Sie höchstens zwei Stellen nach dem Komma an.")]
    [InlineData("HoursPerMonth", "745", "Ein Monat hat höchstens 744 Stunden.")]
    [InlineData("HoursPerMonth", "-1", "Ein Monat hat höchstens 744 Stunden.")]
    [InlineData("HoursPerMonth", "viel", "Bitte geben Sie die Stunden als Zahl an, z. B. 4 oder 2,5.")]
    [InlineData("MemberSince", "2999-01-01", "Das Datum liegt in der Zukunft.")]
    [InlineData("MemberSince", "0026-01-01", "Bitte prüfen Sie das Jahr.")]
    [InlineData("MemberSince", "gestern", "„gestern“ ist für „Dabei seit“ nicht gültig.")]
    public async Task BadInputIsNamedAtItsFieldAndNothingTypedIsLost(string field, string value, string message)
    {
        var user = await WebUser.RegisterAsync(factory);
        var id = await user.CreateNetworkAsync();
        (string, string?)[] typed = [("AdmissionFee", "150"), ("YearlyFee", "1.234,50"), ("CostPerEvent", "20"), ("HoursPerMonth", "4,5"), ("MemberSince", "2026-01-01")];

        var response = await user.SaveCostsAsync(id, [.. typed.Where(t => t.Item1 != field), (field, value)]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await WebUser.ParseAsync(response);
        Assert.Contains(message, page.Text($"[data-valmsg-for='Input.{field}']"), StringComparison.Ordinal);
        foreach (var (name, text) in typed.Where(t => t.Item1 != field).Append((field, value)))
        {
            Assert.Equal(text, page.QuerySelector($"#Input_{name}")!.GetAttribute("value"));
        }
        Assert.Null(await factory.WithDbAsync(db => db.Networks.Where(n => n.Id == id).Select(n => n.YearlyFee).SingleAsync()));
    }

    [Fact]
    public async Task AnotherUsersNetworkIsNotFound()
    {
        var owner = await WebUser.RegisterAsync(factory);
        var id = await owner.CreateNetworkAsync();
        var stranger = await WebUser.RegisterAsync(factory);
        var own = await stranger.CreateNetworkAsync();
        var token = (await stranger.GetDocumentAsync($"/Networks/Costs/{own}")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        var get = await stranger.Client.GetAsync($"/Networks/Costs/{id}", TestContext.Current.CancellationToken);
        var post = await stranger.Client.PostAsync($"/Networks/Costs/{id}",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["Input.YearlyFee"] = "1" }), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        Assert.Null(await factory.WithDbAsync(db => db.Networks.Where(n => n.Id == id).Select(n => n.YearlyFee).SingleAsync()));
    }

    [Fact]
    public async Task TheNetworkPageLinksToCostsAndJournal()
    {
        var user = await WebUser.RegisterAsync(factory);
        var id = await user.CreateNetworkAsync();

        var details = await user.GetDocumentAsync($"/Networks/Details/{id}");

        Assert.Equal($"/Networks/Costs/{id}", details.QuerySelector("#costs-open")!.GetAttribute("href"));
        Assert.Equal($"/Networks/Journal/{id}", details.QuerySelector("#journal-open")!.GetAttribute("href"));
        Assert.NotNull(details.QuerySelector("#value-empty"));
    }
}
