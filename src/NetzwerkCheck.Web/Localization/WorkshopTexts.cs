using NetzwerkCheck.Domain.Workshops;

namespace NetzwerkCheck.Web.Localization;

/// <summary>
/// The wording of the workshop questions and their options. Written in German; the current language's wording
/// comes from Resources/Localization/WorkshopTexts.en.resx.
/// </summary>
public static class WorkshopTexts
{
    private static readonly IStringLocalizer Localizer = StaticText.For(typeof(WorkshopTexts));

    private static string T(string german) => Localizer[german];

    public static string Question(WorkshopQuestion question) => question.Text ?? question.Key switch
    {
        "style" => T("Jäger oder Sammler: Wie nutzen Sie Netzwerke vor allem?"),
        "network-kinds" => T("In welchen Arten von Netzwerken sind Sie unterwegs?"),
        "conduct" => T("Wie gehen die Menschen in Ihren Netzwerken miteinander um?"),
        "size" => T("Passt die Größe Ihrer Netzwerke – fühlen sich die Leute dort wohl?"),
        "member-interviews" => T("Was erzählen andere Mitglieder über ihre Erfahrungen?"),
        "trial-period" => T("Wie gut hat Ihre Probezeit funktioniert, als Sie neu waren?"),
        "tip" => T("Ihr wichtigster Tipp fürs Netzwerken?"),
        WorkshopQuestions.ContributionsKey => T("Was bringen Sie ein?"),
        WorkshopQuestions.DebriefKey => T("Jäger und Sammler im Raum"),
        "knowledge-talks" => T("In diesem Netzwerk drehen sich die Treffen um Fachthemen, Vorträge und Weiterbildung."),
        "knowledge-exchange" => T("Hier fragt man einander um Rat und gibt offen weiter, was man gelernt hat."),
        "service-deals" => T("In diesem Netzwerk werden Leistungen angeboten, getauscht oder eingekauft."),
        "service-results" => T("Was hier zählt, sind Aufträge, Umsatz und gemeinsame Projekte."),
        "referral-relationships" => T("Im Mittelpunkt steht, Menschen kennenzulernen und Vertrauen aufzubauen."),
        "referral-introductions" => T("Die Mitglieder bringen einander mit Kontakten zusammen und empfehlen sich weiter."),
        "group-conduct" => T("Wie gehen die Mitglieder in diesem Netzwerk miteinander um – und wie wird jemand Neues empfangen?"),
        "group-size" => T("Passt die Größe dieses Netzwerks – fühlen sich die Leute hier wohl?"),
        "group-member-interviews" => T("Was hört man von Mitgliedern über ihre Erfahrungen mit diesem Netzwerk?"),
        "group-trial-period" => T("Lässt dieses Netzwerk Neuen genug Zeit, die Leute kennenzulernen – und umgekehrt?"),
        "group-results" => T("Was kommt in diesem Netzwerk greifbar heraus – Aufträge, Empfehlungen, Projekte?"),
        WorkshopQuestions.RedFlagsKey => T("Welche Warnsignale sehen Sie in diesem Netzwerk?"),
        var key => key,
    };

    public static string Hint(WorkshopQuestion question) => question.IsOwn
        ? OwnHint(question)
        : question.Key switch
        {
            "network-kinds" => T("Mehrere Antworten möglich."),
            "conduct" or "size" or "member-interviews" or "trial-period" => T("1 = schlecht, 5 = sehr gut"),
            var key when GroupAssessment.IsStatement(key) => T("0 = trifft nicht zu, 4 = trifft voll zu. Den Kerngedanken eines Netzwerks sieht nicht jedes Mitglied gleich – antworten Sie, wie Sie es erleben."),
            var key when GroupAssessment.CriterionOf(key) is not null => T("1 = schlecht, 5 = sehr gut"),
            WorkshopQuestions.RedFlagsKey => T("Mehrere Antworten möglich; „Keins davon“ nur für sich allein."),
            "tip" => Localizer["Ein Satz genügt – höchstens {0} Zeichen.", WorkshopQuestions.OpenTextMaxLength],
            WorkshopQuestions.ContributionsKey => T("Mehrere Antworten möglich; „Vorerst nichts“ nur allein."),
            _ => "",
        };

    private static string OwnHint(WorkshopQuestion question) => question.Kind switch
    {
        QuestionKind.Rating => T("1 = schlecht, 5 = sehr gut"),
        QuestionKind.MultipleChoice => T("Mehrere Antworten möglich."),
        QuestionKind.OpenText => Localizer["Höchstens {0} Zeichen.", WorkshopQuestions.OpenTextMaxLength],
        _ => "",
    };

    public static string KindOf(WorkshopQuestion question) => KindOf(question.Kind);

    public static string KindOf(QuestionKind kind) => kind switch
    {
        QuestionKind.SingleChoice => T("Auswahl: eine Antwort"),
        QuestionKind.MultipleChoice => T("Auswahl: mehrere Antworten"),
        QuestionKind.Rating => T("Skala von 1 bis 5"),
        QuestionKind.OpenText => T("Freie Antwort"),
        QuestionKind.Debrief => T("Auswertung für den Raum, ohne Antwort"),
        _ => kind.ToString(),
    };

    /// <summary>An option's label; a facilitator's own options are shown as typed.</summary>
    public static string Option(WorkshopQuestion question, string option) => question.IsOwn && question.Kind != QuestionKind.Rating
        ? option
        : (question.Key, option) switch
        {
            ("style", "hunter") => T("Jäger – ich suche Aufträge"),
            ("style", "gatherer") => T("Sammler – ich suche Wissen"),
            ("network-kinds", "knowledge") => T("Wissensnetzwerk"),
            ("network-kinds", "service") => T("Leistungsnetzwerk"),
            ("network-kinds", "referral") => T("Empfehlungsnetzwerk"),
            (WorkshopQuestions.ContributionsKey, _) when WorkshopQuestions.ContributionOptions.FirstOrDefault(o => o.Option == option) is ({ }, var contribution) => Texts.Of(contribution),
            (var key, _) when GroupAssessment.IsStatement(key) => AgreementOption(option),
            (WorkshopQuestions.RedFlagsKey, WorkshopQuestions.NoneOption) => T("Keins davon"),
            (WorkshopQuestions.RedFlagsKey, var flag) when Enum.TryParse(flag, out RedFlag redFlag) => Texts.ShortName(redFlag),
            (_, "1") => T("1 – schlecht"),
            (_, "2") => "2",
            (_, "3") => "3",
            (_, "4") => "4",
            (_, "5") => T("5 – sehr gut"),
            _ => option,
        };

    private static string AgreementOption(string option) => option switch
    {
        "0" => T("0 – trifft nicht zu"),
        "1" => T("1 – trifft kaum zu"),
        "2" => T("2 – teils, teils"),
        "3" => T("3 – trifft eher zu"),
        "4" => T("4 – trifft voll zu"),
        _ => option,
    };
}
