using NetzwerkCheck.Domain.Networks;

namespace NetzwerkCheck.Domain.Assessments;

public enum SizeBand
{
    Unknown,
    Small,
    Medium,
    Large,
}

/// <summary>
/// The member count read against the organisation form: size is never quality, only a hint whether
/// people feel at home. Fifteen people are a lively Verein and a quiet online group; fifty thousand
/// are reach online and anonymity anywhere else.
/// </summary>
public sealed record SizeReading(SizeBand Band, int? MemberCount, OrganisationForm Form)
{
    /// <summary>Below the first number a network of this form is small, from the second on large.</summary>
    public static (int SmallBelow, int LargeFrom) BandsFor(OrganisationForm form) => form switch
    {
        OrganisationForm.Association => (20, 150),
        OrganisationForm.Virtual => (200, 5_000),
        _ => (40, 500),
    };

    public static SizeReading Of(NetworkContext network)
    {
        ArgumentNullException.ThrowIfNull(network);
        if (network.MemberCount is not int count || count <= 0)
        {
            return new SizeReading(SizeBand.Unknown, null, network.Form);
        }
        var (smallBelow, largeFrom) = BandsFor(network.Form);
        var band = count < smallBelow ? SizeBand.Small : count >= largeFrom ? SizeBand.Large : SizeBand.Medium;
        return new SizeReading(band, count, network.Form);
    }
}
