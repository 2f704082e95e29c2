using System.Globalization;
using NetzwerkCheck.Domain.Value;

namespace NetzwerkCheck.Web.Localization;

/// <summary>
/// The sentences about what networks cost and bring: the evidence for Ergebnisse, the balance of giving and taking,
/// and the portfolio's findings. German here, English in Resources/Localization/ValueTexts.en.resx.
/// </summary>
public static class ValueTexts
{
    private static readonly IStringLocalizer Localizer = StaticText.For(typeof(ValueTexts));

    private static string T(string german, params object[] arguments) => Localizer[german, arguments];

    /// <summary>"56 %" — the order value per euro spent.</summary>
    public static string Percent(decimal ratio) =>
        T("{0} %", Math.Round(ratio * 100m, MidpointRounding.AwayFromZero).ToString("N0", CultureInfo.CurrentCulture));

    /// <summary>What the journal shows since the start, in one sentence for the check.</summary>
    public static string Summary(ValueFigures figures)
    {
        ArgumentNullException.ThrowIfNull(figures);
        var orders = figures.Counts.Orders switch
        {
            0 => T("noch kein Auftrag"),
            1 => T("1 Auftrag über {0}", Money.Euro(figures.OrderValue)),
            var n => T("{0} Aufträge über zusammen {1}", n, Money.Euro(figures.OrderValue)),
        };
        var cost = figures.HoursValue is decimal hoursValue
            ? T("Einsatz {0} (davon {1} für {2})", Money.Euro(figures.TotalCost), Money.Euro(hoursValue), Money.Hours(figures.Hours))
            : T("Ausgaben {0} und {1}", Money.Euro(figures.Money), Money.Hours(figures.Hours));
        var requests = Counts.Of(figures.Counts.Requests, "1 Anfrage oder Empfehlung", "{0} Anfragen oder Empfehlungen");
        return T("Seit {0:d}: {1}, {2}, {3}.", figures.From, orders, requests, cost);
    }

    public static string Reason(ResultsEvidence evidence)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        var ratio = evidence.Figures.ReturnRatio;
        return evidence.Reason switch
        {
            ResultsReason.PaidBackTwice when ratio is null => T("Die Aufträge kamen ohne jede Ausgabe zustande."),
            ResultsReason.PaidBackTwice => T("Die Aufträge bringen {0} dessen zurück, was Sie hineingesteckt haben – mindestens das Doppelte.", Percent(ratio!.Value)),
            ResultsReason.PaidBack => T("Die Aufträge decken Ihren Einsatz ({0}).", Percent(ratio!.Value)),
            ResultsReason.HalfPaidBack => T("Die Aufträge decken gut die Hälfte Ihres Einsatzes ({0}), aber noch nicht alles.", Percent(ratio!.Value)),
            ResultsReason.OrdersBelowHalf => T("Die Aufträge decken weniger als die Hälfte Ihres Einsatzes ({0}).", Percent(ratio!.Value)),
            ResultsReason.RequestsWithoutOrders => T("Es kamen Anfragen oder Empfehlungen, aber noch kein Auftrag."),
            ResultsReason.NothingYet => T("Ihr Tagebuch zeigt bisher weder Anfragen noch Aufträge."),
            _ => evidence.Reason.ToString(),
        };
    }

    /// <summary>The balance of giving and taking next to what the user said they would bring in.</summary>
    public static string Of(GiveTakeBalance balance)
    {
        ArgumentNullException.ThrowIfNull(balance);
        var given = Counts.Of(balance.Given, "1 Mal gegeben", "{0} Mal gegeben");
        var taken = Counts.Of(balance.Taken, "1 Mal bekommen", "{0} Mal bekommen");
        var reading = balance.Balance switch
        {
            Balance.NothingRecorded => T("Ihr Tagebuch enthält noch nichts, was Sie gegeben oder bekommen haben."),
            Balance.OnlyTaking => T("Bisher haben Sie nur genommen: {0}, nichts gegeben. Wer nur profitieren will, bekommt auf Dauer wenig.", taken),
            Balance.MostlyTaking => T("Sie haben deutlich mehr bekommen als gegeben ({0}, {1}). Ein Beitrag von Ihnen hält die Beziehung im Gleichgewicht.", given, taken),
            Balance.Balanced => T("Geben und Nehmen halten sich die Waage ({0}, {1}).", given, taken),
            Balance.MostlyGiving => T("Sie geben deutlich mehr, als zurückkommt ({0}, {1}). Sagen Sie ruhig, was Sie suchen.", given, taken),
            Balance.OnlyGiving => T("Bisher haben Sie nur gegeben ({0}), zurückgekommen ist noch nichts. Sagen Sie ruhig, was Sie suchen.", given),
            _ => balance.Balance.ToString(),
        };
        return balance.PlanNotYetKept
            ? reading + " " + T("Sie wollten etwas einbringen, Ihr Tagebuch zeigt aber noch keinen Beitrag und keine weitergegebene Empfehlung.")
            : reading;
    }

    /// <summary>A portfolio finding as a heading and its reason.</summary>
    public static (string Title, string Text) Of(PortfolioFinding finding) => finding switch
    {
        OverTimeBudget over => (T("Mehr Zeit, als Sie geben wollen"), string.Join(" ", new[]
        {
            T("Ihre {0} Netzwerke brauchen zusammen {1} im Monat; vorgenommen haben Sie sich {2}.", over.Networks, Money.Hours(over.Hours), Money.Hours(over.Wanted)),
            over.Gatherer ? T("Gerade wer sammelt, verliert sich leicht in zu vielen Kontakten und Informationen.") : null,
            over.WeakestName is { } weakest ? T("Am wenigsten zurückgekommen ist bisher aus „{0}“: Dort zuerst kürzen oder die Probezeit beenden.", weakest) : null,
        }.OfType<string>())),
        NoTimeBudget none => (T("Ohne Zeitrahmen kein Maßstab"),
            T("Ihre Netzwerke brauchen zusammen {0} im Monat. Tragen Sie unten ein, wie viele Stunden Sie insgesamt aufwenden wollen – dann sehen Sie hier, ob es zu viel ist.", Money.Hours(none.Hours))),
        HoursUnknown unknown => (T("Zeit nicht eingetragen"),
            T("Für {0} fehlt die Zeit pro Monat, die Summe ist deshalb zu niedrig.", string.Join(", ", unknown.Names.Select(n => T("„{0}“", n))))),
        GoalNotCovered goal => (T("Ein Ziel ohne passendes Netzwerk"),
            T("Für Ihr Ziel „{0}“ ist keines Ihrer Netzwerke wirklich gemacht. Dafür taugt vor allem ein {1}.", Texts.Of(goal.Goal), Texts.Of(goal.BestType))),
        NoResultYet nothing => (T("{0}: seit {1} Monaten ohne Ergebnis", nothing.Name, nothing.Months),
            T("Ihr Tagebuch zeigt für „{0}“ seit {1} Monaten keine Empfehlung, keine Anfrage, keinen Auftrag und kein neues Wissen. Liegt es am Netzwerk, an Ihrem Einsatz – oder fehlen nur die Einträge?", nothing.Name, nothing.Months)),
        FocusFirst focus => (T("Hier zuerst: {0}", focus.Name), focus.ByOrders
            ? T("„{0}“ hat bisher die meisten Aufträge für Ihren Einsatz gebracht. Dort ist Ihre Zeit am besten angelegt.", focus.Name)
            : T("„{0}“ hat Ihnen bisher am meisten zurückgegeben: Empfehlungen, Anfragen oder Wissen. Dort ist Ihre Zeit am besten angelegt.", focus.Name)),
        _ => (finding.GetType().Name, ""),
    };
}
