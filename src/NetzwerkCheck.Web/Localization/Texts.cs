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

    /// <summary>A share in the current language's style: "42 %" in German, "42%" in English.</summary>
    public static string Percent(object value) => T("{0} %", value);

    /// <summary>The unit after a large figure, with the German space before it: " %" / "%".</summary>
    public static string PercentUnit => T(" %");

    /// <summary>
    /// For a German word that needs different translations in different places ("Probezeit" is both the criterion
    /// "Trial period" and the status "On trial"): the key is "context|German", and the German text itself is
    /// the fallback, so German stays unchanged.
    /// </summary>
    private static string InContext(string context, string german)
    {
        var text = Localizer[context + "|" + german];
        return text.ResourceNotFound ? german : text.Value;
    }

    public static string Of(OrganisationForm form) => T(form switch
    {
        OrganisationForm.Association => "Verein",
        OrganisationForm.Virtual => "Virtuelles Netzwerk",
        OrganisationForm.Mixed => "Mischform",
        _ => form.ToString(),
    });

    public static string Of(NetworkStatus status) => status switch
    {
        NetworkStatus.Considering => T("Überlege"),
        NetworkStatus.Trial => InContext("Status", "Probezeit"),
        NetworkStatus.Member => T("Mitglied"),
        NetworkStatus.Left => T("Ausgetreten"),
        _ => status.ToString(),
    };

    public static string Of(JournalEntryKind kind) => T(kind switch
    {
        JournalEntryKind.Event => "Treffen besucht",
        JournalEntryKind.Contribution => "Beitrag geleistet",
        JournalEntryKind.ReferralGiven => "Empfehlung gegeben",
        JournalEntryKind.ReferralReceived => "Empfehlung erhalten",
        JournalEntryKind.Contact => "Kontakt geknüpft",
        JournalEntryKind.Lead => "Anfrage erhalten",
        JournalEntryKind.Order => "Auftrag erhalten",
        JournalEntryKind.Knowledge => "Wissen mitgenommen",
        _ => kind.ToString(),
    });

    /// <summary>One line under each kind in the journal's form, so the choice is clear at a glance.</summary>
    public static string HintOf(JournalEntryKind kind) => T(kind switch
    {
        JournalEntryKind.Event => "Stammtisch, Messe, Feier",
        JournalEntryKind.Contribution => "Vortrag, Artikel, Hilfe für andere",
        JournalEntryKind.ReferralGiven => "Sie haben jemanden weiterempfohlen",
        JournalEntryKind.ReferralReceived => "Jemand hat Sie weiterempfohlen",
        JournalEntryKind.Contact => "Jemand, den Sie wiedersehen wollen",
        JournalEntryKind.Lead => "Jemand fragt nach Ihrer Leistung",
        JournalEntryKind.Order => "Mit seinem Wert in Euro",
        JournalEntryKind.Knowledge => "Bitte notieren: was?",
        _ => kind.ToString(),
    });

    public static string Of(NetworkType type) => T(type switch
    {
        NetworkType.Knowledge => "Wissensnetzwerk",
        NetworkType.Service => "Leistungsnetzwerk",
        NetworkType.Referral => "Empfehlungsnetzwerk",
        _ => type.ToString(),
    });

    public static string SurveyOption(NetworkType type) => T(type switch
    {
        NetworkType.Knowledge => "Wissen und Erfahrungen austauschen",
        NetworkType.Service => "Leistungen anbieten, tauschen oder einkaufen",
        NetworkType.Referral => "Kontakte knüpfen und einander weiterempfehlen",
        _ => type.ToString(),
    });

    public static string ShortName(NetworkType type) => T(type switch
    {
        NetworkType.Knowledge => "Wissen",
        NetworkType.Service => "Leistung",
        NetworkType.Referral => "Empfehlung",
        _ => type.ToString(),
    });

    public static string Of(NetworkerStyle style) => T(style switch
    {
        NetworkerStyle.Hunter => "Jäger",
        NetworkerStyle.Gatherer => "Sammler",
        _ => style.ToString(),
    });

    public static string Describe(NetworkerStyle style) => T(style switch
    {
        NetworkerStyle.Hunter => "Ich sehe Netzwerke vor allem als Marktplatz: Ich möchte dort Kundinnen, Kunden und Aufträge finden.",
        NetworkerStyle.Gatherer => "Ich nutze Netzwerke vor allem als Informationsquelle: Ich möchte Neues erfahren und dazulernen.",
        _ => style.ToString(),
    });

    public static string Of(Goal goal) => T(goal switch
    {
        Goal.ShareKnowledge => "Wissen und Erfahrungen austauschen",
        Goal.WinClients => "Neue Kundschaft und Aufträge gewinnen",
        Goal.SourceServices => "Leistungen tauschen oder einkaufen",
        Goal.BuildRelationships => "Beziehungen aufbauen und Menschen kennenlernen",
        _ => goal.ToString(),
    });

    public static string Of(Contribution contribution) => T(contribution switch
    {
        Contribution.KnowledgeOrTalks => "Wissen teilen, etwa mit einem Vortrag oder Fachbeitrag",
        Contribution.ReferralsForOthers => "Andere weiterempfehlen",
        Contribution.HelpOrganising => "Bei der Organisation mithelfen",
        Contribution.IntroductionsToContacts => "Kontakte aus meinem Umfeld vorstellen",
        Contribution.NothingYet => "Vorerst nichts: Ich möchte erst sehen, was es mir bringt",
        _ => contribution.ToString(),
    });

    public static string Of(Criterion criterion) => T(criterion switch
    {
        Criterion.Conduct => "Umgang",
        Criterion.Size => "Größe",
        Criterion.MemberInterviews => "Mitgliederbefragung",
        Criterion.TrialPeriod => "Probezeit",
        Criterion.Results => "Ergebnisse",
        _ => criterion.ToString(),
    });

    public static string Question(Criterion criterion) => T(criterion switch
    {
        Criterion.Conduct => "Wie gehen die Mitglieder miteinander um? Wie wurden Sie als neues Gesicht empfangen, und wie wirken Einladungen und Rundschreiben?",
        Criterion.Size => "Passt die Größe? Sie sagt wenig über Qualität, zeigt aber, ob sich Menschen hier wohlfühlen und bleiben.",
        Criterion.MemberInterviews => "Was berichten Mitglieder, die Sie gefragt haben, über ihre Erfahrungen mit dem Netzwerk?",
        Criterion.TrialPeriod => "Wie ist Ihre Probezeit verlaufen? Konnten Sie Menschen kennenlernen, und haben die anderen Sie kennengelernt?",
        Criterion.Results => "Welche greifbaren Ergebnisse bringt das Netzwerk: Aufträge, Kooperationen, eingekaufte Leistungen?",
        _ => criterion.ToString(),
    });

    public static string RatingLabel(int rating) => T(rating switch
    {
        1 => "1\u00a0–\u00a0schlecht",
        2 => "2\u00a0–\u00a0eher\u00a0schlecht",
        3 => "3\u00a0–\u00a0mittel",
        4 => "4\u00a0–\u00a0gut",
        5 => "5\u00a0–\u00a0sehr\u00a0gut",
        _ => rating.ToString(System.Globalization.CultureInfo.CurrentCulture),
    });

    public static string AgreementLabel(int value) => T(value switch
    {
        0 => "trifft nicht zu",
        1 => "trifft kaum zu",
        2 => "teils, teils",
        3 => "trifft eher zu",
        4 => "trifft voll zu",
        _ => value.ToString(System.Globalization.CultureInfo.CurrentCulture),
    });

    public static string ClassificationStatement(string key) => T(key switch
    {
        "knowledge-talks" => "Bei den Treffen stehen Vorträge, Fachthemen oder Weiterbildung im Mittelpunkt.",
        "knowledge-exchange" => "Mitglieder fragen einander um Rat und teilen offen, was sie gelernt haben.",
        "service-deals" => "Hier werden Leistungen angeboten, getauscht oder eingekauft.",
        "service-results" => "Der Erfolg wird an Aufträgen, Umsätzen oder gemeinsamen Projekten gemessen.",
        "referral-relationships" => "Es geht vor allem darum, Menschen kennenzulernen und Vertrauen aufzubauen.",
        "referral-introductions" => "Mitglieder stellen einander Kontakte vor und empfehlen sich gegenseitig weiter.",
        _ => key,
    });

    public static string Of(RedFlag flag) => T(flag switch
    {
        RedFlag.OssifiedStructures => "Verknöcherte Strukturen: Neue Ideen werden abgeblockt, es bestimmen immer dieselben.",
        RedFlag.GroupDynamicsAgainstPurpose => "Die Gruppendynamik arbeitet gegen den eigentlichen Zweck des Netzwerks.",
        RedFlag.EveryoneOnlyTakes => "Viele wollen nur profitieren, kaum jemand bringt selbst etwas ein.",
        RedFlag.NewcomersIgnored => "Neue Mitglieder bleiben außen vor und finden keinen Anschluss.",
        RedFlag.PressureToBuy => "Es gibt Druck, Leistungen zu kaufen oder hohe Beiträge zu zahlen, ohne erkennbaren Gegenwert.",
        _ => flag.ToString(),
    });

    public static string Of(Recommendation recommendation, NetworkStatus status) => T(recommendation switch
    {
        Recommendation.Engage => "Engagieren",
        Recommendation.KeepTesting => "Weiter testen",
        Recommendation.Leave => status switch
        {
            NetworkStatus.Member or NetworkStatus.Trial => "Austreten",
            NetworkStatus.Left => "Draußen bleiben",
            _ => "Nicht beitreten",
        },
        Recommendation.NotForThisGoal => "Nicht für Ihr Ziel",
        _ => recommendation.ToString(),
    });

    public static string Of(Recommendation recommendation) => T(recommendation switch
    {
        Recommendation.Engage => "Engagieren",
        Recommendation.KeepTesting => "Weiter testen",
        Recommendation.Leave => "Nicht beitreten / austreten",
        Recommendation.NotForThisGoal => "Nicht für Ihr Ziel",
        _ => recommendation.ToString(),
    });

    public static string Of(FitLevel level) => T(level switch
    {
        FitLevel.Good => "Passt gut",
        FitLevel.Partial => "Passt teilweise",
        FitLevel.Poor => "Passt kaum",
        _ => level.ToString(),
    });

    public static string Of(FitReason reason) => T(reason switch
    {
        FitReason.GathererInKnowledgeNetwork => "Sie sammeln gern Informationen, und dieses Netzwerk lebt vom Austausch von Wissen. Das passt zusammen.",
        FitReason.HunterInKnowledgeNetwork => "Sie suchen vor allem Aufträge, dieses Netzwerk dreht sich aber um Wissen. Rechnen Sie hier nicht mit schnellen Geschäften.",
        FitReason.HunterInMarketplace => "Sie suchen Aufträge, und hier werden Leistungen und Empfehlungen ausgetauscht. Gute Voraussetzungen, wenn Sie gezielt auftreten.",
        FitReason.GathererInMarketplace => "Sie suchen vor allem Informationen, dieses Netzwerk ist aber eher ein Marktplatz. Prüfen Sie, ob Sie hier genug lernen.",
        FitReason.GoalMatchesCoreIdea => "Ihr Ziel deckt sich mit dem Kerngedanken des Netzwerks.",
        FitReason.GoalPartlyMatches => "Ihr Ziel und der Kerngedanke des Netzwerks überschneiden sich nur teilweise.",
        FitReason.GoalMissesCoreIdea => "Ihr Ziel und der Kerngedanke des Netzwerks gehen in verschiedene Richtungen.",
        FitReason.CoreIdeaUnclear => "Der Kerngedanke des Netzwerks ist nicht eindeutig. Ob es zu Ihrem Ziel passt, lässt sich noch nicht sicher sagen.",
        FitReason.GoalOrStyleMissing => "Solange Ziel oder Netzwerk-Stil fehlen, lässt sich die Passung nur grob einschätzen.",
        _ => reason.ToString(),
    });

    public static string Of(CriterionState state) => T(state switch
    {
        CriterionState.Rated => "bewertet",
        CriterionState.Open => "offen",
        CriterionState.TrialTooShort => "Probezeit zu kurz",
        _ => state.ToString(),
    });

    /// <summary>One sentence on how the score and the core idea developed across the assessments.</summary>
    public static string Of(AssessmentTrend trend)
    {
        ArgumentNullException.ThrowIfNull(trend);
        static string Date(AssessmentSnapshot s) => s.CompletedUtc.ToLocalTime().ToString("d", System.Globalization.CultureInfo.CurrentCulture);
        static string Points(int points) => Counts.Points(points);

        var score = trend.Score switch
        {
            ScoreTrend.NotComparable => T("Die Punktzahl lässt sich noch nicht vergleichen, weil höchstens eine Bewertung genug eingeschätzte Kriterien für eine Punktzahl hat"),
            _ when trend.FirstScored is { } from && trend.LatestScored is { } to && trend.ScoreDelta is int delta =>
                (trend.ScoreSpansAllAssessments
                    ? T("Seit der ersten Bewertung am {0}", Date(from))
                    : T("Zwischen den Bewertungen vom {0} und vom {1}", Date(from), Date(to)))
                + " "
                + trend.Score switch
                {
                    ScoreTrend.Rose => T("ist die Punktzahl um {0} gestiegen (von {1} auf {2})", Points(delta), from.Score!, to.Score!),
                    ScoreTrend.Fell => T("ist die Punktzahl um {0} gesunken (von {1} auf {2})", Points(-delta), from.Score!, to.Score!),
                    _ => T("ist die Punktzahl gleich geblieben ({0})", Points(to.Score!.Value)),
                },
            _ => T("Die Punktzahl lässt sich nicht vergleichen"),
        };
        var coreIdea = trend.CoreIdea switch
        {
            CoreIdeaTrend.Unchanged => T("im Kern ist es weiterhin ein {0}", Of(trend.LatestPrimary)),
            CoreIdeaTrend.Changed => T("der Kerngedanke hat sich vom {0} zum {1} verschoben", Of(trend.FirstPrimary), Of(trend.LatestPrimary)),
            _ => T("ob sich der Kerngedanke verschoben hat, lässt sich nicht sicher sagen, weil das Typprofil nicht eindeutig ist"),
        };
        var caveat = trend.Completeness switch
        {
            CompletenessTrend.MoreRated => " " + T("Der Vergleich ist nur eingeschränkt aussagekräftig: Diesmal sind mehr Kriterien bewertet (Vollständigkeit {0} statt {1}), die Punktzahl beruht also nicht auf denselben Kriterien wie zuvor.",
                Percent(trend.LatestScored!.CompletenessPercent!.Value), Percent(trend.FirstScored!.CompletenessPercent!.Value)),
            CompletenessTrend.FewerRated => " " + T("Der Vergleich ist nur eingeschränkt aussagekräftig: Diesmal sind weniger Kriterien bewertet (Vollständigkeit {0} statt {1}), die Punktzahl beruht also nicht auf denselben Kriterien wie zuvor.",
                Percent(trend.LatestScored!.CompletenessPercent!.Value), Percent(trend.FirstScored!.CompletenessPercent!.Value)),
            _ => "",
        };
        return $"{score}; {coreIdea}.{caveat}";
    }

    /// <summary>A red flag in a few words, for places with no room for the whole sentence (the comparison).</summary>
    public static string ShortName(RedFlag flag) => T(flag switch
    {
        RedFlag.OssifiedStructures => "Verknöcherte Strukturen",
        RedFlag.GroupDynamicsAgainstPurpose => "Gruppendynamik gegen den Zweck",
        RedFlag.EveryoneOnlyTakes => "Viele wollen nur nehmen",
        RedFlag.NewcomersIgnored => "Neue bleiben außen vor",
        RedFlag.PressureToBuy => "Kaufdruck ohne Gegenwert",
        _ => flag.ToString(),
    });
}
