using System.Globalization;
using System.Net;
using System.Text;
using AngleSharp.Html.Dom;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using NetzwerkCheck.Domain.Assessments;
using NetzwerkCheck.Domain.Networks;
using NetzwerkCheck.Web.Tests.Infrastructure;

namespace NetzwerkCheck.Web.Tests.Pages.Networks;

/// <summary>The dashboard (/Networks) with many networks: 25 a page, searched by name and sorted in the database.</summary>
public sealed class DashboardTests(NetzwerkCheckFactory factory) : IClassFixture<NetzwerkCheckFactory>
{
    private static readonly DateTime Base = new(2026, 6, 1, 12, 0, 0, DateTimeKind.Utc);

    [Fact]
    public async Task SixtyNetworksMakeThreePagesAndABadPageNumberShowsTheNearestPage()
    {
        var user = await WebUser.RegisterAsync(factory);
        await SeedAsync(user);

        var first = await user.GetDocumentAsync("/Networks");
        var third = await user.GetDocumentAsync("/Networks?page=3");

        Assert.Equal(25, Names(first).Count);
        Assert.Equal([.. Numbered(1, 9), .. Numbered(11, 19), .. Numbered(21, 27)], Names(first));
        Assert.Equal("Seite 1 von 3", first.Text("#pager .pager-position"));
        Assert.Null(first.QuerySelector("#pager-prev"));
        Assert.Equal("/Networks?page=2", first.QuerySelector("#pager-next")!.GetAttribute("href"));
        Assert.Equal("Seiten", first.QuerySelector("nav#pager")!.GetAttribute("aria-label"));
        Assert.Equal(["Netz 56", "Netz 57", "Netz 58", "Netz 59", "Unternehmerclub Leipzig", "Netz 10", "Netz 20", "Netz 30", "Netz 40", "Netz 50"], Names(third));
        Assert.Equal("/Networks?page=2", third.QuerySelector("#pager-prev")!.GetAttribute("href"));
        Assert.Null(third.QuerySelector("#pager-next"));

        Assert.Equal(Names(third), Names(await user.GetDocumentAsync("/Networks?page=99999")));
        foreach (var bad in new[] { "0", "-3", "abc", "", "2147483648", "1e3" })
        {
            var response = await user.Client.GetAsync($"/Networks?page={Uri.EscapeDataString(bad)}", TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(Names(first), Names(await WebUser.ParseAsync(response)));
        }
    }

    [Fact]
    public async Task SortsByStatusScoreLastCheckAndLastChangeWithTheLatestResultCounting()
    {
        var user = await WebUser.RegisterAsync(factory);
        await SeedAsync(user);

        var byScore = await user.GetDocumentAsync("/Networks?sort=punkte");
        var byScoreLast = await user.GetDocumentAsync("/Networks?sort=punkte&page=2");
        var byChecked = await user.GetDocumentAsync("/Networks?sort=geprueft");
        var byChecked2 = await user.GetDocumentAsync("/Networks?sort=geprueft&page=2");
        var byStatus = await user.GetDocumentAsync("/Networks?sort=status");
        var byChange = await user.GetDocumentAsync("/Networks?sort=geaendert");

        // Networks 1–30 were checked twice: once long ago with 100 points, lately with as many points as their number.
        Assert.Equal(Numbered(30, 6), Names(byScore));
        Assert.Equal("30 von 100 Punkten", byScore.QuerySelectorAll("[data-latest-score]")[0].TextContent);
        Assert.Equal(Numbered(5, 1), Names(byScoreLast).Take(5));
        Assert.Equal("Noch nicht bewertet", byScoreLast.QuerySelectorAll(".network-card")[5].Text(".network-result .meta"));
        Assert.Equal(Numbered(1, 25), Names(byChecked));
        Assert.Equal(Numbered(26, 30), Names(byChecked2).Take(5));
        Assert.Equal(["Netz 05", "Netz 15", "Netz 25", "Netz 35", "Netz 45", "Netz 55", "Netz 01"], Names(byStatus).Take(7));
        Assert.Equal(Numbered(59, 35), Names(byChange));
        Assert.Equal("punkte", byScore.QuerySelector("#search-sort option[selected]")!.GetAttribute("value"));

        var unknown = await user.Client.GetAsync("/Networks?sort=%27%3B%20DROP%20TABLE", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, unknown.StatusCode);
        Assert.Equal(Names(await user.GetDocumentAsync("/Networks")), Names(await WebUser.ParseAsync(unknown)));
    }

    [Fact]
    public async Task SearchFindsNamesRegardlessOfCaseAndNeverSomeoneElsesNetworks()
    {
        var user = await WebUser.RegisterAsync(factory);
        await SeedAsync(user);
        var stranger = await WebUser.RegisterAsync(factory);
        await stranger.CreateNetworkAsync("Unternehmerclub Fremd");

        Assert.Equal(["Unternehmerclub Leipzig"], Names(await user.GetDocumentAsync("/Networks?q=unternehmer")));
        Assert.Equal(["Unternehmerclub Leipzig"], Names(await user.GetDocumentAsync("/Networks?q=%20%20UNTERNEHMER%20")));
        Assert.Equal(Numbered(1, 9), Names(await user.GetDocumentAsync("/Networks?q=netz+0")));
        Assert.Equal(["Unternehmerclub Fremd"], Names(await stranger.GetDocumentAsync("/Networks?q=unternehmer")));

        var none = await user.GetDocumentAsync("/Networks?q=100%25&sort=punkte");
        Assert.Empty(Names(none));
        Assert.Equal("Kein Netzwerk passt zu „100%“", none.Text("#search-empty h2"));
        Assert.Equal("/Networks?sort=punkte", none.QuerySelector("#search-clear")!.GetAttribute("href"));
        Assert.Equal("100%", none.QuerySelector("#search-q")!.GetAttribute("value"));
        Assert.Empty(Names(await user.GetDocumentAsync("/Networks?q=Netz_0")));

        var tooLong = await user.Client.GetAsync("/Networks?q=" + new string('x', 5000), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, tooLong.StatusCode);
        var cut = await WebUser.ParseAsync(tooLong);
        Assert.Equal(120, cut.QuerySelector("#search-q")!.GetAttribute("value")!.Length);
        Assert.Contains("ersten 120 Zeichen", cut.Text("#search-cut"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ClientSearchAndOrderAreKeptInEveryLinkAndTheCsvHoldsEveryNetwork()
    {
        var user = await WebUser.RegisterAsync(factory);
        var client = await SeedAsync(user);

        var page = await user.GetDocumentAsync($"/Networks?client={client}&q=netz&sort=punkte");
        Assert.Equal("Seite 1 von 2", page.Text("#pager .pager-position"));
        var next = QueryHelpers.ParseQuery(new Uri("http://x" + page.QuerySelector("#pager-next")!.GetAttribute("href")).Query);
        Assert.Equal(client.ToString(CultureInfo.InvariantCulture), next["client"]);
        Assert.Equal("netz", next["q"]);
        Assert.Equal("punkte", next["sort"]);
        Assert.Equal("2", next["page"]);
        var second = await user.GetDocumentAsync(page.QuerySelector("#pager-next")!.GetAttribute("href")!);
        Assert.Equal(15, Names(second).Count);
        Assert.All(Names(second), n => Assert.StartsWith("Netz ", n, StringComparison.Ordinal));

        Assert.Equal(client.ToString(CultureInfo.InvariantCulture), page.QuerySelector("#network-search input[name=client]")!.GetAttribute("value"));
        Assert.Equal("netz", page.QuerySelector("#client-filter input[name=q]")!.GetAttribute("value"));
        Assert.Equal("punkte", page.QuerySelector("#client-filter input[name=sort]")!.GetAttribute("value"));

        var all = await user.GetDocumentAsync("/Networks?page=2");
        var csv = await user.Client.GetAsync(all.QuerySelector("#networks-csv")!.GetAttribute("href")!, TestContext.Current.CancellationToken);
        var lines = Encoding.UTF8.GetString((await csv.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken))[3..])
            .Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(61, lines.Length);
        Assert.Contains(lines, l => l.Contains(";Unternehmerclub Leipzig;", StringComparison.Ordinal));
    }

    [Fact]
    public async Task OfTwoChecksCompletedAtTheSameMomentTheLaterRowCounts()
    {
        var user = await WebUser.RegisterAsync(factory);
        var id = await user.CreateNetworkAsync("Zwillingsclub");
        await factory.WithDbAsync(async db =>
        {
            var network = await db.Networks.SingleAsync(n => n.Id == id);
            foreach (var score in (int[])[40, 85])
            {
                var check = Completed(id, Base, score);
                db.Assessments.Add(check);
                network.NoteCompleted(check);
                await db.SaveChangesAsync();
            }
            return 0;
        });

        var document = await user.GetDocumentAsync("/Networks");

        Assert.Equal(["85 von 100 Punkten"], document.Texts("[data-latest-score]"));
    }

    [Fact]
    public async Task OnePageNeedsNoPager()
    {
        var user = await WebUser.RegisterAsync(factory);
        await user.CreateNetworkAsync("Einziges Netzwerk");

        var page = await user.GetDocumentAsync("/Networks?page=5");

        Assert.Equal(["Einziges Netzwerk"], Names(page));
        Assert.Null(page.QuerySelector("#pager"));
        Assert.NotNull(page.QuerySelector("#network-search label[for=search-q]"));
        Assert.NotNull(page.QuerySelector("#network-search label[for=search-sort]"));
    }

    private static List<string> Names(IHtmlDocument page) => [.. page.Texts(".network-list .network-card h2")];

    /// <summary>"Netz 05", "Netz 06" … counting up or down from <paramref name="from"/> to <paramref name="to"/>.</summary>
    private static List<string> Numbered(int from, int to) =>
        [.. (from <= to ? Enumerable.Range(from, to - from + 1) : Enumerable.Range(to, from - to + 1).Reverse()).Select(i => $"Netz {i:00}")];

    /// <summary>
    /// 59 networks "Netz 01" … "Netz 59" and "Unternehmerclub Leipzig" straight into the database: every tenth left,
    /// every fifth of the rest on trial; 1–30 checked twice (100 points long ago, lately their number, the lower the
    /// number the more recently); 1–40 filed under a client, whose id is returned.
    /// </summary>
    private Task<int> SeedAsync(WebUser user) => SeedAsync(factory, user);

    internal static async Task<int> SeedAsync(NetzwerkCheckFactory factory, WebUser user)
    {
        var client = await user.CreateClientAsync("Kanzlei Nord");
        await factory.WithDbAsync(async db =>
        {
            var owner = await db.Users.Where(u => u.Email == user.Email).Select(u => u.Id).SingleAsync();
            var networks = Enumerable.Range(1, 59).Select(i => new Network
            {
                OwnerId = owner,
                Name = $"Netz {i:00}",
                OrganisationForm = OrganisationForm.Mixed,
                Status = i % 10 == 0 ? NetworkStatus.Left : i % 5 == 0 ? NetworkStatus.Trial : NetworkStatus.Member,
                ClientId = i <= 40 ? client : null,
                CreatedUtc = Base,
                UpdatedUtc = Base.AddMinutes(i),
            }).ToList();
            networks.Add(new Network { OwnerId = owner, Name = "Unternehmerclub Leipzig", Status = NetworkStatus.Member, CreatedUtc = Base, UpdatedUtc = Base.AddDays(-1) });
            db.Networks.AddRange(networks);
            await db.SaveChangesAsync();
            foreach (var (network, i) in networks.Take(30).Select((n, i) => (n, i + 1)))
            {
                var earlier = Completed(network.Id, Base.AddDays(-100), 100);
                var latest = Completed(network.Id, Base.AddHours(-i), i);
                db.Assessments.AddRange(earlier, latest);
                // What completing them in the app notes on the network (Assessment.Complete).
                network.NoteCompleted(earlier);
                network.NoteCompleted(latest);
            }
            return await db.SaveChangesAsync();
        });
        return client;
    }

    private static Assessment Completed(int networkId, DateTime when, int score) => new()
    {
        NetworkId = networkId,
        CreatedUtc = when,
        UpdatedUtc = when,
        CompletedUtc = when,
        Score = score,
        CompletenessPercent = 100,
        Recommendation = Recommendation.KeepTesting,
    };
}
