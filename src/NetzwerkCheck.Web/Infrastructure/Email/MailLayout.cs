using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace NetzwerkCheck.Web.Infrastructure.Email;

/// <summary>The frame of every HTML part: no images, no styles from elsewhere, nothing that reports back.</summary>
public static class MailLayout
{
    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

    public static string Encode(string text) => Html.Encode(text);

    /// <summary>Encoded, with line breaks kept as &lt;br&gt; (the encoder would turn them into character references).</summary>
    public static string Lines(string text) => string.Join("<br>", text.ReplaceLineEndings("\n").Split('\n').Select(Html.Encode));

    public static string Paragraph(string text) => $"<p>{Lines(text)}</p>";

    public static string Link(string href, string text) => $"<p><a href=\"{Html.Encode(href)}\">{Html.Encode(text)}</a></p>";

    public static string Page(CultureInfo culture, string title, string body) => $"""
        <!DOCTYPE html>
        <html lang="{culture.TwoLetterISOLanguageName}"><head><meta charset="utf-8"><title>{Html.Encode(title)}</title></head>
        <body style="font-family: sans-serif; line-height: 1.5; color: #1a1a1a;">
        {body}
        </body></html>
        """;

    /// <summary>Runs <paramref name="compose"/> with <paramref name="culture"/> as the UI culture: texts are looked up in the recipient's language.</summary>
    public static T In<T>(CultureInfo culture, Func<T> compose)
    {
        var previous = CultureInfo.CurrentUICulture;
        var previousFormat = CultureInfo.CurrentCulture;
        CultureInfo.CurrentUICulture = culture;
        CultureInfo.CurrentCulture = culture;
        try
        {
            return compose();
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
            CultureInfo.CurrentCulture = previousFormat;
        }
    }
}
