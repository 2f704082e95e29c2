using System.Globalization;
using NetzwerkCheck.Domain.Workshops;

namespace NetzwerkCheck.Web.Pages.Workshops;

public sealed record PlacedWord(string Word, int Count, string X, string Y, int Size);

/// <summary>
/// Places a <see cref="WordCloud"/> in an SVG of fixed width: font size by frequency, words flowing in centred
/// rows, the most frequent first. Widths are estimated from the letter count, so the layout needs no font metrics.
/// </summary>
public sealed record WordCloudLayout(IReadOnlyList<PlacedWord> Words, int Width, int Height)
{
    private const int MinSize = 30;
    private const int MaxSize = 84;
    private const double LetterWidth = 0.7;
    private const int Gap = 32;

    public static WordCloudLayout Of(IReadOnlyList<CloudWord> words, int width = 1000)
    {
        ArgumentNullException.ThrowIfNull(words);
        var top = words.Count == 0 ? 1 : words.Max(w => w.Count);
        var sized = words.Select(w => (w.Word, w.Count, Size: top == 1 ? 48 : MinSize + (int)Math.Round((MaxSize - MinSize) * (w.Count - 1.0) / (top - 1)))).ToList();

        var rows = new List<List<(string Word, int Count, int Size, double Width)>>();
        var current = new List<(string Word, int Count, int Size, double Width)>();
        var used = 0.0;
        foreach (var (word, count, size) in sized)
        {
            var wordWidth = Math.Min(width, word.Length * size * LetterWidth);
            if (current.Count > 0 && used + Gap + wordWidth > width)
            {
                rows.Add(current);
                (current, used) = ([], 0);
            }
            used += (current.Count > 0 ? Gap : 0) + wordWidth;
            current.Add((word, count, size, wordWidth));
        }
        if (current.Count > 0)
        {
            rows.Add(current);
        }

        var placed = new List<PlacedWord>();
        var y = 0.0;
        foreach (var row in rows)
        {
            var rowHeight = row.Max(w => w.Size) * 1.3;
            var x = (width - (row.Sum(w => w.Width) + Gap * (row.Count - 1))) / 2;
            foreach (var (word, count, size, wordWidth) in row)
            {
                placed.Add(new PlacedWord(word, count, Number(x), Number(y + rowHeight * 0.8), size));
                x += wordWidth + Gap;
            }
            y += rowHeight;
        }
        return new WordCloudLayout(placed, width, Math.Max(1, (int)Math.Ceiling(y)));
    }

    private static string Number(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
