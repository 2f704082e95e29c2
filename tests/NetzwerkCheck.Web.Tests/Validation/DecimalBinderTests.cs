using System.Globalization;
using NetzwerkCheck.Web.Infrastructure;

namespace NetzwerkCheck.Web.Tests.Validation;

/// <summary>Amounts as people type them, in German and English; "49.90" is never read as 4,990.</summary>
public sealed class DecimalBinderTests
{
    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de-DE");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    [Theory]
    [InlineData("49,90", 49.90)]
    [InlineData("49.90", 49.90)]
    [InlineData("1.234,50", 1234.50)]
    [InlineData("1.234", 1234)]
    [InlineData("1.234.567", 1234567)]
    [InlineData("12,5", 12.5)]
    [InlineData("1,5", 1.5)]
    [InlineData("600 €", 600)]
    [InlineData("€ 1.200", 1200)]
    [InlineData("-5", -5)]
    [InlineData(" 80 ", 80)]
    public void GermanInput(string text, double expected)
    {
        Assert.True(DecimalBinder.TryParse(text, German, out var number));
        Assert.Equal((decimal)expected, number);
    }

    [Theory]
    [InlineData("49.90", 49.90)]
    [InlineData("49,90", 49.90)]
    [InlineData("1,234.50", 1234.50)]
    [InlineData("1,234", 1234)]
    [InlineData("€600", 600)]
    public void EnglishInput(string text, double expected)
    {
        Assert.True(DecimalBinder.TryParse(text, English, out var number));
        Assert.Equal((decimal)expected, number);
    }

    [Fact]
    public void TooManyDigitsBindAsTheLargestAmountSoTheRangeNamesTheLimit()
    {
        Assert.True(DecimalBinder.TryParse("99999999999999999999999999999999999", German, out var number));
        Assert.Equal(decimal.MaxValue, number);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("12.34.56")]
    [InlineData("1,2,3")]
    [InlineData("1.234,5,6")]
    [InlineData("--5")]
    [InlineData("5-")]
    [InlineData("1e5")]
    [InlineData("€")]
    [InlineData(",")]
    public void GarbageIsInvalid(string text) => Assert.False(DecimalBinder.TryParse(text, German, out _));
}
