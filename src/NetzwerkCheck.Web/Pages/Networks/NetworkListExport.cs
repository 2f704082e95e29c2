using System.Globalization;
using NetzwerkCheck.Web.Localization;

namespace NetzwerkCheck.Web.Pages.Networks;

/// <summary>
/// The network list as a spreadsheet: one row per network with its latest completed check, so a consultant can
/// hand a client's networks on or sort them further. Empty cells where nothing has been checked yet.
/// </summary>
public static class NetworkListExport
{
    private static readonly string[] Headers =
    [
        "Mandant", "Netzwerk", "Organisationsform", "Ihr Status", "Mitglieder", "Letzte Bewertung", "Empfehlung",
        "Punktzahl", "Vollständigkeit (%)", "Wissen (%)", "Leistung (%)", "Empfehlung (%)", "Gruppenbewertung",
    ];

    public static byte[] ToCsv(IEnumerable<IndexModel.NetworkRow> networks, IStringLocalizer localizer)
    {
        ArgumentNullException.ThrowIfNull(localizer);
        var yes = localizer["ja"].Value;
        return SpreadsheetCsv.Write(Headers.Select(h => localizer[h].Value).ToList(), networks, n => [
            n.ClientName ?? "",
            n.Name,
            Texts.Of(n.Form),
            Texts.Of(n.Status),
            n.Members,
            n.Latest?.CompletedUtc.ToLocalTime().ToString("d", CultureInfo.CurrentCulture) ?? "",
            n.Latest is { } latest ? Texts.Of(latest.Recommendation, n.Status) : "",
            n.Latest?.Score,
            n.Latest?.CompletenessPercent,
            n.Latest?.KnowledgePercent,
            n.Latest?.ServicePercent,
            n.Latest?.ReferralPercent,
            n.Latest?.IsGroup == true ? yes : "",
        ]);
    }
}
