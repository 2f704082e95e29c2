using NetzwerkCheck.Web.Pages.Account;

namespace NetzwerkCheck.Web.Pages.Reports;

public static class ReportBrand
{
    /// <summary>The brand of the assessment's owner; its logo, if any, at <paramref name="logoUrl"/> (an address that checks who may see it).</summary>
    public static async Task<ConsultantBrand?> ForAsync(AppDbContext db, Assessment assessment, string logoUrl, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        var ownerId = assessment.Network?.OwnerId ?? throw new InvalidOperationException("Network not loaded.");
        var brand = await ConsultantProfiles.ForOwnerAsync(db, ownerId, cancellationToken);
        return brand is { HasLogo: true } ? brand with { LogoUrl = logoUrl } : brand;
    }
}
