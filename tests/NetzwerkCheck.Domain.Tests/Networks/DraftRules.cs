using NetzwerkCheck.Domain.Assessments;
using NetzwerkCheck.Domain.Networks;

namespace NetzwerkCheck.Domain.Tests.Networks;

public sealed class DraftRules
{
    private static readonly DateTime Created = new(2026, 3, 2, 9, 0, 0, DateTimeKind.Utc);
    private static readonly DateOnly Today = new(2026, 3, 2);

    private static Network Network(DateOnly? trialStart = null, DateOnly? trialEnd = null, DateTime? trialChanged = null) =>
        new() { Id = 7, OwnerId = "u", Name = "Stammtisch", TrialStart = trialStart, TrialPlannedEnd = trialEnd, TrialChangedUtc = trialChanged };

    private static Assessment Previous() => new()
    {
        Goal = Goal.WinClients,
        Style = NetworkerStyle.Hunter,
        ClassificationAnswers = new() { ["service-deals"] = 4 },
        Contributions = [Contribution.KnowledgeOrTalks],
        HoursPerMonth = 10,
        HasFocusTopics = true,
        TrialWeeks = 6,
        CompletedUtc = Created.AddDays(-90),
    };

    [Theory]
    [InlineData(4.5, 5)]
    [InlineData(250, Assessment.MaxHoursPerMonth)]
    public void AFirstDraftPlansTheHoursEnteredForTheNetwork(double entered, int planned)
    {
        var network = Network();
        network.HoursPerMonth = (decimal)entered;

        Assert.Equal(planned, Assessment.StartDraft(network, null, Today, Created).HoursPerMonth);
        Assert.Equal(10, Assessment.StartDraft(network, Previous(), Today, Created).HoursPerMonth);
    }

    [Fact]
    public void FirstDraftStartsEmptyAtTheGoalStep()
    {
        var draft = Assessment.StartDraft(Network(), null, Today, Created);

        Assert.Equal(7, draft.NetworkId);
        Assert.Null(draft.Goal);
        Assert.Null(draft.Style);
        Assert.Empty(draft.ClassificationAnswers);
        Assert.Empty(draft.Contributions);
        Assert.Null(draft.HoursPerMonth);
        Assert.Null(draft.TrialWeeks);
        Assert.Empty(draft.Ratings);
        Assert.Equal(1, draft.LastStep);
        Assert.Equal(Created, draft.CreatedUtc);
        Assert.False(draft.IsCompleted);
    }

    [Fact]
    public void SecondDraftTakesGoalStyleAnswersAndTrialLengthFromThePreviousCheck()
    {
        var previous = Previous();

        var draft = Assessment.StartDraft(Network(), previous, Today, Created);

        Assert.Equal(Goal.WinClients, draft.Goal);
        Assert.Equal(NetworkerStyle.Hunter, draft.Style);
        Assert.Equal(4, draft.ClassificationAnswers["service-deals"]);
        Assert.Equal(6, draft.TrialWeeks);
        Assert.Equal([Contribution.KnowledgeOrTalks], draft.Contributions);
        Assert.Equal(10, draft.HoursPerMonth);
        Assert.True(draft.HasFocusTopics);
        draft.ClassificationAnswers["service-deals"] = 1;
        draft.Contributions.Add(Contribution.HelpOrganising);
        Assert.Equal(4, previous.ClassificationAnswers["service-deals"]);
        Assert.Equal([Contribution.KnowledgeOrTalks], previous.Contributions);
    }

    [Fact]
    public void TrackedTrialWinsOverThePreviousCheck()
    {
        // 2 Jan to 2 Mar is 59 days: 8 whole weeks.
        var network = Network(new DateOnly(2026, 1, 2), new DateOnly(2026, 4, 30));

        Assert.Equal(8, Assessment.StartDraft(network, Previous(), Today, Created).TrialWeeks);
    }

    [Fact]
    public void SurveySuggestionPreselectsTheMemberInterviewRating()
    {
        var draft = Assessment.StartDraft(Network(), null, Today, Created, surveyRating: 4);

        Assert.Equal(4, Assert.Single(draft.Ratings, r => r.Criterion == Criterion.MemberInterviews).Rating);
    }

    [Fact]
    public void DraftFollowsATrialPlannedAfterItWasCreated()
    {
        var draft = Assessment.StartDraft(Network(), Previous(), Today, Created);
        // Planned a day later, 1 Feb to 1 May; on 22 Mar that is 49 days: 7 weeks instead of the previous 6.
        var network = Network(new DateOnly(2026, 2, 1), new DateOnly(2026, 5, 1), Created.AddDays(1));

        Assert.True(draft.FollowTrial(network, new DateOnly(2026, 3, 22)));

        Assert.Equal(7, draft.TrialWeeks);
        Assert.Equal(Created.AddDays(1), draft.TrialWeeksSetUtc);
        // The same change again is a no-op: the draft does not creep along week by week.
        Assert.False(draft.FollowTrial(network, new DateOnly(2026, 3, 29)));
        Assert.Equal(7, draft.TrialWeeks);
    }

    [Fact]
    public void DraftKeepsItsLengthWhenTheTrialWasPlannedBeforeTheDraft()
    {
        var network = Network(new DateOnly(2026, 1, 2), new DateOnly(2026, 4, 30), Created.AddDays(-10));
        var draft = Assessment.StartDraft(network, null, Today, Created);
        draft.SetTrialWeeks(14, Created.AddHours(1));

        Assert.False(draft.FollowTrial(network, new DateOnly(2026, 4, 1)));
        Assert.Equal(14, draft.TrialWeeks);
    }

    [Fact]
    public void TrialMovedAfterTheUserEnteredALengthWinsAgain()
    {
        var draft = Assessment.StartDraft(Network(), null, Today, Created);
        draft.SetTrialWeeks(3, Created.AddDays(2));
        // The user then plans 2 Jan to 2 Jul on day 5; on 2 Mar that is 8 weeks.
        var network = Network(new DateOnly(2026, 1, 2), new DateOnly(2026, 7, 2), Created.AddDays(5));

        Assert.True(draft.FollowTrial(network, Today));
        Assert.Equal(8, draft.TrialWeeks);
    }

    [Fact]
    public void UserEntryAfterTheTrialChangeWins()
    {
        var network = Network(new DateOnly(2026, 1, 2), new DateOnly(2026, 7, 2), Created.AddDays(1));
        var draft = Assessment.StartDraft(Network(), null, Today, Created);
        draft.SetTrialWeeks(20, Created.AddDays(3));

        Assert.False(draft.FollowTrial(network, Today));
        Assert.Equal(20, draft.TrialWeeks);
    }

    [Fact]
    public void CompletedCheckNeverFollowsTheTrial()
    {
        var check = Assessment.StartDraft(Network(), null, Today, Created);
        check.Complete(AssessmentRules.Default, Created.AddHours(1));
        var network = Network(new DateOnly(2026, 1, 2), new DateOnly(2026, 7, 2), Created.AddDays(1));

        Assert.False(check.FollowTrial(network, Today));
        Assert.Null(check.TrialWeeks);
    }

    [Fact]
    public void PlanningTheTrialStampsTheChangeOnlyWhenTheDatesChange()
    {
        var network = Network();
        network.Status = NetworkStatus.Considering;

        network.PlanTrial(new DateOnly(2026, 1, 2), new DateOnly(2026, 4, 30), Created);
        Assert.Equal(Created, network.TrialChangedUtc);
        Assert.Equal(NetworkStatus.Trial, network.Status);

        network.PlanTrial(new DateOnly(2026, 1, 2), new DateOnly(2026, 4, 30), Created.AddDays(3));
        Assert.Equal(Created, network.TrialChangedUtc);
        Assert.Equal(Created.AddDays(3), network.UpdatedUtc);

        network.PlanTrial(new DateOnly(2026, 1, 2), new DateOnly(2026, 5, 28), Created.AddDays(4));
        Assert.Equal(Created.AddDays(4), network.TrialChangedUtc);
    }

    [Fact]
    public void MemberKeepsTheirStatusWhenPlanningATrial()
    {
        var network = Network();
        network.Status = NetworkStatus.Member;

        network.PlanTrial(new DateOnly(2026, 1, 2), new DateOnly(2026, 4, 30), Created);

        Assert.Equal(NetworkStatus.Member, network.Status);
    }
}
