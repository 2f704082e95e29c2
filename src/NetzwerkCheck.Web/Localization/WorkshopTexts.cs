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
        var key => key,
    };

    public static string Hint(WorkshopQuestion question) => question.IsOwn
        ? OwnHint(question)
        : question.Key switch
        {
            "network-kinds" => T("Mehrere Antworten möglich."),
            "conduct" or "size" or "member-interviews" or "trial-period" => T("1 = schlecht, 5 = sehr gut"),
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
            (_, "1") => T("1 – schlecht"),
            (_, "2") => "2",
            (_, "3") => "3",
            (_, "4") => "4",
            (_, "5") => T("5 – sehr gut"),
            _ => option,
        };
}
