using System.Globalization;
using NetzwerkCheck.Web.Localization;

namespace NetzwerkCheck.Web.Tests.Localization;

public sealed class DecimalTextTests
{
    [Theory]
    [InlineData("de-DE", "49,90", "49.90")]
    [InlineData("de-DE", "49.90", "49.90")]
    [InlineData("de-DE", "49.9", "49.9")]
    [InlineData("de-DE", "1.234,50", "1234.50")]
    [InlineData("de-DE", "1.234", "1234")]
    [InlineData("de-DE", "1.234.567", "1234567")]
    [InlineData("de-DE", "1 234,50 €", "1234.50")]
    [InlineData("de-DE", "€ 600", "600")]
    [InlineData("de-DE", "600 EUR", "600")]
    [InlineData("de-DE", ",5", "0.5")]
    [InlineData("de-DE", "-20", "-20")]
    [InlineData("de-DE", "10.000.000,01", "10000000.01")]
    [InlineData("en-GB", "1,234.50", "1234.50")]
    [InlineData("en-GB", "49,90", "49.90")]
    [InlineData("en-GB", "1,234", "1234")]
    [InlineData("en-GB", "1.234", "1.234")]
    [InlineData("en-GB", "€1,234.50", "1234.50")]
    public void ReadsNumbersAsPeopleTypeThem(string culture, string text, string expected)
    {
        Assert.True(DecimalText.TryParse(text, CultureInfo.GetCultureInfo(culture), out var value));
        Assert.Equal(decimal.Parse(expected, CultureInfo.InvariantCulture), value);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("")]
    [InlineData("12,34,5")]
    [InlineData("1.23.4")]
    [InlineData("1,2.3,4")]
    [InlineData("49,")]
    [InlineData("4 9 x")]
    [InlineData("--5")]
    [InlineData("1e5")]
    public void RefusesWhatIsNotANumber(string text)
    {
        Assert.False(DecimalText.TryParse(text, CultureInfo.GetCultureInfo("de-DE"), out _));
    }

    [Fact]
    public void TooManyDigitsReadAsTheLargestAmountSoTheRangeNamesTheLimit()
    {
        Assert.True(DecimalText.TryParse("99999999999999999999999999999999", CultureInfo.GetCultureInfo("de-DE"), out var value));
        Assert.Equal(decimal.MaxValue, value);
    }
}
