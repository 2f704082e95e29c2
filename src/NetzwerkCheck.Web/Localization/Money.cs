using System.Globalization;

namespace NetzwerkCheck.Web.Localization;

/// <summary>Euro amounts and hours in the current language: "1.234,50 €" in German, "€1,234.50" in English.</summary>
public static class Money
{
    public static string Euro(decimal amount)
    {
        var format = (NumberFormatInfo)CultureInfo.CurrentCulture.NumberFormat.Clone();
        format.CurrencySymbol = "€";
        // Whole amounts without ",00": the figures are estimates, cents only where the user typed them.
        return amount.ToString(decimal.Truncate(amount) == amount ? "C0" : "C2", format);
    }

    private static readonly IStringLocalizer Localizer = StaticText.For(typeof(Money));

    public static string Hours(decimal hours) =>
        hours == 1 ? Localizer["1 Stunde"] : Localizer["{0} Stunden", hours.ToString("0.#", CultureInfo.CurrentCulture)];
}
