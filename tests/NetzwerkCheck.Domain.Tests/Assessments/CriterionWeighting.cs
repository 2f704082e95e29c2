using NetzwerkCheck.Domain.Assessments;

namespace NetzwerkCheck.Domain.Tests.Assessments;

public sealed class CriterionWeighting
{
    [Theory]
    [InlineData(0, 0.10, 0.225)]
    [InlineData(50, 0.40, 0.15)]
    [InlineData(100, 0.70, 0.075)]
    public void ResultsWeighMoreTheMoreTheNetworkLivesFromServices(int servicePercent, double results, double eachSoft)
    {
        var profile = new TypeProfile(100 - servicePercent, servicePercent, 0);

        var weights = AssessmentEvaluator.Weights(profile, NetworkerStyle.Gatherer, AssessmentRules.Default);

        Assert.Equal(results, weights[Criterion.Results], 6);
        Assert.Equal(eachSoft, weights[Criterion.Conduct], 6);
        Assert.Equal(eachSoft, weights[Criterion.Size], 6);
        Assert.Equal(eachSoft, weights[Criterion.MemberInterviews], 6);
        Assert.Equal(eachSoft, weights[Criterion.TrialPeriod], 6);
        Assert.Equal(1.0, weights.Values.Sum(), 9);
    }

    [Fact]
    public void WeightsAreConfigurable()
    {
        var rules = AssessmentRules.Default with { ResultsBaseWeight = 0.2, ResultsWeightPerServiceShare = 0.4 };

        var weights = AssessmentEvaluator.Weights(new TypeProfile(50, 50, 0), null, rules);

        Assert.Equal(0.4, weights[Criterion.Results], 6);
        Assert.Equal(0.15, weights[Criterion.Conduct], 6);
    }

    [Fact]
    public void MisconfiguredRulesCannotProduceNegativeWeights()
    {
        var rules = AssessmentRules.Default with { ResultsBaseWeight = 0.5, ResultsWeightPerServiceShare = 1.0 };

        var weights = AssessmentEvaluator.Weights(new TypeProfile(0, 100, 0), NetworkerStyle.Hunter, rules);

        Assert.Equal(1.0, weights[Criterion.Results], 6);
        Assert.All(weights.Values, w => Assert.InRange(w, 0, 1));
    }

    [Theory]
    [InlineData(0, 0.20, 0.20)]
    [InlineData(50, 0.50, 0.125)]
    [InlineData(100, 0.80, 0.05)]
    public void AHunterWeighsResultsTenPointsMore(int servicePercent, double results, double eachSoft)
    {
        // Seed 003: the Jäger is there for orders, so what the network brings in counts more for him.
        var weights = AssessmentEvaluator.Weights(new TypeProfile(100 - servicePercent, servicePercent, 0), NetworkerStyle.Hunter, AssessmentRules.Default);

        Assert.Equal(results, weights[Criterion.Results], 6);
        Assert.Equal(eachSoft, weights[Criterion.Conduct], 6);
        Assert.Equal(1.0, weights.Values.Sum(), 9);
    }

    [Fact]
    public void SoftRatingsWithoutWeightGiveNoScoreInsteadOfNaN()
    {
        var rules = AssessmentRules.Default with { ResultsBaseWeight = 1.0, ResultsWeightPerServiceShare = 0 };

        var result = new AssessmentInputBuilder().Rated(Criterion.Conduct, 5).Evaluate(rules);

        Assert.Null(result.Score);
        Assert.Equal(0, result.CompletenessPercent);
    }
}
