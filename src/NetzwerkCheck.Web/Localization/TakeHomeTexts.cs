using NetzwerkCheck.Domain.Workshops;

namespace NetzwerkCheck.Web.Localization;

/// <summary>
/// The debrief slide's and the take-home's wording (seed 003: the Sammler uses a network as an information
/// source, the Jäger as a marketplace). German here; English in Resources/Localization/TakeHomeTexts.en.resx.
/// </summary>
public static class TakeHomeTexts
{
    private static readonly IStringLocalizer Localizer = StaticText.For(typeof(TakeHomeTexts));

    private static string T(string german) => Localizer[german];

    public static IReadOnlyList<NetworkerStyle> Styles { get; } = [NetworkerStyle.Hunter, NetworkerStyle.Gatherer];

    /// <summary>What the network is to this style, in a few words.</summary>
    public static string Image(NetworkerStyle style) => style switch
    {
        NetworkerStyle.Hunter => T("Das Netzwerk als Marktplatz"),
        _ => T("Das Netzwerk als Informationsquelle"),
    };

    public static IReadOnlyList<string> Strategy(NetworkerStyle style) => style switch
    {
        NetworkerStyle.Hunter =>
        [
            T("Kontakte dort knüpfen, wo Ihre Leistung gefragt ist"),
            T("Durch Beiträge, die anderen nützen, als Fachleute bekannt werden"),
            T("Mit festem Plan regelmäßig sichtbar sein"),
        ],
        _ =>
        [
            T("Viele und möglichst verschiedene Kontakte pflegen"),
            T("Das Wichtige vom Rest trennen"),
            T("Auch einmal etwas ungelesen lassen"),
        ],
    };

    public static IReadOnlyList<string> Risks(NetworkerStyle style) => style switch
    {
        NetworkerStyle.Hunter =>
        [
            T("Zu früh verkaufen und damit Vertrauen verspielen"),
            T("Am falschen Ort suchen: Wo nur Wissen getauscht wird, sitzen selten Kunden"),
        ],
        _ =>
        [
            T("Vor lauter Informationen den Überblick verlieren"),
            T("Stunden investieren, die am Ende wenig gebracht haben"),
        ],
    };

    public static string Step(TakeHomeStep step) => step switch
    {
        TakeHomeStep.StartGivingFirst => T("Fangen Sie mit dem Geben an: Reichen Sie beim nächsten Treffen einen nützlichen Hinweis oder Kontakt weiter, ohne etwas dafür zu erwarten."),
        TakeHomeStep.DecideContribution => T("Überlegen Sie bis zum nächsten Treffen, was Sie einbringen wollen: Wissen, Empfehlungen, Kontakte oder eine helfende Hand."),
        TakeHomeStep.OfferTalkWhereServicesAreNeeded => T("Bieten Sie einen Kurzvortrag oder Fachbeitrag dort an, wo Ihre Leistung gebraucht wird: So lernt man Sie als Fachleute kennen, bevor es ums Geschäft geht."),
        TakeHomeStep.PassOnWhatYouLearn => T("Teilen Sie in den nächsten vier Wochen eine Erkenntnis mit Ihrem Netzwerk, die anderen Zeit spart."),
        TakeHomeStep.RecommendSomeone => T("Empfehlen Sie in den nächsten zwei Wochen jemanden aus Ihrem Netzwerk gezielt weiter."),
        TakeHomeStep.HelpAtNextMeeting => T("Bieten Sie beim nächsten Treffen Ihre Hilfe bei der Organisation an – so lernen Sie schnell viele Menschen kennen."),
        TakeHomeStep.IntroduceTwoContacts => T("Bringen Sie zwei Menschen miteinander in Kontakt, die voneinander profitieren können."),
        TakeHomeStep.PickContactsWhereNeeded => T("Schreiben Sie auf, in welchen Branchen oder Kreisen Ihre Leistung gebraucht wird, und suchen Sie dort drei neue Kontakte."),
        TakeHomeStep.ShowExpertiseByContributions => T("Zeigen Sie einmal im Monat mit einem nützlichen Beitrag, was Sie können, statt Ihr Angebot zu bewerben."),
        TakeHomeStep.PlanRegularPresence => T("Tragen Sie sich feste Termine ein, an denen Sie im Netzwerk sichtbar sind, zum Beispiel jedes zweite Treffen."),
        TakeHomeStep.ChooseFocusTopics => T("Legen Sie zwei, drei Themen fest, die Sie wirklich verfolgen, und lassen Sie den Rest bewusst liegen."),
        TakeHomeStep.LimitTimeSpent => T("Begrenzen Sie Ihre Zeit im Netzwerk auf feste Stunden pro Woche und prüfen Sie nach einem Monat, was sie gebracht hat."),
        TakeHomeStep.FindOutYourStyle => T("Achten Sie in den nächsten Wochen darauf, wozu Sie Netzwerke nutzen: um Neues zu erfahren (Sammler) oder um Aufträge zu finden (Jäger)?"),
        TakeHomeStep.CheckOneNetwork => T("Prüfen Sie eines Ihrer Netzwerke mit dem NetzwerkCheck: Dient es dem, was Sie erreichen wollen?"),
        _ => step.ToString(),
    };
}
