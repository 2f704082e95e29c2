namespace NetzwerkCheck.Web.Localization;

/// <summary>
/// A number with its noun in singular or plural ("1 Kontakt", "3 Kontakte"; "1 contact", "3 contacts").
/// German and English both use the singular for exactly one, so one rule serves both languages.
/// </summary>
public static class Counts
{
    private static readonly IStringLocalizer Localizer = StaticText.For(typeof(Counts));

    /// <param name="one">The text for exactly one, with the digit written out ("1 Kontakt"), so a noun that is the same in German singular and plural still has its own English key.</param>
    public static string Of(int count, string one, string many) => count == 1 ? Localizer[one] : Localizer[many, count];

    public static string Events(int count) => Of(count, "1 Treffen", "{0} Treffen");

    public static string Contacts(int count) => Of(count, "1 Kontakt", "{0} Kontakte");

    public static string Leads(int count) => Of(count, "1 Anfrage", "{0} Anfragen");

    public static string Contributions(int count) => Of(count, "1 Beitrag", "{0} Beiträge");

    public static string ReferralsGiven(int count) => Of(count, "1 Empfehlung gegeben", "{0} Empfehlungen gegeben");

    public static string ReferralsReceived(int count) => Of(count, "1 Empfehlung erhalten", "{0} Empfehlungen erhalten");

    public static string Orders(int count) => Of(count, "1 Auftrag", "{0} Aufträge");

    public static string Knowledge(int count) => Of(count, "1 Erkenntnis", "{0} Erkenntnisse");

    public static string Weeks(int count) => Of(count, "1 Woche", "{0} Wochen");

    public static string Answers(int count) => Of(count, "1 Antwort", "{0} Antworten");

    public static string Questions(int count) => Of(count, "1 Frage", "{0} Fragen");

    public static string Points(int count) => Of(count, "1 Punkt", "{0} Punkte");

    public static string Participants(int count) => Of(count, "1 teilnehmende Person", "{0} Teilnehmende");

    public static string Members(int count) => Of(count, "ca. 1 Mitglied", "ca. {0:N0} Mitglieder");

    /// <summary>
    /// A journal's counts as one short phrase that names only the kinds it holds: "2 Treffen, 1 Kontakt, 1 Auftrag";
    /// "noch keine Einträge" when it is empty.
    /// </summary>
    public static string Journal(JournalCounts counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        if (counts.Total == 0)
        {
            return Localizer["noch keine Einträge"];
        }
        (int Count, Func<int, string> Text)[] parts =
        [
            (counts.Events, Events), (counts.Contributions, Contributions), (counts.ReferralsGiven, ReferralsGiven),
            (counts.ReferralsReceived, ReferralsReceived), (counts.Contacts, Contacts), (counts.Leads, Leads),
            (counts.Orders, Orders), (counts.Knowledge, Knowledge),
        ];
        return string.Join(", ", parts.Where(p => p.Count > 0).Select(p => p.Text(p.Count)));
    }
}
