using Microsoft.Extensions.Localization;
using NetzwerkCheck.Domain.Assessments;
using NetzwerkCheck.Domain.Networks;

namespace NetzwerkCheck.Web.Localization;

/// <summary>
/// Every label and explanation the pages show for domain values, in one place. Written in German; <see cref="T(string)"/>
/// gives the current language's wording from Resources/Localization/Texts.en.resx. Static because views,
/// exports and calendar files all call it; the culture comes from the request.
/// </summary>
public static class Texts
{
    private static readonly IStringLocalizer Localizer = StaticText.For(typeof(Texts));

    /// <summary>The German text in the current UI language.</summary>
    public static string T(string german) => Localizer[german];

    /// <summary>The German format in the current UI language, filled in with the current culture's numbers and dates.</summary>
    public static string T(string german, params object[] arguments) => Localizer[german, arguments];

    public static string Of(OrganisationForm form) => form switch
    {
        OrganisationForm.Association => "Verein",
        OrganisationForm.Virtual => "Virtuelles Netzwerk",
        OrganisationForm.Mixed => "Mischform",
        _ => form.ToString(),
    };

    public static string Of(NetworkStatus status) => status switch
    {
        NetworkStatus.Considering => "Überlege",
        NetworkStatus.Trial => "Probezeit",
        NetworkStatus.Member => "Mitglied",
        NetworkStatus.Left => "Ausgetreten",
        _ => status.ToString(),
    };

    public static string Of(JournalEntryKind kind) => kind switch
    {
        JournalEntryKind.Event => "Treffen besucht",
        JournalEntryKind.Contact => "Kontakt geknüpft",
        JournalEntryKind.Lead => "Anfrage oder Auftrag",
        _ => kind.ToString(),
    };

    public static string Of(NetworkType type) => type switch
    {
        NetworkType.Knowledge => "Wissensnetzwerk",
        NetworkType.Service => "Leistungsnetzwerk",
        NetworkType.Referral => "Empfehlungsnetzwerk",
        _ => type.ToString(),
    };

    public static string SurveyOption(NetworkType type) => type switch
    {
        NetworkType.Knowledge => "Wissen und Erfahrungen austauschen",
        NetworkType.Service => "Leistungen anbieten, tauschen oder einkaufen",
        NetworkType.Referral => "Kontakte knüpfen und einander weiterempfehlen",
        _ => type.ToString(),
    };

    public static string ShortName(NetworkType type) => type switch
    {
        NetworkType.Knowledge => "Wissen",
        NetworkType.Service => "Leistung",
        NetworkType.Referral => "Empfehlung",
        _ => type.ToString(),
    };

    public static string Of(NetworkerStyle style) => style switch
    {
        NetworkerStyle.Hunter => "Jäger",
        NetworkerStyle.Gatherer => "Sammler",
        _ => style.ToString(),
    };

    public static string Describe(NetworkerStyle style) => style switch
    {
        NetworkerStyle.Hunter => "Ich sehe Netzwerke vor allem als Marktplatz: Ich möchte dort Kundinnen, Kunden und Aufträge finden.",
        NetworkerStyle.Gatherer => "Ich nutze Netzwerke vor allem als Informationsquelle: Ich möchte Neues erfahren und dazulernen.",
        _ => style.ToString(),
    };

    public static string Of(Goal goal) => goal switch
    {
        Goal.ShareKnowledge => "Wissen und Erfahrungen austauschen",
        Goal.WinClients => "Neue Kundschaft und Aufträge gewinnen",
        Goal.SourceServices => "Leistungen tauschen oder einkaufen",
        Goal.BuildRelationships => "Beziehungen aufbauen und Menschen kennenlernen",
        _ => goal.ToString(),
    };

    public static string Of(Criterion criterion) => criterion switch
    {
        Criterion.Conduct => "Umgang",
        Criterion.Size => "Größe",
        Criterion.MemberInterviews => "Mitgliederbefragung",
        Criterion.TrialPeriod => "Probezeit",
        Criterion.Results => "Ergebnisse",
        _ => criterion.ToString(),
    };

    public static string Question(Criterion criterion) => criterion switch
    {
        Criterion.Conduct => "Wie gehen die Mitglieder miteinander um? Wie wurden Sie als neues Gesicht empfangen, und wie wirken Einladungen und Rundschreiben?",
        Criterion.Size => "Passt die Größe? Sie sagt wenig über Qualität, zeigt aber, ob sich Menschen hier wohlfühlen und bleiben.",
        Criterion.MemberInterviews => "Was berichten Mitglieder, die Sie gefragt haben, über ihre Erfahrungen mit dem Netzwerk?",
        Criterion.TrialPeriod => "Wie ist Ihre Probezeit verlaufen? Konnten Sie Menschen kennenlernen, und haben die anderen Sie kennengelernt?",
        Criterion.Results => "Welche greifbaren Ergebnisse bringt das Netzwerk: Aufträge, Kooperationen, eingekaufte Leistungen?",
        _ => criterion.ToString(),
    };

    public static string RatingLabel(int rating) => rating switch
    {
        1 => "1\u00a0–\u00a0schlecht",
        2 => "2\u00a0–\u00a0eher\u00a0schlecht",
        3 => "3\u00a0–\u00a0mittel",
        4 => "4\u00a0–\u00a0gut",
        5 => "5\u00a0–\u00a0sehr\u00a0gut",
        _ => rating.ToString(System.Globalization.CultureInfo.CurrentCulture),
    };

    public static string AgreementLabel(int value) => value switch
    {
        0 => "trifft nicht zu",
        1 => "trifft kaum zu",
        2 => "teils, teils",
        3 => "trifft eher zu",
        4 => "trifft voll zu",
        _ => value.ToString(System.Globalization.CultureInfo.CurrentCulture),
    };

    public static string ClassificationStatement(string key) => key switch
    {
        "knowledge-talks" => "Bei den Treffen stehen Vorträge, Fachthemen oder Weiterbildung im Mittelpunkt.",
        "knowledge-exchange" => "Mitglieder fragen einander um Rat und teilen offen, was sie gelernt haben.",
        "service-deals" => "Hier werden Leistungen angeboten, getauscht oder eingekauft.",
        "service-results" => "Der Erfolg wird an Aufträgen, Umsätzen oder gemeinsamen Projekten gemessen.",
        "referral-relationships" => "Es geht vor allem darum, Menschen kennenzulernen und Vertrauen aufzubauen.",
        "referral-introductions" => "Mitglieder stellen einander Kontakte vor und empfehlen sich gegenseitig weiter.",
        _ => key,
    };

    public static string Of(RedFlag flag) => flag switch
    {
        RedFlag.OssifiedStructures => "Verknöcherte Strukturen: Neue Ideen werden abgeblockt, es bestimmen immer dieselben.",
        RedFlag.GroupDynamicsAgainstPurpose => "Die Gruppendynamik arbeitet gegen den eigentlichen Zweck des Netzwerks.",
        RedFlag.EveryoneOnlyTakes => "Viele wollen nur profitieren, kaum jemand bringt selbst etwas ein.",
        RedFlag.NewcomersIgnored => "Neue Mitglieder bleiben außen vor und finden keinen Anschluss.",
        RedFlag.PressureToBuy => "Es gibt Druck, Leistungen zu kaufen oder hohe Beiträge zu zahlen, ohne erkennbaren Gegenwert.",
        _ => flag.ToString(),
    };

    public static string Of(Recommendation recommendation, NetworkStatus status) => recommendation switch
    {
        Recommendation.Engage => "Engagieren",
        Recommendation.KeepTesting => "Weiter testen",
        Recommendation.Leave => status is NetworkStatus.Member or NetworkStatus.Trial ? "Austreten" : "Nicht beitreten",
        _ => recommendation.ToString(),
    };

    public static string Of(Recommendation recommendation) => recommendation switch
    {
        Recommendation.Engage => "Engagieren",
        Recommendation.KeepTesting => "Weiter testen",
        Recommendation.Leave => "Nicht beitreten / austreten",
        _ => recommendation.ToString(),
    };

    public static string Of(RecommendationReason reason) => reason switch
    {
        RecommendationReason.StrongScore => "Das Netzwerk schneidet in den Kriterien, die für seinen Kerngedanken zählen, überzeugend ab.",
        RecommendationReason.MixedScore => "Das Bild ist gemischt: Einiges spricht dafür, einiges dagegen.",
        RecommendationReason.WeakScore => "Das Netzwerk schneidet in den entscheidenden Kriterien schwach ab.",
        RecommendationReason.CappedByRedFlags => "Die Warnsignale wiegen schwerer als der Durchschnitt der Bewertungen.",
        RecommendationReason.NotEnoughEvidence => "Für ein klares Urteil fehlen noch zu viele Einschätzungen.",
        RecommendationReason.TrialTooShort => "Die Probezeit war zu kurz, um das Netzwerk schon abschließend zu beurteilen.",
        _ => reason.ToString(),
    };

    public static string Of(FitLevel level) => level switch
    {
        FitLevel.Good => "Passt gut",
        FitLevel.Partial => "Passt teilweise",
        FitLevel.Poor => "Passt kaum",
        _ => level.ToString(),
    };

    public static string Of(FitReason reason) => reason switch
    {
        FitReason.GathererInKnowledgeNetwork => "Sie sammeln gern Informationen, und dieses Netzwerk lebt vom Austausch von Wissen. Das passt zusammen.",
        FitReason.HunterInKnowledgeNetwork => "Sie suchen vor allem Aufträge, dieses Netzwerk dreht sich aber um Wissen. Rechnen Sie hier nicht mit schnellen Geschäften.",
        FitReason.HunterInMarketplace => "Sie suchen Aufträge, und hier werden Leistungen und Empfehlungen ausgetauscht. Gute Voraussetzungen, wenn Sie gezielt auftreten.",
        FitReason.GathererInMarketplace => "Sie suchen vor allem Informationen, dieses Netzwerk ist aber eher ein Marktplatz. Prüfen Sie, ob Sie hier genug lernen.",
        FitReason.GoalMatchesCoreIdea => "Ihr Ziel deckt sich mit dem Kerngedanken des Netzwerks.",
        FitReason.GoalPartlyMatches => "Ihr Ziel und der Kerngedanke des Netzwerks überschneiden sich nur teilweise.",
        FitReason.GoalMissesCoreIdea => "Ihr Ziel und der Kerngedanke des Netzwerks gehen in verschiedene Richtungen.",
        FitReason.CoreIdeaUnclear => "Der Kerngedanke des Netzwerks ist nicht eindeutig. Ob es zu Ihrem Ziel passt, lässt sich noch nicht sicher sagen.",
        FitReason.GoalOrStyleMissing => "Ohne Ziel und Netzwerk-Stil lässt sich die Passung nur grob einschätzen.",
        _ => reason.ToString(),
    };

    public static string Of(CriterionState state) => state switch
    {
        CriterionState.Rated => "bewertet",
        CriterionState.Open => "offen",
        CriterionState.TrialTooShort => "Probezeit zu kurz",
        _ => state.ToString(),
    };

    public static string Of(NextStep step, int minimumTrialWeeks) => step switch
    {
        NextStep.ObserveNewcomerWelcome => "Besuchen Sie ein Treffen und achten Sie darauf, wie neue Gesichter aufgenommen werden.",
        NextStep.FindOutActiveMembers => "Finden Sie heraus, wie viele Mitglieder wirklich aktiv sind und regelmäßig kommen.",
        NextStep.AskThreeMembers => "Sprechen Sie mit drei Mitgliedern über ihre Erfahrungen – am besten mit langjährigen und neuen.",
        NextStep.PlanLongerTrial => $"Verlängern Sie die Probezeit auf mindestens {minimumTrialWeeks} Wochen: Die anderen müssen Sie auch erst kennenlernen.",
        NextStep.StartTrial => $"Vereinbaren Sie eine Probezeit von mindestens {minimumTrialWeeks} Wochen und besuchen Sie in dieser Zeit mehrere Treffen.",
        NextStep.AskForResults => "Fragen Sie nach greifbaren Ergebnissen: Welche Aufträge oder Kooperationen sind hier zuletzt entstanden?",
        NextStep.PickContactsWhereNeeded => "Suchen Sie gezielt Kontakte in den Bereichen, in denen Ihre Leistungen gebraucht werden.",
        NextStep.ShowExpertiseByContributions => "Empfehlen Sie sich durch nützliche Fachbeiträge als Expertin oder Experte, statt direkt zu verkaufen.",
        NextStep.PlanRegularPresence => "Planen Sie feste Termine, damit Sie regelmäßig sichtbar sind.",
        NextStep.SeparateImportantFromNoise => "Legen Sie fest, welche Themen für Sie wichtig sind, und lassen Sie den Rest bewusst liegen.",
        NextStep.LimitTimeSpent => "Begrenzen Sie die Zeit, die Sie im Netzwerk verbringen, etwa auf feste Stunden pro Woche.",
        NextStep.AddressRedFlagsOpenly => "Sprechen Sie die Warnsignale bei Vorstand oder Moderation offen an und beobachten Sie die Reaktion.",
        NextStep.SetExitDate => "Legen Sie ein Datum fest, bis zu dem Sie austreten oder endgültig absagen.",
        NextStep.CommitToRole => "Übernehmen Sie eine sichtbare Aufgabe, etwa in einer Arbeitsgruppe oder bei der Organisation von Treffen.",
        NextStep.ClarifyCoreIdea => "Klären Sie mit Mitgliedern, worum es in diesem Netzwerk im Kern geht – die Sichtweisen gehen oft auseinander.",
        NextStep.ChooseGoalAndStyle => "Halten Sie fest, was Sie von diesem Netzwerk wollen und ob Sie eher Jäger oder Sammler sind.",
        NextStep.CheckGoalFit => "Prüfen Sie, ob ein anderes Netzwerk besser zu Ihrem Ziel passt.",
        _ => step.ToString(),
    };

    /// <summary>One sentence on how the score and the core idea developed across the assessments.</summary>
    public static string Of(AssessmentTrend trend)
    {
        ArgumentNullException.ThrowIfNull(trend);
        static string Date(AssessmentSnapshot s) => s.CompletedUtc.ToLocalTime().ToString("d", System.Globalization.CultureInfo.CurrentCulture);
        static string Points(int points) => points == 1 ? "1 Punkt" : $"{points.ToString(System.Globalization.CultureInfo.CurrentCulture)} Punkte";

        var score = trend.Score switch
        {
            ScoreTrend.NotComparable => "Die Punktzahl lässt sich noch nicht vergleichen, weil höchstens eine Bewertung genug eingeschätzte Kriterien für eine Punktzahl hat",
            _ when trend.FirstScored is { } from && trend.LatestScored is { } to && trend.ScoreDelta is int delta =>
                (trend.ScoreSpansAllAssessments
                    ? $"Seit der ersten Bewertung am {Date(from)} "
                    : $"Zwischen den Bewertungen vom {Date(from)} und vom {Date(to)} ")
                + trend.Score switch
                {
                    ScoreTrend.Rose => $"ist die Punktzahl um {Points(delta)} gestiegen (von {from.Score} auf {to.Score})",
                    ScoreTrend.Fell => $"ist die Punktzahl um {Points(-delta)} gesunken (von {from.Score} auf {to.Score})",
                    _ => $"ist die Punktzahl gleich geblieben ({Points(to.Score!.Value)})",
                },
            _ => "Die Punktzahl lässt sich nicht vergleichen",
        };
        var coreIdea = trend.CoreIdea switch
        {
            CoreIdeaTrend.Unchanged => $"im Kern ist es weiterhin ein {Of(trend.LatestPrimary)}",
            CoreIdeaTrend.Changed => $"der Kerngedanke hat sich vom {Of(trend.FirstPrimary)} zum {Of(trend.LatestPrimary)} verschoben",
            _ => "ob sich der Kerngedanke verschoben hat, lässt sich nicht sicher sagen, weil das Typprofil nicht eindeutig ist",
        };
        return $"{score}; {coreIdea}.";
    }
}
