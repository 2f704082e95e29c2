using NetzwerkCheck.Domain.Workshops;

namespace NetzwerkCheck.Domain.Tests.Workshops;

public sealed class WorkshopCatalogue
{
    [Fact]
    public void TheSequenceRunsFromStyleOverKindsCriteriaATipAndWhatPeopleBringInToTheDebrief()
    {
        Assert.Equal(
            ["style", "network-kinds", "conduct", "size", "member-interviews", "trial-period", "tip", "contributions", "debrief"],
            WorkshopQuestions.Challenge.Select(q => q.Key));
        Assert.Equal(
            [QuestionKind.SingleChoice, QuestionKind.MultipleChoice, QuestionKind.Rating, QuestionKind.Rating, QuestionKind.Rating, QuestionKind.Rating, QuestionKind.OpenText, QuestionKind.MultipleChoice, QuestionKind.Debrief],
            WorkshopQuestions.Challenge.Select(q => q.Kind));
        Assert.All(WorkshopQuestions.Challenge.Where(q => q.Kind == QuestionKind.Rating), q => Assert.Equal(["1", "2", "3", "4", "5"], q.Options));
        Assert.Equal(["knowledge", "referrals", "organising", "introductions", "nothing-yet"], WorkshopQuestions.Challenge[^2].Options);
        Assert.Equal("nothing-yet", WorkshopQuestions.Challenge[^2].ExclusiveOption);
        Assert.Empty(WorkshopQuestions.Challenge[^1].Options);
    }

    [Theory]
    [InlineData(-3, "style")]
    [InlineData(0, "style")]
    [InlineData(2, "conduct")]
    [InlineData(6, "tip")]
    [InlineData(7, "contributions")]
    [InlineData(99, "debrief")]
    public void AnIndexOutsideTheSequenceMeansItsNearestEnd(int index, string key) =>
        Assert.Equal(key, Workshop.Open("owner", "Titel", WorkshopKind.Challenge, "ABCDEF", "salt", DateTime.UnixEpoch).QuestionAt(index).Key);

    [Fact]
    public void ANewWorkshopCopiesItsKindsSequenceSoLaterEditsStayItsOwn()
    {
        var workshop = Workshop.Open("owner", "Titel", WorkshopKind.Challenge, "ABCDEF", "salt", DateTime.UnixEpoch);
        workshop.Questions.RemoveAt(0);
        Assert.Equal(8, workshop.Questions.Count);
        Assert.Equal(9, WorkshopQuestions.Challenge.Count);
        Assert.Equal((1, "network-kinds"), (workshop.CurrentNumber, workshop.Current.Key));
    }
}

public sealed class AnswerNormalization
{
    private static WorkshopQuestion Q(string key) => WorkshopQuestions.Challenge.Single(q => q.Key == key);

    [Theory]
    [InlineData("style", new[] { "hunter" }, "hunter")]
    [InlineData("style", new[] { "gatherer" }, "gatherer")]
    [InlineData("style", new[] { "Hunter" }, null)]
    [InlineData("style", new[] { "hunter", "gatherer" }, null)]
    [InlineData("style", new string[0], null)]
    [InlineData("conduct", new[] { "1" }, "1")]
    [InlineData("conduct", new[] { "5" }, "5")]
    [InlineData("conduct", new[] { "0" }, null)]
    [InlineData("conduct", new[] { "6" }, null)]
    [InlineData("conduct", new[] { "3.5" }, null)]
    [InlineData("conduct", new[] { " 3" }, null)]
    public void OneChoiceMustBeExactlyOneOfferedOption(string key, string[] values, string? stored) =>
        Assert.Equal(stored, WorkshopQuestions.Normalize(Q(key), values));

    [Theory]
    [InlineData(new[] { "referral", "knowledge" }, "knowledge,referral")]
    [InlineData(new[] { "service", "service" }, "service")]
    [InlineData(new[] { "knowledge", "service", "referral" }, "knowledge,service,referral")]
    [InlineData(new[] { "knowledge", "club" }, null)]
    [InlineData(new[] { "knowledge,service" }, null)]
    [InlineData(new string[0], null)]
    public void SeveralChoicesAreStoredOnceEachInCatalogueOrder(string[] values, string? stored) =>
        Assert.Equal(stored, WorkshopQuestions.Normalize(Q("network-kinds"), values));

    [Theory]
    [InlineData(new[] { "introductions", "knowledge" }, "knowledge,introductions")]
    [InlineData(new[] { "nothing-yet" }, "nothing-yet")]
    [InlineData(new[] { "nothing-yet", "nothing-yet" }, "nothing-yet")]
    [InlineData(new[] { "nothing-yet", "referrals" }, null)]
    [InlineData(new[] { "KnowledgeOrTalks" }, null)]
    public void NothingForNowStandsAlone(string[] values, string? stored)
    {
        Assert.Equal(stored, WorkshopQuestions.Normalize(Q("contributions"), values));
        Assert.Equal(values.Contains("nothing-yet") && values.Distinct().Count() > 1, WorkshopQuestions.IsExclusiveCombined(Q("contributions"), values));
    }

    [Fact]
    public void TheDebriefTakesNoAnswer()
    {
        Assert.Null(WorkshopQuestions.Normalize(Q("debrief"), ["hunter"]));
        Assert.Null(WorkshopQuestions.Normalize(Q("debrief"), []));
    }

    [Fact]
    public void OpenTextIsTrimmedAndLimited()
    {
        var tip = Q("tip");
        Assert.Equal("Zuhören", WorkshopQuestions.Normalize(tip, ["  Zuhören \n"]));
        Assert.Equal(new string('x', 300), WorkshopQuestions.Normalize(tip, [new string('x', 300)]));
        Assert.Null(WorkshopQuestions.Normalize(tip, [new string('x', 301)]));
        Assert.Null(WorkshopQuestions.Normalize(tip, ["   "]));
        Assert.Null(WorkshopQuestions.Normalize(tip, []));
        Assert.Null(WorkshopQuestions.Normalize(tip, [null]));
        Assert.Null(WorkshopQuestions.Normalize(Q("network-kinds"), [null]));
        Assert.Null(WorkshopQuestions.Normalize(tip, ["eins", "zwei"]));
    }
}

public sealed class TallyRules
{
    private static WorkshopQuestion Q(string key) => WorkshopQuestions.Challenge.Single(q => q.Key == key);

    [Fact]
    public void SingleChoiceCountsEveryOptionInCatalogueOrderZerosIncluded()
    {
        var tally = WorkshopTally.For(Q("style"), ["gatherer", "gatherer", "gatherer"]);

        Assert.Equal([("hunter", 0), ("gatherer", 3)], tally.Counts);
        Assert.Equal((3, 3, null), (tally.Respondents, tally.MaxCount, tally.Average));
        Assert.Empty(tally.Texts);
    }

    [Fact]
    public void SeveralChoicesCountPerOptionButPeopleOnce()
    {
        // Two people: one in a knowledge and a referral network, one in all three kinds.
        var tally = WorkshopTally.For(Q("network-kinds"), ["knowledge,referral", "knowledge,service,referral"]);

        Assert.Equal([("knowledge", 2), ("service", 1), ("referral", 2)], tally.Counts);
        Assert.Equal(2, tally.Respondents);
    }

    [Fact]
    public void RatingsGetTheirMean()
    {
        // (5 + 4 + 4 + 1) / 4 = 3.5
        var tally = WorkshopTally.For(Q("size"), ["5", "4", "4", "1"]);

        Assert.Equal([("1", 1), ("2", 0), ("3", 0), ("4", 2), ("5", 1)], tally.Counts);
        Assert.Equal(3.5, tally.Average);
    }

    [Fact]
    public void OpenAnswersAreListedSortedWithoutCountsOrAuthors()
    {
        var values = new[] { "Zuhören", "Anrufen statt mailen", "Geduld" };
        var tally = WorkshopTally.For(Q("tip"), values, values);

        Assert.Equal([("Anrufen statt mailen", 1), ("Geduld", 1), ("Zuhören", 1)], tally.Texts);
        Assert.Empty(tally.Counts);
        Assert.Equal((3, 0, null), (tally.Respondents, tally.MaxCount, tally.Average));
    }

    [Fact]
    public void NoAnswersYetIsAnEmptyTallyNotAnError()
    {
        var tally = WorkshopTally.For(Q("conduct"), []);

        Assert.Equal(0, tally.Respondents);
        Assert.Null(tally.Average);
        Assert.All(tally.Counts, c => Assert.Equal(0, c.Count));
        Assert.Equal(0, tally.MaxCount);
    }
}
