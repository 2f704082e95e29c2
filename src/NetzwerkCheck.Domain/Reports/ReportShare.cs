namespace NetzwerkCheck.Domain.Reports;

/// <summary>What a share link is at a given moment; the owner's list shows it and the link page answers by it.</summary>
public enum ReportShareStatus
{
    Active,
    Revoked,
    Expired,
}

/// <summary>
/// A read-only link to the report of one completed assessment, for whoever the owner hands it to (a consultant's
/// client, a colleague). The link's token is never stored: only its SHA-256 and its first characters, so the owner
/// can tell the links apart while a copy of the database opens none of them.
/// </summary>
public class ReportShare
{
    public const int DefaultDays = 30;
    public const int MinDays = 1;
    public const int MaxDays = 365;
    public const int LabelMaxLength = 100;

    /// <summary>Characters of the token kept in clear to recognise a link by (6 of 43: 220 unknown bits remain).</summary>
    public const int HintLength = 6;

    public int Id { get; set; }
    public int AssessmentId { get; set; }
    public required string TokenHash { get; set; }
    public required string TokenHint { get; set; }

    /// <summary>The owner's own note on whom the link is for; the recipient never sees it.</summary>
    public string? Label { get; set; }

    public DateTime CreatedUtc { get; set; }
    public DateTime ExpiresUtc { get; set; }
    public DateTime? RevokedUtc { get; set; }
    public int ViewCount { get; set; }
    public DateTime? LastViewedUtc { get; set; }

    /// <summary>A link valid for <paramref name="days"/> days from <paramref name="nowUtc"/>.</summary>
    public static ReportShare Create(int assessmentId, string token, string tokenHash, string? label, int days, DateTime nowUtc)
    {
        ArgumentException.ThrowIfNullOrEmpty(token);
        ArgumentOutOfRangeException.ThrowIfLessThan(days, MinDays);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(days, MaxDays);
        return new ReportShare
        {
            AssessmentId = assessmentId,
            TokenHash = tokenHash,
            TokenHint = token[..Math.Min(HintLength, token.Length)],
            Label = string.IsNullOrWhiteSpace(label) ? null : label.Trim(),
            CreatedUtc = nowUtc,
            ExpiresUtc = nowUtc.AddDays(days),
        };
    }

    /// <summary>Revoked wins over expired: the owner's decision is the reason the recipient is told.</summary>
    public ReportShareStatus StatusAt(DateTime nowUtc) => StatusOf(RevokedUtc, ExpiresUtc, nowUtc);

    public static ReportShareStatus StatusOf(DateTime? revokedUtc, DateTime expiresUtc, DateTime nowUtc) =>
        revokedUtc is not null ? ReportShareStatus.Revoked
        : nowUtc >= expiresUtc ? ReportShareStatus.Expired
        : ReportShareStatus.Active;
}
