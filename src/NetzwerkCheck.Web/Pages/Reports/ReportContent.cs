using System.Security.Claims;
using NetzwerkCheck.Web.Pages.Account;
using NetzwerkCheck.Web.Pages.Checks;

namespace NetzwerkCheck.Web.Pages.Reports;

/// <summary>
/// Everything the printed report shows (<c>_Report.cshtml</c>), loaded the same way for the owner's report page and
/// for a shared link: what the report body needs is added here once, and both pages show it.
/// </summary>
/// <param name="Brand">The owner's consultant profile ("Erstellt von …"), or null when it is empty.</param>
public sealed record ReportContent(AssessmentSummary Summary, ConsultantBrand? Brand)
{
    /// <summary>The report of one of the signed-in owner's completed assessments, or null.</summary>
    /// <param name="logoUrl">Where the page serves the owner's logo (it checks who may see it).</param>
    public static Task<ReportContent?> ForOwnerAsync(
        AppDbContext db, AssessmentRules rules, ClaimsPrincipal owner, int assessmentId, string logoUrl, CancellationToken cancellationToken) =>
        LoadAsync(db, db.Assessments.OwnedBy(owner), rules, assessmentId, logoUrl, cancellationToken);

    /// <summary>The report behind a share link that was already checked to be valid; no account is involved.</summary>
    public static Task<ReportContent?> ForShareAsync(AppDbContext db, AssessmentRules rules, int assessmentId, string logoUrl, CancellationToken cancellationToken) =>
        LoadAsync(db, db.Assessments, rules, assessmentId, logoUrl, cancellationToken);

    private static async Task<ReportContent?> LoadAsync(
        AppDbContext db, IQueryable<Assessment> assessments, AssessmentRules rules, int assessmentId, string logoUrl, CancellationToken cancellationToken)
    {
        var assessment = await assessments
            .AsNoTracking()
            .WithDetails()
            .SingleOrDefaultAsync(a => a.Id == assessmentId && a.CompletedUtc != null, cancellationToken);
        return assessment is null
            ? null
            : new ReportContent(AssessmentSummary.From(assessment, rules), await ReportBrand.ForAsync(db, assessment, logoUrl, cancellationToken));
    }
}
