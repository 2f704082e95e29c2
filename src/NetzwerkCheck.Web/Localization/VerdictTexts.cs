namespace NetzwerkCheck.Web.Localization;

/// <summary>
/// The sentences of the verdict: its reason, its findings, what the organisation form and the size mean,
/// and the next steps. German here, English in Resources/Localization/VerdictTexts.en.resx.
/// </summary>
public static class VerdictTexts
{
    private static readonly IStringLocalizer Localizer = StaticText.For(typeof(VerdictTexts));

    private static string T(string german) => Localizer[german];

    private static string T(string german, params object[] arguments) => Localizer[german, arguments];

    public static string Reason(AssessmentResult result, string networkName, Goal? goal)
    {
        ArgumentNullException.ThrowIfNull(result);
        var primary = Texts.Of(result.Profile.Primary);
        return result.Reason switch
        {
            RecommendationReason.StrongScore => T("Das Netzwerk schneidet in den Kriterien, die für seinen Kerngedanken zählen, überzeugend ab, und es passt zu Ihrem Ziel."),
            RecommendationReason.StrongScorePartialFit when goal is Goal g =>
                T("Das Netzwerk schneidet überzeugend ab, dient Ihrem Ziel „{0}“ aber nur zum Teil: Im Kern ist es ein {1}. Nehmen Sie gezielt mit, was davon zu Ihrem Ziel passt.", Texts.Of(g), primary),
            RecommendationReason.StrongScorePartialFit => T("Das Netzwerk schneidet überzeugend ab, dient Ihrem Ziel aber nur zum Teil."),
            RecommendationReason.MixedScore => T("Das Bild ist gemischt: Einiges spricht dafür, einiges dagegen."),
            RecommendationReason.WeakScore => T("Das Netzwerk schneidet in den entscheidenden Kriterien schwach ab."),
            RecommendationReason.CappedByRedFlags => T("Ein Warnsignal hält das Urteil bei „Weiter testen“, so gut die Bewertungen sonst sind: Erst wenn sich zeigt, ob es bleibt, lohnt sich mehr Einsatz."),
            RecommendationReason.TooManyRedFlags => T("Mehrere Warnsignale zusammen wiegen schwerer als jeder Durchschnitt der Bewertungen."),
            RecommendationReason.KnockOut => T("Verknöcherte Strukturen beenden die Frage: Wo immer dieselben bestimmen und neue Ideen abprallen, lohnt sich die Mühe nicht, wie gut der Rest auch aussieht."),
            RecommendationReason.NotEnoughEvidence => T("Für ein klares Urteil fehlen noch zu viele Einschätzungen."),
            RecommendationReason.TrialTooShort => T("Die Probezeit war zu kurz, um das Netzwerk schon abschließend zu beurteilen."),
            RecommendationReason.GoalNotServed when goal is Goal g =>
                T("„{0}“ mag gut sein, doch im Kern ist es ein {1} und taugt vor allem dazu, {2}. Für Ihr Ziel „{3}“ ist es nicht gemacht.",
                    networkName, primary, GoodFor(GoalFit.BestGoalFor(result.Profile.Primary)), Texts.Of(g)),
            RecommendationReason.GoalNotServed => T("Der Kerngedanke des Netzwerks dient Ihrem Ziel nicht."),
            RecommendationReason.GoalFitUncertain => T("Nach Ihren Angaben dient das Netzwerk Ihrem Ziel kaum. Weil sein Kerngedanke aber nicht eindeutig ist, lohnt ein genauerer Blick, bevor Sie urteilen."),
            _ => result.Reason.ToString(),
        };
    }

    /// <summary>What a network serves best, as the end of "taugt vor allem dazu, …".</summary>
    public static string GoodFor(Goal goal) => T(goal switch
    {
        Goal.ShareKnowledge => "Wissen und Erfahrungen zu teilen",
        Goal.WinClients => "Kundschaft und Aufträge zu gewinnen",
        Goal.SourceServices => "Leistungen zu tauschen oder einzukaufen",
        Goal.BuildRelationships => "Beziehungen aufzubauen und Menschen kennenzulernen",
        _ => goal.ToString(),
    });

    public static string Of(Finding finding, NetworkerStyle? style, int? hoursPerMonth) => finding switch
    {
        Finding.OnlyTaking when style == NetworkerStyle.Hunter =>
            T("Sie wollen vorerst nichts einbringen. Gerade wer Aufträge sucht, wird über nützliche Beiträge bekannt; wer nur nehmen will, bleibt ein Fremder."),
        Finding.OnlyTaking => T("Sie wollen vorerst nichts einbringen. Ein Netzwerk gibt zurück, was man hineinsteckt; wer nur profitieren will, wird meist enttäuscht."),
        Finding.GathererTimeRisk => T("Risiko: Sie planen {0} Stunden im Monat für ein Netzwerk voller Informationen, ohne sich auf Themen festgelegt zu haben. So verzettelt man sich leicht, und die Zeit wirkt hinterher verschwendet.", hoursPerMonth ?? 0),
        _ => finding.ToString(),
    };

    public static string Of(FormAspect aspect) => T(aspect switch
    {
        FormAspect.FaceToFace => "Persönlicher Kontakt: Vertrauen entsteht von Angesicht zu Angesicht.",
        FormAspect.VariedPeopleRelaxed => "Sehr unterschiedliche Menschen in lockerer Runde.",
        FormAspect.BoundToEvents => "Sie sind an Termine und Veranstaltungen gebunden; dazwischen passiert wenig.",
        FormAspect.GroupDynamics => "Die Gruppendynamik kann sich gegen den eigentlichen Zweck wenden.",
        FormAspect.Reach => "Große Reichweite, unabhängig von Ort und Termin.",
        FormAspect.ManyContacts => "Viele Kontakte in kurzer Zeit.",
        FormAspect.InformationFlood => "Eine Flut von Informationen, die gefiltert werden will.",
        FormAspect.TimeFeelsWasted => "Zeit, die sich im Nachhinein verloren anfühlen kann.",
        _ => aspect.ToString(),
    });

    /// <summary>What the form means for this style; null without a style.</summary>
    public static string? ForStyle(FormReading form)
    {
        ArgumentNullException.ThrowIfNull(form);
        return (form.Form, form.Style) switch
        {
            (_, null) => null,
            (OrganisationForm.Association, NetworkerStyle.Hunter) => T("Als Jäger gewinnen Sie hier über Vertrauen: Aufträge kommen meist erst, wenn man Sie bei mehreren Treffen erlebt hat."),
            (OrganisationForm.Association, _) => T("Als Sammler lernen Sie hier vor allem im Gespräch am Rand. Die Auswahl an Informationen ist kleiner, dafür persönlicher."),
            (OrganisationForm.Virtual, NetworkerStyle.Hunter) => T("Als Jäger gehen Sie hier in der Menge unter, wenn Sie nicht gezielt die Gruppen suchen, in denen Ihre Leistungen gebraucht werden."),
            (OrganisationForm.Virtual, _) => T("Als Sammler finden Sie hier eine Fülle an Informationen. Das lohnt sich, solange Sie Wichtiges von Unwichtigem trennen."),
            (_, NetworkerStyle.Hunter) => T("Als Jäger nutzen Sie die Treffen für Vertrauen und den Online-Teil, um mit Fachbeiträgen sichtbar zu bleiben."),
            _ => T("Als Sammler haben Sie beides: persönliche Gespräche und die Breite online. Legen Sie fest, wie viel Zeit Sie wofür einsetzen."),
        };
    }

    /// <summary>The Größe hint: the member count read against the organisation form.</summary>
    public static string Of(SizeReading size)
    {
        ArgumentNullException.ThrowIfNull(size);
        var n = size.MemberCount ?? 0;
        return (size.Form, size.Band) switch
        {
            (_, SizeBand.Unknown) => T("Die Mitgliederzahl ist nicht bekannt. Fragen Sie danach, und auch danach, wie viele davon wirklich aktiv sind."),
            (OrganisationForm.Association, SizeBand.Small) => T("Ein Verein mit etwa {0:N0} Mitgliedern ist klein: Man kennt sich schnell, aber vieles hängt an wenigen Personen.", n),
            (OrganisationForm.Association, SizeBand.Medium) => T("Mit etwa {0:N0} Mitgliedern ist der Verein groß genug für Abwechslung und klein genug, dass man sich kennt.", n),
            (OrganisationForm.Association, _) => T("Etwa {0:N0} Mitglieder sind für einen Verein viel: Anschluss finden Sie eher in Arbeitskreisen oder Regionalgruppen als in der großen Runde.", n),
            (OrganisationForm.Virtual, SizeBand.Small) => T("Für ein virtuelles Netzwerk sind etwa {0:N0} Mitglieder wenig: Es kann familiär sein oder still. Schauen Sie, wie viel dort wirklich geschrieben wird.", n),
            (OrganisationForm.Virtual, SizeBand.Medium) => T("Etwa {0:N0} Mitglieder sind für ein virtuelles Netzwerk eine gute Größe: genug Bewegung, ohne dass man untergeht.", n),
            (OrganisationForm.Virtual, _) => T("Mit etwa {0:N0} Mitgliedern hat das Netzwerk große Reichweite; der Einzelne geht aber leicht unter, und die Flut an Beiträgen ist groß.", n),
            (_, SizeBand.Small) => T("Etwa {0:N0} Mitglieder sind für eine Mischform überschaubar: Online wie bei den Treffen begegnen Sie denselben Gesichtern.", n),
            (_, SizeBand.Medium) => T("Mit etwa {0:N0} Mitgliedern trägt die Mischform beides: Treffen, bei denen man sich kennt, und genug Austausch online.", n),
            _ => T("Mit etwa {0:N0} Mitgliedern ist die Mischform groß: online viel Reichweite, bei den Treffen sehen Sie jeweils nur einen kleinen Teil.", n),
        };
    }

    public static string Of(RedFlagSeverity severity) => T(severity switch
    {
        RedFlagSeverity.KnockOut => "beendet die Frage",
        RedFlagSeverity.Cap => "begrenzt das Urteil",
        _ => severity.ToString(),
    });

    public static string FlagRule(AssessmentRules rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        return T("Verknöcherte Strukturen beenden die Frage, egal wie gut der Rest ist. Jedes andere Warnsignal erlaubt höchstens „Weiter testen“; ab {0} verschiedenen raten wir ab.", rules.CapFlagsForLeave);
    }

    public static string Of(NextStep step, AssessmentResult result, Goal? goal, int minimumTrialWeeks)
    {
        ArgumentNullException.ThrowIfNull(result);
        return step switch
        {
            NextStep.ObserveNewcomerWelcome => T("Besuchen Sie ein Treffen und achten Sie darauf, wie neue Gesichter aufgenommen werden."),
            NextStep.FindOutActiveMembers => T("Finden Sie heraus, wie viele Mitglieder wirklich aktiv sind und regelmäßig kommen."),
            NextStep.AskThreeMembers => T("Sprechen Sie mit drei Mitgliedern über ihre Erfahrungen, am besten mit langjährigen und mit neuen."),
            NextStep.PlanLongerTrial => T("Verlängern Sie die Probezeit auf mindestens {0} Wochen: Die anderen müssen Sie auch erst kennenlernen.", minimumTrialWeeks),
            NextStep.StartTrial => T("Vereinbaren Sie eine Probezeit von mindestens {0} Wochen und besuchen Sie in dieser Zeit mehrere Treffen.", minimumTrialWeeks),
            NextStep.RateTrial => T("Ihre Probezeit ist lang genug, um zu urteilen: Bewerten Sie sie unter „Angaben ändern“, dann wird das Ergebnis vollständiger."),
            NextStep.RateMembershipSoFar => T("Sie kennen das Netzwerk schon von innen: Bewerten Sie Ihre bisherige Zeit dort als Probezeit und geben Sie ihre Dauer in Wochen an."),
            NextStep.AskForResults => T("Fragen Sie nach greifbaren Ergebnissen: Welche Aufträge oder Kooperationen sind hier zuletzt entstanden?"),
            NextStep.PickContactsWhereNeeded => T("Suchen Sie gezielt Kontakte in den Bereichen, in denen Ihre Leistungen gebraucht werden."),
            NextStep.ShowExpertiseByContributions => T("Empfehlen Sie sich durch nützliche Fachbeiträge als Expertin oder Experte, statt direkt zu verkaufen."),
            NextStep.PlanRegularPresence => T("Planen Sie feste Termine, damit Sie regelmäßig sichtbar sind."),
            NextStep.OfferTalk => T("Bieten Sie einen Vortrag oder ein Fachthema für eines der Treffen an: So lernt man Sie als Expertin oder Experten kennen, ohne dass Sie verkaufen."),
            NextStep.SeparateImportantFromNoise => T("Legen Sie fest, welche Themen für Sie wichtig sind, und lassen Sie den Rest bewusst liegen."),
            NextStep.LimitTimeSpent => T("Begrenzen Sie die Zeit, die Sie im Netzwerk verbringen, etwa auf feste Stunden pro Woche."),
            NextStep.ChooseFocusTopics => T("Legen Sie zwei, drei Themen fest, auf die Sie sich beschränken, bevor Sie so viel Zeit einplanen."),
            NextStep.AddressRedFlagsOpenly => T("Sprechen Sie die Warnsignale bei Vorstand oder Moderation offen an und beobachten Sie die Reaktion."),
            NextStep.AskMembersAboutRedFlags => T("Fragen Sie Mitglieder gezielt nach dem Warnsignal, bevor Sie sich entscheiden."),
            NextStep.SetExitDate => T("Legen Sie ein Austrittsdatum fest und prüfen Sie Kündigungsfrist und laufende Beiträge."),
            NextStep.KeepValuableContacts => T("Pflegen Sie die Kontakte, die Ihnen wertvoll sind, persönlich weiter: Sie hängen nicht an der Mitgliedschaft."),
            NextStep.DeclineFriendly => T("Sagen Sie freundlich ab und stecken Sie die Zeit in ein Netzwerk, das Ihnen mehr bringt."),
            NextStep.StayOut => T("Bleiben Sie bei Ihrer Entscheidung: Nach diesem Bild lohnt sich ein Wiedereintritt nicht."),
            NextStep.LookForNetworkOfType when result.TypeForGoal is NetworkType type && goal is Goal g =>
                T("Suchen Sie ein {0}: Das dient Ihrem Ziel „{1}“ besser.", Texts.Of(type), Texts.Of(g)),
            NextStep.LookForNetworkOfType => T("Suchen Sie ein Netzwerk, dessen Kerngedanke zu Ihrem Ziel passt."),
            NextStep.UseForWhatItIsGoodFor => T("Nutzen Sie das Netzwerk, wenn überhaupt, für das, was es gut kann: {0}.", GoodForNoun(GoalFit.BestGoalFor(result.Profile.Primary))),
            NextStep.WeighCostAgainstSideBenefit => T("Wägen Sie Beitrag und Zeit gegen diesen Nutzen ab; lohnt es sich nicht, kündigen Sie zum nächsten möglichen Termin."),
            NextStep.CommitToRole => T("Übernehmen Sie eine sichtbare Aufgabe, etwa in einer Arbeitsgruppe oder bei der Organisation von Treffen."),
            NextStep.JoinWithAPlan => T("Treten Sie bei und nehmen Sie sich für die ersten Monate ein, zwei feste Aufgaben vor."),
            NextStep.ClarifyCoreIdea => T("Klären Sie mit Mitgliedern, worum es in diesem Netzwerk im Kern geht; die Sichtweisen gehen oft auseinander."),
            NextStep.ChooseGoalAndStyle => T("Halten Sie fest, was Sie von diesem Netzwerk wollen und ob Sie eher Jäger oder Sammler sind."),
            NextStep.DecideContribution => T("Überlegen Sie, was Sie einbringen wollen: Wissen, Empfehlungen, Kontakte oder Hilfe bei der Organisation. Wer gibt, wird gesehen."),
            NextStep.StartGivingFirst => T("Fangen Sie mit dem Geben an: eine Empfehlung, ein Hinweis, eine helfende Hand. Netzwerke geben zurück, was man hineinsteckt."),
            NextStep.AttendSeveralEvents => T("Besuchen Sie mehrere Treffen, bevor Sie urteilen: Ein einzelner Abend zeigt im Verein nur einen Ausschnitt."),
            NextStep.SetOnlineTimeBudget => T("Setzen Sie sich ein festes Zeitbudget für das Netzwerk und prüfen Sie nach einem Monat, was es gebracht hat."),
            NextStep.CombineMeetingsAndOnline => T("Nutzen Sie beide Seiten: die Treffen, um Vertrauen aufzubauen, und den Online-Teil, um dazwischen in Kontakt zu bleiben."),
            _ => step.ToString(),
        };
    }

    private static string GoodForNoun(Goal goal) => T(goal switch
    {
        Goal.ShareKnowledge => "dazulernen und Erfahrungen teilen",
        Goal.WinClients => "Kundschaft gewinnen",
        Goal.SourceServices => "Leistungen tauschen oder einkaufen",
        Goal.BuildRelationships => "Menschen kennenlernen und Beziehungen pflegen",
        _ => goal.ToString(),
    });
}
