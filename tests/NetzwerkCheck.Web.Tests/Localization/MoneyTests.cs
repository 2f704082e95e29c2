using System.Globalization;
using NetzwerkCheck.Web.Localization;

namespace NetzwerkCheck.Web.Tests.Localization;

/// <summary>Euro amounts and hours read naturally in both languages: the currency stays the euro in English too.</summary>
public sealed class MoneyTests
{
    private static string In(CultureInfo culture, Func<string> format)
    {
        var (culture0, ui0) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, culture);
        try
        {
            return format();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture0, ui0);
        }
    }

    [Theory]
    [InlineData(1234.5, "1.234,50 €", "€1,234.50")]
    [InlineData(7530, "7.530 €", "€7,530")]
    [InlineData(-3330, "-3.330 €", "-€3,330")]
    [InlineData(0, "0 €", "€0")]
    public void EuroAmountsFollowTheLanguage(double amount, string german, string english)
    {
        Assert.Equal(german, In(Cultures.German, () => Money.Euro((decimal)amount)).Replace('\u00a0', ' '));
        Assert.Equal(english, In(Cultures.English, () => Money.Euro((decimal)amount)));
    }

    [Fact]
    public void HoursHaveOneDecimalAtMost()
    {
        Assert.Equal("12,5 Stunden", In(Cultures.German, () => Money.Hours(12.5m)));
        Assert.Equal("1 Stunde", In(Cultures.German, () => Money.Hours(1m)));
        Assert.Equal("75 hours", In(Cultures.English, () => Money.Hours(75m)));
    }
}
