using NetzwerkCheck.Web.Pages.Account;

namespace NetzwerkCheck.Web.Pages.Reports;

public static class ReportBrand
{
    /// <summary>The brand of the assessment's owner, its logo served by <see cref="LogoModel"/> for this assessment.</summary>
    public static async Task<ConsultantBrand?> ForAsync(AppDbContext db, Assessment assessment, IUrlHelper url, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        ArgumentNullException.ThrowIfNull(url);
        var ownerId = assessment.Network?.OwnerId ?? throw new InvalidOperationException("Network not loaded.");
        var brand = await ConsultantProfiles.ForOwnerAsync(db, ownerId, cancellationToken);
        return brand is { HasLogo: true } ? brand with { LogoUrl = url.Page("/Reports/Logo", new { id = assessment.Id }) } : brand;
    }
}
