using NetzwerkCheck.Domain.Consultants;

namespace NetzwerkCheck.Web.Pages.Account;

/// <summary>What a report prints as "Erstellt von …"; <see cref="LogoUrl"/> is set by the page, which knows where it serves the logo.</summary>
public sealed record ConsultantBrand(string? Name, string? Organisation, string? Contact, bool HasLogo)
{
    public string? LogoUrl { get; init; }

    public bool IsEmpty => Name is null && Organisation is null && Contact is null && !HasLogo;
}

/// <summary>A stored logo with the format its bytes were checked as.</summary>
public sealed record ConsultantLogo(byte[] Bytes, LogoFormat Format);

/// <summary>
/// The profile by its owner's id – not by the signed-in user – so the report, the workshop summary and a shared
/// report (whose reader has no account) all print the profile of the one who owns the report.
/// </summary>
public static class ConsultantProfiles
{
    /// <summary>The owner's brand without the logo's bytes; null when the profile is missing or empty.</summary>
    public static async Task<ConsultantBrand?> ForOwnerAsync(AppDbContext db, string ownerId, CancellationToken cancellationToken = default)
    {
        var brand = await db.ConsultantProfiles.AsNoTracking()
            .Where(p => p.OwnerId == ownerId)
            .Select(p => new ConsultantBrand(p.Name, p.Organisation, p.Contact, p.LogoFormat != null))
            .SingleOrDefaultAsync(cancellationToken);
        return brand is { IsEmpty: false } ? brand : null;
    }

    public static async Task<ConsultantLogo?> LogoForOwnerAsync(AppDbContext db, string ownerId, CancellationToken cancellationToken = default)
    {
        var logo = await db.ConsultantProfiles.AsNoTracking()
            .Where(p => p.OwnerId == ownerId && p.Logo != null && p.LogoFormat != null)
            .Select(p => new { p.Logo, p.LogoFormat })
            .SingleOrDefaultAsync(cancellationToken);
        return logo is null ? null : new ConsultantLogo(logo.Logo!, logo.LogoFormat!.Value);
    }
}

/// <summary>
/// Serves a checked logo. The checks already refused anything that could run; the headers are the second line:
/// nosniff keeps a browser from reading the bytes as anything else, and the policy forbids an SVG opened on its own
/// every script, request and plug-in (it may only style itself).
/// </summary>
public sealed class LogoResult(ConsultantLogo logo) : IActionResult
{
    public const string Policy = "default-src 'none'; style-src 'unsafe-inline'";

    public async Task ExecuteResultAsync(ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var response = context.HttpContext.Response;
        response.ContentType = logo.Format == LogoFormat.Png ? "image/png" : "image/svg+xml";
        response.ContentLength = logo.Bytes.Length;
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers.ContentSecurityPolicy = Policy;
        await response.Body.WriteAsync(logo.Bytes, context.HttpContext.RequestAborted);
    }
}
