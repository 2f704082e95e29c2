using NetzwerkCheck.Domain.Assessments;
using NetzwerkCheck.Domain.Networks;
using NetzwerkCheck.Domain.Value;

namespace NetzwerkCheck.Domain.Tests.Value;

public sealed class PortfolioRules
{
    private static readonly AssessmentRules Rules = AssessmentRules.Default;
    private static readonly DateOnly Today = WorkedExample.Today;

    private static PortfolioNetwork Network(
        int id, string name, NetworkStatus status, TypeProfile? profile, Goal? goal, NetworkerStyle? style,
        MembershipCosts costs, DateOnly since, IReadOnlyList<JournalFact> journal)
    {
        var value = NetworkValue.Of(costs, since, Today, journal, WorkedExample.HourlyRate);
        var lastYear = ValueFigures.For(costs, since, journal, WorkedExample.HourlyRate, Today.AddYears(-1).AddDays(1), Today);
        return new PortfolioNetwork(id, name, status, profile, goal, style, costs.HoursPerMonth, lastYear, value.SinceStart);
    }

    private static readonly PortfolioNetwork Breakfast = Network(
        1, "Unternehmerfrühstück Nord", NetworkStatus.Member, new TypeProfile(20, 30, 50), Goal.WinClients, NetworkerStyle.Hunter,
        WorkedExample.Costs, WorkedExample.Since, WorkedExample.Journal);

    private static readonly PortfolioNetwork Forum = Network(
        2, "Online-Forum Webdesign", NetworkStatus.Member, new TypeProfile(70, 10, 20), Goal.ShareKnowledge, NetworkerStyle.Gatherer,
        new MembershipCosts(null, 120m, null, 6m), new DateOnly(2026, 2, 1),
        [new(new DateOnly(2026, 3, 5), JournalEntryKind.Event), new(new DateOnly(2026, 7, 9), JournalEntryKind.Event)]);

    private static readonly PortfolioNetwork Club = Network(
        3, "Marketing-Club", NetworkStatus.Trial, null, null, null,
        new MembershipCosts(null, null, 25m, 3m), new DateOnly(2026, 10, 1), []);

    private static readonly PortfolioNetwork Former = Network(
        4, "Alter Stammtisch", NetworkStatus.Left, new TypeProfile(10, 80, 10), Goal.SourceServices, NetworkerStyle.Hunter,
        new MembershipCosts(null, null, null, 10m), new DateOnly(2024, 1, 1), []);

    private static Portfolio Assess(decimal? wanted, params PortfolioNetwork[] networks) => Portfolio.Assess(networks, wanted, Rules);

    [Fact]
    public void ThreeNetworksTakeFourteenHoursAndTheirYearsMoney()
    {
        var portfolio = Assess(12m, Breakfast, Forum, Club, Former);

        Assert.Equal(["Marketing-Club", "Online-Forum Webdesign", "Unternehmerfrühstück Nord"], portfolio.Networks.Select(n => n.Name));   // left networks are not in it
        Assert.Equal(14m, portfolio.HoursPerMonth);                      // 5 + 6 + 3
        Assert.Equal(735m, Breakfast.LastYear!.Money);                   // yearly fee of 15 Sep 2026 + 9 events since 2 Dec 2025
        Assert.Equal(120m, Forum.LastYear!.Money);
        Assert.Equal(0m, Club.LastYear!.Money);                          // no event journaled yet
        Assert.Equal(855m, portfolio.MoneyLastYear);
        Assert.Equal(1, portfolio.TypeMix[NetworkType.Knowledge]);
        Assert.Equal(1, portfolio.TypeMix[NetworkType.Referral]);
        Assert.Equal(0, portfolio.TypeMix[NetworkType.Service]);
        Assert.Equal(1, portfolio.Unclassified);
    }

    [Fact]
    public void OverTheTimeBudgetTheWeakestNetworkIsNamedAndTheSammlerWarned()
    {
        var finding = Assert.Single(Assess(12m, Breakfast, Forum, Club).Findings.OfType<OverTimeBudget>());

        Assert.Equal(new OverTimeBudget(14m, 12m, 3, Gatherer: true, WeakestId: 2, WeakestName: "Online-Forum Webdesign"), finding);
    }

    [Fact]
    public void WithinTheBudgetThereIsNoTimeFinding()
    {
        var findings = Assess(14m, Breakfast, Forum, Club).Findings;

        Assert.Empty(findings.OfType<OverTimeBudget>());
        Assert.Empty(findings.OfType<NoTimeBudget>());
    }

    [Fact]
    public void WithoutWantedHoursTheTotalCannotBeJudged() =>
        Assert.Equal(new NoTimeBudget(14m), Assert.Single(Assess(null, Breakfast, Forum, Club).Findings.OfType<NoTimeBudget>()));

    [Fact]
    public void ANetworkWithNothingBackAfterSixMonthsIsNamed()
    {
        var findings = Assess(20m, Breakfast, Forum, Club).Findings;

        Assert.Equal(new NoResultYet(2, "Online-Forum Webdesign", 11), Assert.Single(findings.OfType<NoResultYet>()));   // Feb … Dec 2026; the club is two months in
    }

    [Fact]
    public void TheNetworkWithOrdersComesFirst() =>
        Assert.Equal(new FocusFirst(1, "Unternehmerfrühstück Nord", ByOrders: true), Assert.Single(Assess(20m, Breakfast, Forum, Club).Findings.OfType<FocusFirst>()));

    [Fact]
    public void GoalsServedByTheMixAreNotFindings() =>
        Assert.Empty(Assess(20m, Breakfast, Forum, Club).Findings.OfType<GoalNotCovered>());

    [Fact]
    public void AGoalNoNetworkServesIsNamedWithTheTypeThatWould()
    {
        var wantsServices = Forum with { Goal = Goal.SourceServices };

        var finding = Assert.Single(Assess(20m, Breakfast, wantsServices).Findings.OfType<GoalNotCovered>());

        Assert.Equal(new GoalNotCovered(Goal.SourceServices, NetworkType.Service), finding);
    }

    [Fact]
    public void NetworksWithoutHoursAreListed()
    {
        var finding = Assert.Single(Assess(20m, Breakfast, Club with { HoursPerMonth = null }).Findings.OfType<HoursUnknown>());

        Assert.Equal(["Marketing-Club"], finding.Names);
    }

    [Fact]
    public void NoActiveNetworkMeansNoFindings()
    {
        var portfolio = Assess(10m, Former);

        Assert.Empty(portfolio.Networks);
        Assert.Empty(portfolio.Findings);
    }

    [Fact]
    public void ASingleNetworkIsNeitherRankedNorCut()
    {
        var findings = Assess(2m, Breakfast).Findings;

        Assert.Empty(findings.OfType<FocusFirst>());
        Assert.Null(Assert.Single(findings.OfType<OverTimeBudget>()).WeakestName);
    }
}
