using NetzwerkCheck.Domain.Workshops;

namespace NetzwerkCheck.Domain.Tests.Workshops;

/// <summary>A group assessment's take-home: one phone's answers next to the room's agreed values.</summary>
public sealed class RoomComparisonRules
{
    private static readonly IReadOnlyList<WorkshopQuestion> Items = WorkshopQuestions.NetworkAssessment;

    [Theory]
    [InlineData("3", "3", ComparisonState.Same)]
    [InlineData("4", "3", ComparisonState.Close)]
    [InlineData("2", "3", ComparisonState.Close)]
    [InlineData("1", "3", ComparisonState.Differs)]
    [InlineData("0", "4", ComparisonState.Differs)]
    public void OnAScaleMoreThanOneStepFromTheRoomIsADifferentView(string mine, string agreed, ComparisonState state)
    {
        var rows = RoomComparison.For(Items, new Dictionary<string, string> { ["knowledge-talks"] = mine }, new Dictionary<string, string> { ["knowledge-talks"] = agreed });

        Assert.Equal(state, rows.Single(r => r.Question.Key == "knowledge-talks").State);
    }

    [Fact]
    public void RedFlagsDifferWhenTheSetsDiffer()
    {
        var agreed = new Dictionary<string, string> { ["red-flags"] = "OssifiedStructures,PressureToBuy" };

        Assert.Equal(ComparisonState.Same, StateOf(new() { ["red-flags"] = "OssifiedStructures,PressureToBuy" }, agreed));
        Assert.Equal(ComparisonState.Differs, StateOf(new() { ["red-flags"] = "PressureToBuy" }, agreed));
        Assert.Equal(ComparisonState.Differs, StateOf(new() { ["red-flags"] = "none" }, agreed));
        Assert.Equal(ComparisonState.Same, StateOf(new() { ["red-flags"] = "none" }, new() { ["red-flags"] = "none" }));
    }

    [Fact]
    public void EveryItemIsListedOpenOnesAndUnansweredOnesSaySo()
    {
        var mine = new Dictionary<string, string> { ["group-conduct"] = "2", ["group-size"] = "4", ["knowledge-talks"] = "kaputt" };
        var agreed = new Dictionary<string, string> { ["group-conduct"] = "5", ["knowledge-talks"] = "3", ["group-results"] = "3" };

        var rows = RoomComparison.For(Items, mine, agreed);

        Assert.Equal(12, rows.Count);
        Assert.Equal(ComparisonState.Differs, rows.Single(r => r.Question.Key == "group-conduct").State);
        Assert.Equal(ComparisonState.LeftOpen, rows.Single(r => r.Question.Key == "group-size").State);
        // A stored value that no longer fits the item counts as no answer.
        Assert.Equal(ComparisonState.NotAnswered, rows.Single(r => r.Question.Key == "knowledge-talks").State);
        Assert.Equal(ComparisonState.NotAnswered, rows.Single(r => r.Question.Key == "group-results").State);
        Assert.Equal(1, RoomComparison.DiffersCount(rows));
        Assert.Equal(["2"], rows.Single(r => r.Question.Key == "group-conduct").Mine);
        Assert.Equal(["5"], rows.Single(r => r.Question.Key == "group-conduct").Agreed);
    }

    [Fact]
    public void OwnOpenQuestionsAndSlidesAreNotCompared()
    {
        var items = Items.Append(new WorkshopQuestion("own-1", QuestionKind.OpenText, [], "Was fehlt?")).ToList();

        Assert.DoesNotContain(RoomComparison.For(items, new Dictionary<string, string>(), new Dictionary<string, string>()), r => r.Question.Key == "own-1");
    }

    private static ComparisonState StateOf(Dictionary<string, string> mine, Dictionary<string, string> agreed) =>
        RoomComparison.For(Items, mine, agreed).Single(r => r.Question.Key == "red-flags").State;
}
