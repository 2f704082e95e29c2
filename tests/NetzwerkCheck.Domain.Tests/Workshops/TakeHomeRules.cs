using NetzwerkCheck.Domain.Assessments;
using NetzwerkCheck.Domain.Workshops;
using static NetzwerkCheck.Domain.Workshops.TakeHomeStep;

namespace NetzwerkCheck.Domain.Tests.Workshops;

public sealed class TakeHomeRules
{
    [Fact]
    public void AHunterWhoSharesKnowledgeOffersATalkWhereHisServicesAreNeededThenPicksContactsAndPlansHisPresence()
    {
        var takeHome = TakeHome.For(NetworkerStyle.Hunter, [Contribution.ReferralsForOthers, Contribution.KnowledgeOrTalks]);

        Assert.Equal([OfferTalkWhereServicesAreNeeded, PickContactsWhereNeeded, PlanRegularPresence], takeHome.Steps);
        Assert.Equal([Contribution.KnowledgeOrTalks, Contribution.ReferralsForOthers], takeHome.Contributions);
    }

    [Fact]
    public void AHunterWhoRecommendsOthersStillShowsHisExpertiseByContributions() =>
        Assert.Equal(
            [RecommendSomeone, PickContactsWhereNeeded, ShowExpertiseByContributions],
            TakeHome.For(NetworkerStyle.Hunter, [Contribution.ReferralsForOthers]).Steps);

    [Fact]
    public void AGathererWhoSharesKnowledgePassesOnWhatHeLearnsThenFiltersAndLimitsHisTime() =>
        Assert.Equal(
            [PassOnWhatYouLearn, ChooseFocusTopics, LimitTimeSpent],
            TakeHome.For(NetworkerStyle.Gatherer, [Contribution.KnowledgeOrTalks, Contribution.HelpOrganising]).Steps);

    [Theory]
    [InlineData(Contribution.HelpOrganising, HelpAtNextMeeting)]
    [InlineData(Contribution.IntroductionsToContacts, IntroduceTwoContacts)]
    [InlineData(Contribution.ReferralsForOthers, RecommendSomeone)]
    public void TheFirstStepTurnsWhatSomeoneBringsInIntoAnAction(Contribution contribution, TakeHomeStep first) =>
        Assert.Equal(first, TakeHome.For(NetworkerStyle.Gatherer, [contribution]).Steps[0]);

    [Fact]
    public void SomeoneWhoOnlyWantsToTakeIsToldToStartByGiving() =>
        Assert.Equal([StartGivingFirst, ChooseFocusTopics, LimitTimeSpent], TakeHome.For(NetworkerStyle.Gatherer, [Contribution.NothingYet]).Steps);

    [Fact]
    public void NothingSaidAboutGivingMeansDecidingWhatToBringIn() =>
        Assert.Equal([DecideContribution, PickContactsWhereNeeded, ShowExpertiseByContributions], TakeHome.For(NetworkerStyle.Hunter, []).Steps);

    [Fact]
    public void WithoutAStyleTheStepsHelpToFindItAndCheckANetwork()
    {
        var takeHome = TakeHome.For(null, []);

        Assert.Null(takeHome.Style);
        Assert.Equal([DecideContribution, FindOutYourStyle, CheckOneNetwork], takeHome.Steps);
    }

    [Fact]
    public void EveryCombinationGetsExactlyThreeDifferentSteps()
    {
        NetworkerStyle?[] styles = [null, NetworkerStyle.Hunter, NetworkerStyle.Gatherer];
        var contributions = Enum.GetValues<Contribution>();
        // Every subset of the five contributions (32) for each of the three styles: 96 take-homes.
        var subsets = Enumerable.Range(0, 1 << contributions.Length)
            .Select(mask => contributions.Where((_, i) => (mask & (1 << i)) != 0).ToList());
        foreach (var style in styles)
        {
            foreach (var subset in subsets)
            {
                var steps = TakeHome.For(style, subset).Steps;
                Assert.Equal(TakeHome.StepCount, steps.Count);
                Assert.Equal(steps.Count, steps.Distinct().Count());
            }
        }
    }

    [Fact]
    public void OnlyAWorkshopThatAskedForTheStyleOffersATakeHome()
    {
        var workshop = Workshop.Open("owner", "Titel", WorkshopKind.Challenge, "ABCDEF", "salt", DateTime.UnixEpoch);
        Assert.True(TakeHome.IsOfferedBy(workshop));
        workshop.Questions.RemoveAll(q => q.Key == "style");
        Assert.False(TakeHome.IsOfferedBy(workshop));
    }

    [Theory]
    [InlineData("hunter", "knowledge,referrals", NetworkerStyle.Hunter, new[] { Contribution.KnowledgeOrTalks, Contribution.ReferralsForOthers })]
    [InlineData("gatherer", "nothing-yet", NetworkerStyle.Gatherer, new[] { Contribution.NothingYet })]
    [InlineData(null, null, null, new Contribution[0])]
    [InlineData("spion", "knowledge,erfunden", null, new[] { Contribution.KnowledgeOrTalks })]
    public void TheStoredAnswersAreReadBackIntoStyleAndContributions(string? style, string? contributions, NetworkerStyle? expectedStyle, Contribution[] expected)
    {
        var takeHome = TakeHome.FromAnswers(style, contributions);

        Assert.Equal(expectedStyle, takeHome.Style);
        Assert.Equal(expected, takeHome.Contributions);
    }
}

public sealed class DebriefRules
{
    private static readonly WorkshopQuestion Style = WorkshopQuestions.Challenge[0];

    [Fact]
    public void ThreeHuntersAndTwoGatherersAreSixtyAndFortyPercent()
    {
        var debrief = WorkshopDebrief.From(WorkshopTally.For(Style, ["hunter", "gatherer", "hunter", "hunter", "gatherer"]));

        Assert.Equal((3, 2, 5), (debrief.Hunters, debrief.Gatherers, debrief.Answered));
        Assert.Equal((60, 40), (debrief.HunterPercent, debrief.GathererPercent));
    }

    [Fact]
    public void ThirdsRoundToWholePercentsThatAddUpToAHundred()
    {
        // 1 of 3 = 33.3 % → 33; the gatherers get the rest, 67.
        var debrief = WorkshopDebrief.From(WorkshopTally.For(Style, ["hunter", "gatherer", "gatherer"]));

        Assert.Equal((33, 67), (debrief.HunterPercent, debrief.GathererPercent));
        // 1 of 8 = 12.5 % → 13 (half away from zero), 87.
        Assert.Equal((13, 87), (new WorkshopDebrief(1, 7).HunterPercent, new WorkshopDebrief(1, 7).GathererPercent));
    }

    [Fact]
    public void NobodyAnsweredIsZeroAndZero() =>
        Assert.Equal((0, 0, 0), (new WorkshopDebrief(0, 0).Answered, new WorkshopDebrief(0, 0).HunterPercent, new WorkshopDebrief(0, 0).GathererPercent));

    [Fact]
    public void TheDebriefCountsTheStyleQuestionAnyOtherSlideItself()
    {
        var workshop = Workshop.Open("owner", "Titel", WorkshopKind.Challenge, "ABCDEF", "salt", DateTime.UnixEpoch);
        workshop.CurrentQuestion = 8;
        Assert.Equal("style", WorkshopDebrief.TalliedQuestion(workshop).Key);
        workshop.CurrentQuestion = 7;
        Assert.Equal("contributions", WorkshopDebrief.TalliedQuestion(workshop).Key);
    }
}
