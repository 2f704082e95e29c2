using Microsoft.AspNetCore.Identity;
using System.Globalization;
using System.IO.Compression;
using System.Text.Json;
using System.Text.Json.Serialization;
using NetzwerkCheck.Web.Infrastructure.Accounts;

namespace NetzwerkCheck.Web.Pages.Account;

/// <summary>Everything one account holds, read once and written as JSON or as a zip of CSV files.</summary>
public sealed record AccountExport(
    string Email, DateTime ExportedUtc, AccountExport.SettingsData Settings, IReadOnlyList<AccountExport.NetworkData> Networks,
    IReadOnlyList<AccountExport.TakeHomeData> WorkshopTakeHomes, IReadOnlyList<AccountExport.ClientData> Clients,
    AccountExport.ConsultantProfileData? ConsultantProfile)
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter() },
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public sealed record SettingsData(bool EmailConfirmed, string Language, bool TrialRemindersOff, decimal? HourlyRate, decimal? WantedHoursPerMonth);

    public sealed record NetworkData(
        int Id, string Name, string? Client, string OrganisationForm, string Status, int? ApproxMemberCount, string? Url, string? Notes,
        DateTime CreatedUtc, DateTime UpdatedUtc, DateOnly? TrialStart, DateOnly? TrialPlannedEnd, bool TrialRemindersOff,
        DateOnly? MemberSince, decimal? AdmissionFee, decimal? YearlyFee, decimal? CostPerEvent, decimal? HoursPerMonth,
        IReadOnlyList<AssessmentData> Assessments, IReadOnlyList<JournalData> Journal);

    public sealed record AssessmentData(
        int Id, DateTime CreatedUtc, DateTime UpdatedUtc, DateTime? CompletedUtc, string? Goal, string? Style,
        IReadOnlyDictionary<string, int> ClassificationAnswers, IReadOnlyList<RatingData> Ratings, int? TrialWeeks,
        IReadOnlyList<string> RedFlags, IReadOnlyList<string> Contributions, int? HoursPerMonth, bool HasFocusTopics,
        int? Score, int? CompletenessPercent, string? Recommendation,
        int? KnowledgePercent, int? ServicePercent, int? ReferralPercent, IReadOnlyList<ShareData> ReportShares,
        string? ConsultantComment);

    /// <summary>A read-only link to the assessment's report: when and how it was used, never its token or hash.</summary>
    public sealed record ShareData(
        int Id, string? Label, DateTime CreatedUtc, DateTime ExpiresUtc, DateTime? RevokedUtc, int ViewCount, DateTime? LastViewedUtc);

    /// <summary>The profile's texts and which kind of logo it holds (the logo itself can be downloaded from the profile page).</summary>
    public sealed record ConsultantProfileData(string? Name, string? Organisation, string? Contact, string? LogoFormat, DateTime UpdatedUtc);

    public sealed record RatingData(string Criterion, int? Rating, string? Note);

    public sealed record JournalData(DateOnly Date, string Kind, string Text, decimal? Amount, DateTime CreatedUtc);

    public sealed record ClientData(int Id, string Name, string? Note, DateTime CreatedUtc);

    public sealed record TakeHomeData(int Id, string WorkshopTitle, DateOnly WorkshopDate, string? Style, IReadOnlyList<string> Contributions, IReadOnlyList<string> Steps, DateTime SavedUtc);

    public static async Task<AccountExport> LoadAsync(AppDbContext db, IdentityUser user, DateTime nowUtc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var userId = user.Id;
        var settings = await db.AccountSettings.AsNoTracking().SingleOrDefaultAsync(s => s.UserId == userId, cancellationToken);
        var networks = await db.Networks.AsNoTracking()
            .Where(n => n.OwnerId == userId)
            .Include(n => n.Assessments).ThenInclude(a => a.Ratings)
            .Include(n => n.Journal)
            .Include(n => n.Client)
            .AsSplitQuery()
            .OrderBy(n => n.Name)
            .ToListAsync(cancellationToken);
        var shares = (await db.ReportShares.AsNoTracking()
            .Where(s => db.Assessments.Any(a => a.Id == s.AssessmentId && a.Network!.OwnerId == userId))
            .OrderBy(s => s.CreatedUtc).ThenBy(s => s.Id)
            .Select(s => new { s.AssessmentId, s.Id, s.Label, s.CreatedUtc, s.ExpiresUtc, s.RevokedUtc, s.ViewCount, s.LastViewedUtc })
            .ToListAsync(cancellationToken))
            .ToLookup(s => s.AssessmentId, s => new ShareData(
                s.Id, s.Label, Utc(s.CreatedUtc), Utc(s.ExpiresUtc), s.RevokedUtc is DateTime revoked ? Utc(revoked) : null,
                s.ViewCount, s.LastViewedUtc is DateTime viewed ? Utc(viewed) : null));
        var takeHomes = await db.SavedTakeHomes.AsNoTracking()
            .Where(t => t.OwnerId == userId)
            .OrderBy(t => t.WorkshopDate).ThenBy(t => t.Id)
            .ToListAsync(cancellationToken);
        var clients = await db.Clients.AsNoTracking()
            .Where(c => c.OwnerId == userId)
            .OrderBy(c => c.Name)
            .ToListAsync(cancellationToken);
        var profile = await db.ConsultantProfiles.AsNoTracking()
            .Where(p => p.OwnerId == userId)
            .Select(p => new ConsultantProfileData(p.Name, p.Organisation, p.Contact, p.LogoFormat == null ? null : p.LogoFormat.ToString(), p.UpdatedUtc))
            .SingleOrDefaultAsync(cancellationToken);
        var settingsData = new SettingsData(user.EmailConfirmed, AccountSettingsQueries.CultureOf(settings).Name, settings?.TrialRemindersOff ?? false,
            settings?.HourlyRate, settings?.WantedHoursPerMonth);
        return new AccountExport(user.Email ?? "", nowUtc, settingsData, networks.Select(n => new NetworkData(
            n.Id, n.Name, n.Client?.Name, n.OrganisationForm.ToString(), n.Status.ToString(), n.ApproxMemberCount, n.Url, n.Notes,
            Utc(n.CreatedUtc), Utc(n.UpdatedUtc), n.TrialStart, n.TrialPlannedEnd, n.TrialRemindersOff,
            n.MemberSince, n.AdmissionFee, n.YearlyFee, n.CostPerEvent, n.HoursPerMonth,
            n.Assessments.OrderBy(a => a.CreatedUtc).Select(a => new AssessmentData(
                a.Id, Utc(a.CreatedUtc), Utc(a.UpdatedUtc), a.CompletedUtc is DateTime completed ? Utc(completed) : null, a.Goal?.ToString(), a.Style?.ToString(), a.ClassificationAnswers,
                a.Ratings.OrderBy(r => r.Criterion).Select(r => new RatingData(r.Criterion.ToString(), r.Rating, r.Note)).ToList(),
                a.TrialWeeks, a.RedFlags.Select(f => f.ToString()).ToList(),
                a.Contributions.Select(c => c.ToString()).ToList(), a.HoursPerMonth, a.HasFocusTopics, a.Score, a.CompletenessPercent,
                a.Recommendation?.ToString(), a.KnowledgePercent, a.ServicePercent, a.ReferralPercent, [.. shares[a.Id]], a.ConsultantComment)).ToList(),
            n.Journal.OrderBy(e => e.Date).Select(e => new JournalData(e.Date, e.Kind.ToString(), e.Text, e.Amount, Utc(e.CreatedUtc))).ToList())).ToList(),
            takeHomes.Select(t => new TakeHomeData(
                t.Id, t.WorkshopTitle, t.WorkshopDate, t.Style?.ToString(),
                t.Contributions.Select(c => c.ToString()).ToList(), t.Steps.Select(s => s.ToString()).ToList(), Utc(t.SavedUtc))).ToList(),
            clients.Select(c => new ClientData(c.Id, c.Name, c.Note, Utc(c.CreatedUtc))).ToList(),
            profile is null ? null : profile with { UpdatedUtc = Utc(profile.UpdatedUtc) });
    }

    // SQLite hands the stored UTC times back without a kind; marking them makes the JSON say "Z".
    private static DateTime Utc(DateTime value) => DateTime.SpecifyKind(value, DateTimeKind.Utc);

    public byte[] ToJson() => JsonSerializer.SerializeToUtf8Bytes(this, Json);

    /// <summary>konto.csv, netzwerke.csv, bewertungen.csv, geteilte-berichte.csv, workshop-ergebnisse.csv, mandanten.csv and tagebuch.csv; semicolons and a BOM so German Excel opens them.</summary>
    public byte[] ToCsvZip()
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            Write(zip, "konto.csv", new[]
            {
                new
                {
                    EMail = Email,
                    AdresseBestaetigt = Settings.EmailConfirmed,
                    Sprache = Settings.Language,
                    ErinnerungenAus = Settings.TrialRemindersOff,
                    Stundensatz = Settings.HourlyRate,
                    GewuenschteStundenProMonat = Settings.WantedHoursPerMonth,
                    BeraterName = ConsultantProfile?.Name,
                    BeraterOrganisation = ConsultantProfile?.Organisation,
                    BeraterKontakt = ConsultantProfile?.Contact,
                    BeraterLogo = ConsultantProfile?.LogoFormat,
                },
            });
            Write(zip, "netzwerke.csv", Networks.Select(n => new
            {
                n.Id,
                n.Name,
                Mandant = n.Client,
                Organisationsform = n.OrganisationForm,
                n.Status,
                Mitglieder = n.ApproxMemberCount,
                n.Url,
                Notizen = n.Notes,
                Angelegt = n.CreatedUtc,
                ProbezeitBeginn = n.TrialStart,
                ProbezeitEnde = n.TrialPlannedEnd,
                ErinnerungenAus = n.TrialRemindersOff,
                DabeiSeit = n.MemberSince,
                AufnahmegebuehrEuro = n.AdmissionFee,
                JahresbeitragEuro = n.YearlyFee,
                KostenProVeranstaltungEuro = n.CostPerEvent,
                StundenProMonat = n.HoursPerMonth,
            }));
            Write(zip, "bewertungen.csv", Networks.SelectMany(n => n.Assessments.Select(a => new
            {
                a.Id,
                NetzwerkId = n.Id,
                Netzwerk = n.Name,
                Angelegt = a.CreatedUtc,
                Abgeschlossen = a.CompletedUtc,
                Ziel = a.Goal,
                Stil = a.Style,
                WissenProzent = a.KnowledgePercent,
                LeistungProzent = a.ServicePercent,
                EmpfehlungProzent = a.ReferralPercent,
                Punkte = a.Score,
                VollstaendigProzent = a.CompletenessPercent,
                Empfehlung = a.Recommendation,
                ProbezeitWochen = a.TrialWeeks,
                Warnsignale = string.Join(", ", a.RedFlags),
                Beitrag = string.Join(", ", a.Contributions),
                StundenProMonat = a.HoursPerMonth,
                ThemenGewaehlt = a.HasFocusTopics,
                Umgang = RatingOf(a, Criterion.Conduct),
                UmgangNotiz = NoteOf(a, Criterion.Conduct),
                Groesse = RatingOf(a, Criterion.Size),
                GroesseNotiz = NoteOf(a, Criterion.Size),
                Mitgliederbefragung = RatingOf(a, Criterion.MemberInterviews),
                MitgliederbefragungNotiz = NoteOf(a, Criterion.MemberInterviews),
                Probezeit = RatingOf(a, Criterion.TrialPeriod),
                ProbezeitNotiz = NoteOf(a, Criterion.TrialPeriod),
                Ergebnisse = RatingOf(a, Criterion.Results),
                ErgebnisseNotiz = NoteOf(a, Criterion.Results),
                Einschaetzung = a.ConsultantComment,
            })));
            Write(zip, "geteilte-berichte.csv", Networks.SelectMany(n => n.Assessments.SelectMany(a => a.ReportShares.Select(s => new
            {
                s.Id,
                BewertungId = a.Id,
                Netzwerk = n.Name,
                Notiz = s.Label,
                Erzeugt = s.CreatedUtc,
                GueltigBis = s.ExpiresUtc,
                Widerrufen = s.RevokedUtc,
                Aufrufe = s.ViewCount,
                ZuletztAufgerufen = s.LastViewedUtc,
            }))));
            Write(zip, "workshop-ergebnisse.csv", WorkshopTakeHomes.Select(t => new
            {
                t.Id,
                Workshop = t.WorkshopTitle,
                Datum = t.WorkshopDate,
                Stil = t.Style,
                Beitrag = string.Join(", ", t.Contributions),
                Schritte = string.Join(", ", t.Steps),
                Gespeichert = t.SavedUtc,
            }));
            Write(zip, "mandanten.csv", Clients.Select(c => new { c.Id, c.Name, Notiz = c.Note, Angelegt = c.CreatedUtc }));
            Write(zip, "tagebuch.csv", Networks.SelectMany(n => n.Journal.Select(e => new
            {
                NetzwerkId = n.Id,
                Netzwerk = n.Name,
                Datum = e.Date,
                Art = e.Kind,
                e.Text,
                BetragEuro = e.Amount,
            })));
        }
        return buffer.ToArray();
    }

    private static int? RatingOf(AssessmentData assessment, Criterion criterion) =>
        assessment.Ratings.FirstOrDefault(r => r.Criterion == criterion.ToString())?.Rating;

    private static string? NoteOf(AssessmentData assessment, Criterion criterion) =>
        assessment.Ratings.FirstOrDefault(r => r.Criterion == criterion.ToString())?.Note;

    private static void Write<T>(ZipArchive zip, string name, IEnumerable<T> rows)
    {
        var entry = zip.CreateEntry(name);
        using var writer = new StreamWriter(entry.Open(), SpreadsheetCsv.Encoding);
        using var csv = SpreadsheetCsv.Writer(writer, CultureInfo.GetCultureInfo("de-DE"));
        csv.WriteRecords(rows);
    }
}
