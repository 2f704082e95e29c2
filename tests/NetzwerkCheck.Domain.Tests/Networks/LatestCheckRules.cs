using NetzwerkCheck.Domain.Assessments;
using NetzwerkCheck.Domain.Networks;

namespace NetzwerkCheck.Domain.Tests.Networks;

/// <summary>The network keeps its latest completed check's date and score, for the list's sort orders.</summary>
public sealed class LatestCheckRules
{
    private static readonly DateTime March = new(2026, 3, 2, 9, 0, 0, DateTimeKind.Utc);

    private static Network Network() => new() { Id = 7, OwnerId = "u", Name = "Stammtisch" };

    private static Assessment Checked(DateTime? completed, int? score) => new() { NetworkId = 7, CompletedUtc = completed, Score = score };

    [Fact]
    public void ANewerCheckReplacesTheOlderOneAndAnOlderOneNeverTheNewer()
    {
        var network = Network();

        network.NoteCompleted(Checked(March, 72));
        network.NoteCompleted(Checked(March.AddDays(-30), 95));

        Assert.Equal((March, 72), (network.LatestCheckedUtc, network.LatestScore));

        network.NoteCompleted(Checked(March.AddDays(14), null));
        Assert.Equal((March.AddDays(14), (int?)null), (network.LatestCheckedUtc, network.LatestScore));
    }

    [Fact]
    public void CompletingTheLatestAgainTakesItsNewScoreAndADraftChangesNothing()
    {
        var network = Network();
        network.NoteCompleted(Checked(March, 72));

        network.NoteCompleted(Checked(March, 64));
        network.NoteCompleted(Checked(null, 10));

        Assert.Equal((March, 64), (network.LatestCheckedUtc, network.LatestScore));
    }

    [Fact]
    public void CompletingACheckInTheDomainNotesItOnItsNetwork()
    {
        var network = Network();
        var assessment = new Assessment
        {
            Network = network,
            Goal = Goal.WinClients,
            Style = NetworkerStyle.Hunter,
            ClassificationAnswers = new() { ["service-deals"] = 4 },
        };

        var result = assessment.Complete(AssessmentRules.Default, March);

        Assert.Equal((March, result.Score), (network.LatestCheckedUtc, network.LatestScore));
    }
}
