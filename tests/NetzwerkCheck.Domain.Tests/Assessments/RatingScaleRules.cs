using NetzwerkCheck.Domain.Assessments;

namespace NetzwerkCheck.Domain.Tests.Assessments;

public sealed class RatingScaleRules
{
    [Fact]
    public void TheScaleRunsFromOneToFive() => Assert.Equal([1, 2, 3, 4, 5], RatingScale.Values);

    [Theory]
    [InlineData(0, false)]
    [InlineData(1, true)]
    [InlineData(5, true)]
    [InlineData(6, false)]
    public void OnlyValuesOnTheScaleCount(int value, bool contained) => Assert.Equal(contained, RatingScale.Contains(value));

    [Theory]
    [InlineData(3.49, 3)]
    [InlineData(3.5, 4)]
    [InlineData(0.2, 1)]
    [InlineData(7.0, 5)]
    public void AMeanLandsOnTheNearestValueOfTheScale(double mean, int expected) => Assert.Equal(expected, RatingScale.Nearest(mean));
}
