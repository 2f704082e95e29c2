using Microsoft.EntityFrameworkCore;
using NetzwerkCheck.Web.Pages.Networks;
using NetzwerkCheck.Web.Tests.Infrastructure;

namespace NetzwerkCheck.Web.Tests.Pages.Networks;

/// <summary>
/// The dashboard's usual orders read one page of networks straight from an index, in order, instead of sorting every
/// network of the account on each request. The indexes are on expressions (migration <c>NetworkListOrderIndexes</c>),
/// which EF's model does not know: a later migration that rebuilds the table could drop them unnoticed, and a changed
/// order expression would no longer match them. Both show up here as a sort in the query plan.
/// </summary>
public sealed class DashboardIndexTests(NetzwerkCheckFactory factory) : IClassFixture<NetzwerkCheckFactory>
{
    [Theory]
    [InlineData(null)]
    [InlineData("punkte")]
    [InlineData("geprueft")]
    [InlineData("geaendert")]
    public async Task APageOfTheListIsReadInIndexOrderWithoutSortingAllNetworks(string? sort)
    {
        _ = factory.Server;
        var plan = await factory.WithDbAsync(async db =>
        {
            var list = NetworkListQuery.Parse(null, sort, "3");
            // The shape of the dashboard's page query (IndexModel.RowsAsync): the client's name and whether a draft is open.
            var page = list.Ordered(db.Networks.Where(n => n.OwnerId == "konto"))
                .Skip(50).Take(NetworkListQuery.PageSize)
                .Select(n => new { n.Id, n.Name, ClientName = n.Client != null ? n.Client.Name : null, HasDraft = n.Assessments.Any(a => a.CompletedUtc == null) });
            await using var command = page.CreateDbCommand();
            command.CommandText = "EXPLAIN QUERY PLAN " + command.CommandText;
            await command.Connection!.OpenAsync(TestContext.Current.CancellationToken);
            await using var reader = await command.ExecuteReaderAsync(TestContext.Current.CancellationToken);
            var steps = new List<string>();
            while (await reader.ReadAsync(TestContext.Current.CancellationToken))
            {
                steps.Add(reader.GetString(3));
            }
            return string.Join(" | ", steps);
        });

        Assert.Contains("USING INDEX IX_Networks_List_", plan, StringComparison.Ordinal);
        Assert.DoesNotContain("TEMP B-TREE", plan, StringComparison.Ordinal);
    }
}
