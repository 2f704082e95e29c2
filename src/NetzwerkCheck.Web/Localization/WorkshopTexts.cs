namespace NetzwerkCheck.Web.Localization;

/// <summary>The German wording of the workshop questions and their options.</summary>
public static class WorkshopTexts
{
    public static string Question(string key) => key switch
    {
        "style" => "Jäger oder Sammler: Wie nutzen Sie Netzwerke vor allem?",
        "network-kinds" => "In welchen Arten von Netzwerken sind Sie unterwegs?",
        "conduct" => "Wie gehen die Menschen in Ihren Netzwerken miteinander um?",
        "size" => "Passt die Größe Ihrer Netzwerke – fühlen sich die Leute dort wohl?",
        "member-interviews" => "Was erzählen andere Mitglieder über ihre Erfahrungen?",
        "trial-period" => "Wie gut hat Ihre Probezeit funktioniert, als Sie neu waren?",
        "tip" => "Ihr wichtigster Tipp fürs Netzwerken?",
        _ => key,
    };

    public static string Hint(string key) => key switch
    {
        "network-kinds" => "Mehrere Antworten möglich.",
        "conduct" or "size" or "member-interviews" or "trial-period" => "1 = schlecht, 5 = sehr gut",
        "tip" => $"Ein Satz genügt – höchstens {Domain.Workshops.WorkshopQuestions.OpenTextMaxLength} Zeichen.",
        _ => "",
    };

    public static string Option(string questionKey, string option) => (questionKey, option) switch
    {
        ("style", "hunter") => "Jäger – ich suche Aufträge",
        ("style", "gatherer") => "Sammler – ich suche Wissen",
        ("network-kinds", "knowledge") => "Wissensnetzwerk",
        ("network-kinds", "service") => "Leistungsnetzwerk",
        ("network-kinds", "referral") => "Empfehlungsnetzwerk",
        (_, "1") => "1 – schlecht",
        (_, "2") => "2",
        (_, "3") => "3",
        (_, "4") => "4",
        (_, "5") => "5 – sehr gut",
        _ => option,
    };
}
