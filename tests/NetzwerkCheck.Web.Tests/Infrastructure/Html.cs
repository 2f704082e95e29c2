using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace NetzwerkCheck.Web.Tests.Infrastructure;

/// <summary>
/// Reading pages the way a person does: the text of the element that carries the meaning (a heading, a
/// value beside its label, a table row) instead of a search through the raw markup, where a word may also
/// match a label, the navigation or an attribute.
/// </summary>
public static class Html
{
    private static readonly HtmlParser Parser = new();

    public static async Task<string> TextAsync(this HttpResponseMessage response) =>
        WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

    public static int IdFrom(Uri location) => int.Parse(location.OriginalString.Split('/').Last().Split('?')[0], System.Globalization.CultureInfo.InvariantCulture);

    public static IHtmlDocument Parse(string html) => Parser.ParseDocument(html);

    /// <summary>The text of the one element matching <paramref name="selector"/>, whitespace collapsed; fails when there is none or more than one.</summary>
    public static string Text(this IParentNode scope, string selector) => Squash(Single(scope, selector).TextContent);

    /// <summary>The texts of every element matching <paramref name="selector"/>, whitespace collapsed.</summary>
    public static IReadOnlyList<string> Texts(this IParentNode scope, string selector) =>
        scope.QuerySelectorAll(selector).Select(e => Squash(e.TextContent)).ToList();

    /// <summary>The value (<c>dd</c>) beside the label (<c>dt</c>) <paramref name="term"/> in a description list.</summary>
    public static string Fact(this IParentNode scope, string term)
    {
        var terms = scope.QuerySelectorAll("dt").Where(dt => Squash(dt.TextContent) == term).ToList();
        Assert.True(terms.Count == 1, $"Expected one label „{term}“ but found {terms.Count}.");
        var value = terms[0].NextElementSibling;
        Assert.True(value?.LocalName == "dd", $"The label „{term}“ has no value beside it.");
        return Squash(value!.TextContent);
    }

    /// <summary>The cells (<c>td</c>) of the table row whose header cell (<c>th</c>) reads <paramref name="header"/>.</summary>
    public static IReadOnlyList<string> Row(this IParentNode scope, string tableSelector, string header)
    {
        var rows = Single(scope, tableSelector).QuerySelectorAll("tr")
            .Where(tr => tr.QuerySelector("th") is { } th && Squash(th.TextContent) == header)
            .ToList();
        Assert.True(rows.Count == 1, $"Expected one row „{header}“ in {tableSelector} but found {rows.Count}.");
        return rows[0].QuerySelectorAll("td").Select(td => Squash(td.TextContent)).ToList();
    }

    /// <summary>The validation messages on a form page: beside the fields and in the summary above the form.</summary>
    public static IReadOnlyList<string> Errors(this IParentNode scope) => scope.Texts(".field-error, .error-summary li").Where(t => t.Length > 0).ToList();

    /// <summary>Fails unless one validation message contains <paramref name="message"/>.</summary>
    public static void AssertError(this IParentNode scope, string message)
    {
        var errors = scope.Errors();
        Assert.True(errors.Any(e => e.Contains(message, StringComparison.Ordinal)), $"No validation message „{message}“ among: {string.Join(" | ", errors)}");
    }

    /// <summary>Whitespace (also non-breaking spaces) collapsed to single spaces, trimmed.</summary>
    public static string Squash(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static IElement Single(IParentNode scope, string selector)
    {
        var matches = scope.QuerySelectorAll(selector);
        Assert.True(matches.Length == 1, $"Expected one element {selector} but found {matches.Length}.");
        return matches[0];
    }
}
