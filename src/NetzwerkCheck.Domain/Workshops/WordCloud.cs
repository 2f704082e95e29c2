namespace NetzwerkCheck.Domain.Workshops;

public sealed record CloudWord(string Word, int Count);

/// <summary>
/// The words that carry the room's open answers: counted over the shown answers, without filler words, the
/// most frequent first. Words are compared without case; the form written most often is the one shown.
/// </summary>
public static class WordCloud
{
    public const int MaxWords = 24;
    public const int MinWordLength = 3;

    // Articles, pronouns, auxiliaries and particles in German and English: frequent in every answer, telling nothing.
    private static readonly HashSet<string> Filler = new(StringComparer.OrdinalIgnoreCase)
    {
        "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines", "und", "oder",
        "aber", "auch", "als", "wie", "mit", "von", "vom", "zum", "zur", "für", "auf", "aus", "bei", "nach", "über",
        "unter", "vor", "durch", "ist", "sind", "war", "sein", "hat", "haben", "wird", "werden", "kann", "können",
        "man", "ich", "wir", "sie", "ihr", "ihre", "ihren", "mein", "meine", "nicht", "kein", "keine", "noch",
        "nur", "schon", "sich", "was", "wer", "wenn", "dass", "denn", "dann", "doch", "mal", "sehr", "mehr", "immer",
        "viel", "viele", "gut", "statt", "einfach", "the", "and", "for", "with", "you", "your", "are", "not", "but", "that", "this",
        "have", "has", "can", "who", "what", "more", "all", "from", "into", "than",
    };

    public static IReadOnlyList<CloudWord> Of(IEnumerable<(string Text, int Count)> answers, int maxWords = MaxWords)
    {
        ArgumentNullException.ThrowIfNull(answers);
        var words = answers
            .SelectMany(a => Words(a.Text).Select(w => (Word: w, a.Count)))
            .Where(w => w.Word.Length >= MinWordLength && !Filler.Contains(w.Word) && !w.Word.All(char.IsDigit))
            .GroupBy(w => w.Word, StringComparer.CurrentCultureIgnoreCase)
            .Select(g => new CloudWord(
                g.GroupBy(w => w.Word).OrderByDescending(f => f.Sum(w => w.Count)).ThenBy(f => f.Key, StringComparer.Ordinal).First().Key,
                g.Sum(w => w.Count)));
        return [.. words.OrderByDescending(w => w.Count).ThenBy(w => w.Word, StringComparer.CurrentCultureIgnoreCase).Take(maxWords)];
    }

    // Letters, digits and inner hyphens make a word ("E-Mail", "Follow-up"); everything else separates.
    private static IEnumerable<string> Words(string text)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && (char.IsLetterOrDigit(text[i]) || (text[i] == '-' && start >= 0 && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1])));
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                yield return text[start..i];
                start = -1;
            }
        }
    }
}
