using System.Security.Claims;
using NetzwerkCheck.Web.Pages.Checks;

namespace NetzwerkCheck.Web.Pages.Reports;

/// <summary>
/// Everything the printed report shows (<c>_Report.cshtml</c>), loaded the same way for the owner's report page and
/// for a shared link: what the report body needs is added here once, and both pages show it.
/// </summary>
public sealed record ReportContent(AssessmentSummary Summary)
{
    /// <summary>The report of one of the signed-in owner's completed assessments, or null.</summary>
    public static Task<ReportContent?> ForOwnerAsync(AppDbContext db, AssessmentRules rules, ClaimsPrincipal owner, int assessmentId) =>
        LoadAsync(db.Assessments.OwnedBy(owner), rules, assessmentId);

    /// <summary>The report behind a share link that was already checked to be valid; no account is involved.</summary>
    public static Task<ReportContent?> ForShareAsync(AppDbContext db, AssessmentRules rules, int assessmentId) =>
        LoadAsync(db.Assessments, rules, assessmentId);

    private static async Task<ReportContent?> LoadAsync(IQueryable<Assessment> assessments, AssessmentRules rules, int assessmentId)
    {
        var assessment = await assessments
            .AsNoTracking()
            .WithDetails()
            .SingleOrDefaultAsync(a => a.Id == assessmentId && a.CompletedUtc != null);
        return assessment is null ? null : new ReportContent(AssessmentSummary.From(assessment, rules));
    }
}
