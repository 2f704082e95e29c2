using NetzwerkCheck.Domain.Surveys;

namespace NetzwerkCheck.Domain.Tests.Surveys;

public sealed class SurveyReleaseRules
{
    [Fact]
    public void NothingIsReleasedBeforeAWholeStepHasArrived()
    {
        Assert.Equal(0, SurveyRelease.Next(0, [11, 12], step: 3));
        Assert.Equal(13, SurveyRelease.Next(0, [11, 12, 13], step: 3));
    }

    [Fact]
    public void AfterAReleaseOneMoreAnswerChangesNothingThatCanBeSeen()
    {
        Assert.Equal(13, SurveyRelease.Next(13, [11, 12, 13, 14], step: 3));
        Assert.Equal(13, SurveyRelease.Next(13, [11, 12, 13, 14, 15], step: 3));
        Assert.Equal(16, SurveyRelease.Next(13, [11, 12, 13, 14, 15, 16], step: 3));
    }

    [Fact]
    public void ABatchLargerThanAStepIsReleasedWhole()
    {
        Assert.Equal(27, SurveyRelease.Next(5, [20, 21, 27, 22, 23], step: 3));
    }

    [Fact]
    public void AStepBelowOneIsAConfigurationError()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => SurveyRelease.Next(0, [1], step: 0));
    }
}
