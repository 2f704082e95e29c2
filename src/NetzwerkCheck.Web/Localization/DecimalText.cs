using System.Globalization;

namespace NetzwerkCheck.Web.Localization;

/// <summary>
/// Reads an amount or a number of hours as people type it. The framework's number binding takes "." as a German
/// thousands separator, so "49.90" would become 4.990 €; here "49,90", "49.90", "1.234,50", "1234.5 €" all mean what
/// they look like. A single separator of the other language counts as the decimal mark unless exactly three digits
/// follow it ("1.234" is 1234 in German, "1,234" is 1234 in English).
/// </summary>
public static class DecimalText
{
    public static bool TryParse(string? text, CultureInfo culture, out decimal value)
    {
        ArgumentNullException.ThrowIfNull(culture);
        value = 0;
        var s = new string((text ?? "").Where(c => !char.IsWhiteSpace(c)).ToArray());
        s = Strip(s, "€");
        s = Strip(s, "EUR");
        var negative = s.Length > 0 && s[0] is '-' or '−';
        if (negative)
        {
            s = s[1..];
        }
        if (s.Length == 0 || s.Any(c => !char.IsAsciiDigit(c) && c is not ('.' or ',')))
        {
            return false;
        }

        var decimalMark = culture.NumberFormat.NumberDecimalSeparator == "," ? ',' : '.';
        var (commas, dots) = (s.Count(c => c == ','), s.Count(c => c == '.'));
        char? mark;
        if (commas > 0 && dots > 0)
        {
            mark = s.LastIndexOf(',') > s.LastIndexOf('.') ? ',' : '.';
        }
        else if (commas + dots == 0)
        {
            mark = null;
        }
        else
        {
            var only = commas > 0 ? ',' : '.';
            mark = commas + dots > 1 ? null
                : only == decimalMark ? only
                : s.Length - s.IndexOf(only) - 1 == 3 ? null
                : only;
        }

        var (whole, fraction) = mark is char m && s.Count(c => c == m) == 1
            ? (s[..s.IndexOf(m)], s[(s.IndexOf(m) + 1)..])
            : mark is null ? (s, "") : ("x", "");
        if (!Grouped(whole, out var digits) || fraction.Any(c => !char.IsAsciiDigit(c)) || (mark is not null && fraction.Length == 0))
        {
            return false;
        }
        if (!decimal.TryParse((digits.Length == 0 ? "0" : digits) + (fraction.Length > 0 ? "." + fraction : ""),
            NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value))
        {
            // Only too many digits are left: the largest value lets the field's [Range] name the limit.
            value = decimal.MaxValue;
        }
        value = negative ? -value : value;
        return true;
    }

    /// <summary>Digits, optionally in groups of three after the first (1.234.567 or 1,234,567).</summary>
    private static bool Grouped(string whole, out string digits)
    {
        digits = whole.Replace(".", "", StringComparison.Ordinal).Replace(",", "", StringComparison.Ordinal);
        if (whole.All(char.IsAsciiDigit))
        {
            return true;
        }
        var groups = whole.Split('.', ',');
        return groups[0].Length is >= 1 and <= 3 && groups.Skip(1).All(g => g.Length == 3) && digits.All(char.IsAsciiDigit);
    }

    private static string Strip(string s, string unit) =>
        s.EndsWith(unit, StringComparison.OrdinalIgnoreCase) ? s[..^unit.Length]
        : s.StartsWith(unit, StringComparison.OrdinalIgnoreCase) ? s[unit.Length..]
        : s;
}
