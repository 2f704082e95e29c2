using NetzwerkCheck.Domain.Assessments;
using NetzwerkCheck.Domain.Networks;

namespace NetzwerkCheck.Domain.Tests.Assessments;

/// <summary>Size is read against the organisation form, never as quality (docs/rules.md, section 8).</summary>
public sealed class SizeReadings
{
    [Theory]
    [InlineData(OrganisationForm.Association, 15, SizeBand.Small)]
    [InlineData(OrganisationForm.Association, 19, SizeBand.Small)]
    [InlineData(OrganisationForm.Association, 20, SizeBand.Medium)]
    [InlineData(OrganisationForm.Association, 149, SizeBand.Medium)]
    [InlineData(OrganisationForm.Association, 300, SizeBand.Large)]
    [InlineData(OrganisationForm.Virtual, 80, SizeBand.Small)]
    [InlineData(OrganisationForm.Virtual, 300, SizeBand.Medium)]
    [InlineData(OrganisationForm.Virtual, 4_999, SizeBand.Medium)]
    [InlineData(OrganisationForm.Virtual, 50_000, SizeBand.Large)]
    [InlineData(OrganisationForm.Mixed, 39, SizeBand.Small)]
    [InlineData(OrganisationForm.Mixed, 40, SizeBand.Medium)]
    [InlineData(OrganisationForm.Mixed, 500, SizeBand.Large)]
    public void TheSameCountMeansDifferentThingsInDifferentForms(OrganisationForm form, int members, SizeBand band) =>
        Assert.Equal(band, SizeReading.Of(new NetworkContext(form, members, NetworkStatus.Considering)).Band);

    [Theory]
    [InlineData(null)]
    [InlineData(0)]
    public void WithoutACountTheSizeIsUnknown(int? members) =>
        Assert.Equal(SizeBand.Unknown, SizeReading.Of(new NetworkContext(OrganisationForm.Virtual, members, NetworkStatus.Member)).Band);

    [Fact]
    public void SizeIsNeverAScore()
    {
        var small = new AssessmentInputBuilder().In(OrganisationForm.Association, 12).RatedAll(4).Evaluate();
        var large = new AssessmentInputBuilder().In(OrganisationForm.Association, 900).RatedAll(4).Evaluate();

        Assert.Equal(small.Score, large.Score);
        Assert.Equal(small.Recommendation, large.Recommendation);
    }
}
