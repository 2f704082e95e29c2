using System.Globalization;

namespace NetzwerkCheck.Web.Localization;

/// <summary>
/// German is the product's language and the default; English is the second language. Texts are keyed by
/// their German wording, so a missing English entry shows the German text instead of a blank.
/// </summary>
public static class Cultures
{
    public static readonly CultureInfo German = CultureInfo.GetCultureInfo("de-DE");

    public static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public static readonly IReadOnlyList<CultureInfo> Supported = [German, English];

    public static CultureInfo? Find(string? name) =>
        Supported.FirstOrDefault(culture => string.Equals(culture.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>The two-letter code for the html lang attribute of the current request.</summary>
    public static string CurrentLanguage => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;

    public static bool IsEnglish => CurrentLanguage == "en";
}
