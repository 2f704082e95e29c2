using System.Net;
using Microsoft.EntityFrameworkCore;
using NetzwerkCheck.Domain.Assessments;
using NetzwerkCheck.Web.Tests.Infrastructure;

namespace NetzwerkCheck.Web.Tests.Pages.Checks;

/// <summary>The step that asks what the user brings in, and how the verdict uses it.</summary>
public sealed class ContributionStepTests(NetzwerkCheckFactory factory) : IClassFixture<NetzwerkCheckFactory>
{
    [Fact]
    public async Task ContributionsAndTimeAreStored()
    {
        var user = await WebUser.RegisterAsync(factory);
        var id = await user.StartCheckAsync(await user.CreateNetworkAsync());

        var response = await user.SubmitAsync($"/Checks/Contribution/{id}", [
            ("Input.Contributions", "ReferralsForOthers"), ("Input.Contributions", "KnowledgeOrTalks"), ("Input.Contributions", "KnowledgeOrTalks"),
            ("Input.HoursPerMonth", "12"), ("Input.HasFocusTopics", "true"), ("go", "next")]);

        Assert.Equal($"/Checks/Type/{id}", response.Headers.Location!.OriginalString);
        var stored = await factory.WithDbAsync(db => db.Assessments.SingleAsync(a => a.Id == id));
        Assert.Equal([Contribution.KnowledgeOrTalks, Contribution.ReferralsForOthers], stored.Contributions);
        Assert.Equal(12, stored.HoursPerMonth);
        Assert.True(stored.HasFocusTopics);
    }

    [Theory]
    [InlineData("Input.HoursPerMonth", "201", "Bitte geben Sie zwischen 0 und 200 Stunden im Monat an.")]
    [InlineData("Input.HoursPerMonth", "-1", "Bitte geben Sie zwischen 0 und 200 Stunden im Monat an.")]
    [InlineData("Input.HoursPerMonth", "viele", "Der Wert „viele“ ist für „Stunden im Monat“ nicht gültig.")]
    [InlineData("Input.Contributions", "Everything", "Der Wert „Everything“ ist nicht gültig.")]
    [InlineData("Input.Contributions", "HelpOrganising", "„Vorerst nichts“ passt nicht zu einem Beitrag")]
    public async Task BadInputGetsAGermanMessageAndKeepsTheOtherAnswers(string field, string value, string message)
    {
        var user = await WebUser.RegisterAsync(factory);
        var id = await user.StartCheckAsync(await user.CreateNetworkAsync());

        var response = await user.SubmitAsync($"/Checks/Contribution/{id}", [("Input.Contributions", "NothingYet"), (field, value), ("go", "next")]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = await WebUser.ParseAsync(response);
        var summary = document.QuerySelector(".error-summary")!.TextContent;
        Assert.True(summary.Contains(message, StringComparison.Ordinal), summary);
        Assert.NotNull(document.QuerySelector("input[name='Input.Contributions'][value='NothingYet'][checked]"));
        Assert.Empty(await factory.WithDbAsync(db => db.Assessments.Where(a => a.Id == id).Select(a => a.Contributions).SingleAsync()));
    }

    [Fact]
    public async Task APlanToOnlyTakeIsNamedInTheVerdict()
    {
        var user = await WebUser.RegisterAsync(factory);
        var id = await user.StartCheckAsync(await user.CreateNetworkAsync());
        await user.SubmitAsync($"/Checks/Contribution/{id}", [("Input.Contributions", "NothingYet"), ("go", "next")]);
        await user.SubmitAsync($"/Checks/Criteria/{id}", [
            ("Criteria[0].Rating", "5"), ("Criteria[1].Rating", "5"), ("Criteria[2].Rating", "5"), ("Criteria[3].Rating", "5"), ("Criteria[4].Rating", "5"),
            ("TrialWeeks", "16"), ("go", "next")]);

        var result = await WebUser.ParseAsync(await user.Client.GetAsync(
            (await user.SubmitAsync($"/Checks/Flags/{id}", [("go", "next")])).Headers.Location, TestContext.Current.CancellationToken));

        var findings = result.QuerySelector(".verdict-findings")!.TextContent;
        Assert.Contains("Sie wollen vorerst nichts einbringen.", findings);
        Assert.Contains("Fangen Sie mit dem Geben an", result.QuerySelector(".next-steps")!.TextContent);
    }
}
