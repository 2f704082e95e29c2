using System.Globalization;
using System.Text;
using NetzwerkCheck.Web.Infrastructure.Email;
using NetzwerkCheck.Web.Localization;

namespace NetzwerkCheck.Web.Pages.Checks;

/// <summary>
/// One assessment's report as a mail, in the sender's language: what the report page shows (verdict, score,
/// criteria, red flags, next steps), and nothing else of the account. Plain text plus simple HTML.
/// </summary>
public sealed class ReportMail(IStringLocalizer<ReportMail> l)
{
    public const int NoteMaxLength = 1000;
    public const int NameMaxLength = 100;

    private sealed record Section(string Heading, IReadOnlyList<string> Lines, bool Numbered = false);

    public MailContent Compose(AssessmentSummary summary, string senderEmail, string? recipientName, string? note)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var culture = CultureInfo.CurrentUICulture;
        var result = summary.Result;
        string subject = l["Bewertungsbericht: {0}", summary.NetworkName];
        string greeting = string.IsNullOrWhiteSpace(recipientName) ? l["Guten Tag,"] : l["Guten Tag {0},", recipientName.Trim()];
        string intro = l["{0} schickt Ihnen mit NetzwerkCheck die Bewertung des Netzwerks „{1}“ vom {2:d}.", senderEmail, summary.NetworkName, summary.CompletedUtc];
        var sections = new List<Section>();
        if (!string.IsNullOrWhiteSpace(note))
        {
            sections.Add(new Section(l["Nachricht von {0}", senderEmail], [note.Trim().ReplaceLineEndings("\n")]));
        }
        sections.Add(new Section(l["Das Netzwerk"], [
            $"{l["Organisationsform"]}: {Texts.Of(summary.OrganisationForm)}",
            $"{l["Status"]}: {Texts.Of(summary.Status)}",
            $"{l["Mitglieder"]}: {(summary.ApproxMemberCount is int members ? l["ca. {0:N0}", members] : l["unbekannt"])}",
        ]));
        sections.Add(new Section(l["Empfehlung: {0}", Texts.Of(result.Recommendation, summary.Status)], [
            VerdictTexts.Reason(result, summary.NetworkName, summary.Goal),
            .. result.Findings.Select(f => VerdictTexts.Of(f, summary.Style, summary.HoursPerMonth)),
            $"{l["Gewichtete Punktzahl"]}: {result.Score?.ToString(culture) ?? "–"} / 100",
            $"{l["Vollständigkeit"]}: {Texts.Percent(result.CompletenessPercent)}",
            $"{l["Kerngedanke"]}: {Texts.Of(result.Profile.Primary)}",
            $"{l["Passung zum Ziel"]}: {Texts.Of(result.Fit.Level)} ({Texts.Percent(result.Fit.FitPercent)}) – {Texts.Of(result.Fit.Reason)}",
        ]));
        sections.Add(new Section(l["Kriterien"], [.. result.Criteria.Select(c => CriterionLine(c, summary.NoteFor(c.Criterion)))]));
        if (result.RedFlags.Count > 0)
        {
            sections.Add(new Section(l["Warnsignale"], [.. result.RedFlags.Select(f => $"{Texts.Of(f)} ({VerdictTexts.Of(RedFlagRules.SeverityOf(f))})")]));
        }
        sections.Add(new Section(l["Nächste Schritte"], [.. result.NextSteps.Select(s => VerdictTexts.Of(s, result, summary.Goal, summary.Rules.MinimumTrialWeeks))], Numbered: true));
        string footer = l["Die Empfehlung beruht auf den Angaben der bewerteten Person; offene Kriterien sind als offen ausgewiesen, nicht als schlecht. Erstellt mit NetzwerkCheck."];
        return new MailContent(subject, Text(greeting, intro, sections, footer), Html(culture, subject, greeting, intro, sections, footer));
    }

    private string CriterionLine(CriterionResult criterion, string? note)
    {
        var rating = criterion.State == CriterionState.Rated ? Texts.RatingLabel(criterion.Rating!.Value) : Texts.Of(criterion.State);
        var line = $"{Texts.Of(criterion.Criterion)} ({l["Gewicht"]} {Texts.Percent((criterion.Weight * 100).ToString("0.#", CultureInfo.CurrentCulture))}): {rating}";
        return string.IsNullOrWhiteSpace(note) ? line : $"{line} – {note.Trim()}";
    }

    private static string Text(string greeting, string intro, List<Section> sections, string footer)
    {
        var text = new StringBuilder().Append(greeting).Append("\n\n").Append(intro).Append("\n\n");
        foreach (var section in sections)
        {
            text.Append(section.Heading).Append('\n').Append(new string('-', Math.Min(section.Heading.Length, 60))).Append('\n');
            for (var i = 0; i < section.Lines.Count; i++)
            {
                text.Append(section.Numbered ? $"{i + 1}. " : "- ").Append(section.Lines[i]).Append('\n');
            }
            text.Append('\n');
        }
        return text.Append(footer).Append('\n').ToString();
    }

    private static string Html(CultureInfo culture, string subject, string greeting, string intro, List<Section> sections, string footer)
    {
        var body = new StringBuilder().Append(MailLayout.Paragraph(greeting)).Append(MailLayout.Paragraph(intro));
        foreach (var section in sections)
        {
            var list = section.Numbered ? "ol" : "ul";
            body.Append("<h2 style=\"font-size: 1.1em; margin: 1.2em 0 .4em;\">").Append(MailLayout.Encode(section.Heading)).Append("</h2><").Append(list).Append('>');
            foreach (var line in section.Lines)
            {
                body.Append("<li>").Append(MailLayout.Lines(line)).Append("</li>");
            }
            body.Append("</").Append(list).Append('>');
        }
        body.Append("<p style=\"font-size: .9em; color: #555;\">").Append(MailLayout.Encode(footer)).Append("</p>");
        return MailLayout.Page(culture, subject, body.ToString());
    }
}
