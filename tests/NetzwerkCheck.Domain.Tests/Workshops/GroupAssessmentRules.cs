using NetzwerkCheck.Domain.Assessments;
using NetzwerkCheck.Domain.Networks;
using NetzwerkCheck.Domain.Workshops;

namespace NetzwerkCheck.Domain.Tests.Workshops;

public sealed class GroupAssessmentCatalogue
{
    [Fact]
    public void TheRoomJudgesTheSixStatementsTheFiveCriteriaAndTheRedFlags()
    {
        var items = WorkshopQuestions.For(WorkshopKind.NetworkAssessment);

        Assert.Equal(
            ["knowledge-talks", "knowledge-exchange", "service-deals", "service-results", "referral-relationships", "referral-introductions",
             "group-conduct", "group-size", "group-member-interviews", "group-trial-period", "group-results", "red-flags"],
            items.Select(q => q.Key));
        Assert.All(items.Take(6), q => Assert.Equal(["0", "1", "2", "3", "4"], q.Options));
        Assert.All(items.Skip(6).Take(5), q => Assert.Equal(["1", "2", "3", "4", "5"], q.Options));
        Assert.Equal(QuestionKind.MultipleChoice, items[^1].Kind);
        Assert.Equal(["OssifiedStructures", "GroupDynamicsAgainstPurpose", "EveryoneOnlyTakes", "NewcomersIgnored", "PressureToBuy", "none"], items[^1].Options);
        Assert.Same(WorkshopQuestions.Challenge, WorkshopQuestions.For(WorkshopKind.Challenge));
    }

    [Theory]
    [InlineData(new[] { "none" }, "none")]
    [InlineData(new[] { "PressureToBuy", "OssifiedStructures" }, "OssifiedStructures,PressureToBuy")]
    [InlineData(new[] { "none", "PressureToBuy" }, null)]
    [InlineData(new[] { "none", "none" }, "none")]
    [InlineData(new[] { "Pressure" }, null)]
    public void NoneOfTheseStandsAlone(string[] values, string? stored) =>
        Assert.Equal(stored, WorkshopQuestions.Normalize(WorkshopQuestions.NetworkAssessment[^1], values));

    [Theory]
    [InlineData("0", "0")]
    [InlineData("4", "4")]
    [InlineData("5", null)]
    [InlineData("-1", null)]
    public void StatementsTakeTheAgreementScale(string value, string? stored) =>
        Assert.Equal(stored, WorkshopQuestions.Normalize(WorkshopQuestions.NetworkAssessment[0], [value]));

    [Fact]
    public void AGroupAssessmentKeepsItsNetworkThresholdGoalAndStyle()
    {
        var workshop = Workshop.OpenNetworkAssessment("owner", "Titel", 7, 5, Goal.WinClients, NetworkerStyle.Hunter, "ABCDEF", "salt", DateTime.UnixEpoch);

        Assert.Equal((WorkshopKind.NetworkAssessment, 7, 5, 12), (workshop.Kind, workshop.NetworkId, workshop.RevealThreshold, workshop.Questions.Count));
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            Workshop.OpenNetworkAssessment("owner", "Titel", 7, 21, Goal.WinClients, NetworkerStyle.Hunter, "ABCDEF", "salt", DateTime.UnixEpoch));
    }
}

public sealed class RoomReadings
{
    private static WorkshopQuestion Q(string key) => WorkshopQuestions.NetworkAssessment.Single(q => q.Key == key);

    private static RoomReading Read(string key, int threshold, params string[] answers) =>
        RoomReading.Of(WorkshopTally.For(Q(key), answers), threshold);

    [Fact]
    public void ARoomThatLargelyAgreesHasItsMedianAndNoDisagreement()
    {
        // 2, 3, 3, 3, 4, 4: the lower middle is 3; 2 and 4 are one step away, none further.
        var reading = Read("group-conduct", 3, "4", "3", "2", "3", "4", "3");

        Assert.Equal((6, 3, 0, false, "3"), (reading.Answers, reading.Median, reading.OutsidePercent, reading.Disagrees, reading.Suggested));
        Assert.Equal([0, 17, 50, 33, 0], reading.Shares.Select(s => s.Percent));
        Assert.True(reading.Shown);
    }

    [Fact]
    public void ASplitRoomDisagrees()
    {
        // 1, 1, 2, 4, 5, 5: median 2; 4, 5 and 5 are more than one step away: 3 of 6 = 50 %.
        var reading = Read("group-size", 3, "5", "1", "4", "1", "5", "2");

        Assert.Equal((2, 50, true), (reading.Median, reading.OutsidePercent, reading.Disagrees));
    }

    [Fact]
    public void AnEvenSplitTakesTheLowerMiddleValue()
    {
        // 2, 2, 4, 4: the middle two are 2 and 4; the room's value is 2, and both 4s are two steps away.
        var reading = Read("group-results", 1, "4", "2", "4", "2");

        Assert.Equal((2, 50, true), (reading.Median, reading.OutsidePercent, reading.Disagrees));
    }

    [Theory]
    [InlineData(new[] { "3", "3", "3", "3", "3", "3", "3", "1", "5" }, 22, false)]
    [InlineData(new[] { "3", "3", "3", "3", "3", "3", "1", "5", "5" }, 33, true)]
    [InlineData(new[] { "2", "3", "1" }, 0, false)]
    [InlineData(new[] { "3", "3", "1" }, 33, true)]
    public void TheRoomDisagreesFromThirtyPercentMoreThanOneStepAway(string[] answers, int outsidePercent, bool disagrees)
    {
        var reading = Read("group-member-interviews", 3, answers);

        Assert.Equal((outsidePercent, disagrees), (reading.OutsidePercent, reading.Disagrees));
    }

    [Fact]
    public void TheAgreementScaleStartsAtZero()
    {
        // 0, 0, 1, 4: median 0; only the 4 is further than one step: 25 %.
        var reading = Read("service-deals", 3, "0", "4", "1", "0");

        Assert.Equal((0, 25, false, "0"), (reading.Median, reading.OutsidePercent, reading.Disagrees, reading.Suggested));
    }

    [Fact]
    public void BelowTheThresholdNothingIsShownButTheCount()
    {
        var reading = Read("group-conduct", 5, "4", "2");

        Assert.False(reading.Shown);
        Assert.Equal((2, 3), (reading.Answers, reading.Missing));
    }

    [Fact]
    public void NoAnswersHaveNoMedianAndNoSuggestion()
    {
        var reading = Read("group-conduct", 3);

        Assert.Equal((0, null, null, false, null), (reading.Answers, reading.Median, reading.OutsidePercent, reading.Disagrees, reading.Suggested));
    }

    [Fact]
    public void RedFlagsShowTheShareOfTheRoomTickingEachAndWhatHalfOfItSees()
    {
        // Five people: three see pressure to buy (60 %, split), two of them also ossified structures (40 %, split), two tick none.
        var reading = Read("red-flags", 3, "OssifiedStructures,PressureToBuy", "OssifiedStructures,PressureToBuy", "PressureToBuy", "none", "none");

        Assert.Equal([40, 0, 0, 0, 60, 40], reading.Shares.Select(s => s.Percent));
        Assert.True(reading.Disagrees);
        Assert.Equal("PressureToBuy", reading.Suggested);
        Assert.Null(reading.Median);
    }

    [Fact]
    public void AFlagTheWholeRoomSeesIsNoDisagreement()
    {
        // Four of four see everyone only taking (100 %); one also newcomers ignored (25 %, below 30 %).
        var reading = Read("red-flags", 3, "EveryoneOnlyTakes", "EveryoneOnlyTakes,NewcomersIgnored", "EveryoneOnlyTakes", "EveryoneOnlyTakes");

        Assert.False(reading.Disagrees);
        Assert.Equal("EveryoneOnlyTakes", reading.Suggested);
    }

    [Fact]
    public void WhenNoFlagReachesHalfTheRoomTheSuggestionIsNone()
    {
        var reading = Read("red-flags", 3, "OssifiedStructures", "none", "none", "none");

        Assert.Equal(("none", false), (reading.Suggested, reading.Disagrees));
    }
}

public sealed class GroupAssessmentCompletion
{
    private static readonly DateTime Now = new(2026, 12, 1, 18, 0, 0, DateTimeKind.Utc);

    private static Workshop NewWorkshop(int threshold = 3) =>
        Workshop.OpenNetworkAssessment("owner", "Verein", 7, threshold, Goal.ShareKnowledge, NetworkerStyle.Gatherer, "ABCDEF", "salt", Now);

    private static List<WorkshopTally> Tallies(Workshop workshop, Dictionary<string, string[]> answers) =>
        [.. workshop.Questions.Select(q => WorkshopTally.For(q, answers.GetValueOrDefault(q.Key, [])))];

    [Fact]
    public void AgreedValuesBecomeACompletedAssessmentWithTheRoomsEvidence()
    {
        var workshop = NewWorkshop();
        var network = new Network { Id = 7, OwnerId = "owner", Name = "Verein" };
        var previous = new Assessment { Goal = Goal.WinClients, Style = NetworkerStyle.Hunter, HoursPerMonth = 6, ClassificationAnswers = { ["service-deals"] = 4 } };
        var tallies = Tallies(workshop, new()
        {
            ["knowledge-talks"] = ["4", "3", "4"],
            ["group-conduct"] = ["4", "4", "2", "1"],
            ["group-size"] = ["3", "5"],
            ["red-flags"] = ["none", "none", "PressureToBuy"],
        });
        var agreed = new Dictionary<string, string> { ["knowledge-talks"] = "4", ["group-conduct"] = "3", ["red-flags"] = "none", ["group-size"] = "9" };

        var assessment = GroupAssessment.Complete(workshop, network, previous, agreed, tallies, 4, AssessmentRules.Default, new DateOnly(2026, 12, 1), Now);

        Assert.True(assessment.IsCompleted);
        Assert.True(assessment.IsGroupAssessment);
        Assert.Equal((Goal.ShareKnowledge, NetworkerStyle.Gatherer, 6), (assessment.Goal, assessment.Style, assessment.HoursPerMonth));
        // Only what the room agreed on: the previous check's statement answer is not carried over, the tampered size value is ignored.
        Assert.Equal(new Dictionary<string, int> { ["knowledge-talks"] = 4 }, assessment.ClassificationAnswers);
        Assert.Equal(3, assessment.RatingFor(Criterion.Conduct).Rating);
        Assert.Null(assessment.RatingFor(Criterion.Size).Rating);
        Assert.Empty(assessment.RedFlags);
        Assert.NotNull(assessment.Score);

        var evidence = assessment.Group!;
        Assert.Equal((3, 4, 12), (evidence.RevealThreshold, evidence.Participants, evidence.Items.Count));
        // 1, 2, 4, 4: median 2, both 4s two steps away (50 %): the room disagreed, and the facilitator settled on 3.
        var conduct = evidence.Items.Single(i => i.Key == "group-conduct");
        Assert.Equal(("3", 4, 2, 50, true), (conduct.Agreed, conduct.Answers, conduct.Median, conduct.OutsidePercent, conduct.Disagrees));
        Assert.Equal([1, 1, 0, 2, 0], conduct.Distribution!.Select(d => d.Count));
        // Two answers are below the threshold of three: the count stays, the distribution does not.
        var size = evidence.Items.Single(i => i.Key == "group-size");
        Assert.Equal((null, 2, null, null, null), (size.Agreed, size.Answers, size.Distribution, size.Median, size.OutsidePercent));
    }

    [Fact]
    public void AgreedRedFlagsCapTheRecommendationLikeInTheCheck()
    {
        var workshop = NewWorkshop(threshold: 1);
        var network = new Network { Id = 7, OwnerId = "owner", Name = "Verein" };
        var agreed = new Dictionary<string, string> { ["red-flags"] = "OssifiedStructures", ["group-conduct"] = "5", ["group-size"] = "5", ["group-member-interviews"] = "5", ["group-trial-period"] = "5" };

        var assessment = GroupAssessment.Complete(workshop, network, null, agreed, Tallies(workshop, []), 0, AssessmentRules.Default, new DateOnly(2026, 12, 1), Now);

        Assert.Equal([RedFlag.OssifiedStructures], assessment.RedFlags);
        Assert.Equal(Recommendation.Leave, assessment.Recommendation);
    }
}
