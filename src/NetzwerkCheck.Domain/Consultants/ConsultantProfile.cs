namespace NetzwerkCheck.Domain.Consultants;

/// <summary>
/// What a consultant puts on the reports they hand over ("Erstellt von …"): name, organisation, one contact line and
/// an optional logo that <see cref="LogoCheck"/> has accepted. One per account; every part is optional.
/// </summary>
public class ConsultantProfile
{
    public const int NameMaxLength = 100;
    public const int OrganisationMaxLength = 150;
    public const int ContactMaxLength = 200;

    public required string OwnerId { get; set; }
    public string? Name { get; set; }
    public string? Organisation { get; set; }

    /// <summary>One line, e.g. "0341 123456 · kontakt@example.org · example.org".</summary>
    public string? Contact { get; set; }

    public byte[]? Logo { get; set; }
    public LogoFormat? LogoFormat { get; set; }
    public DateTime UpdatedUtc { get; set; }

    public bool IsEmpty => Name is null && Organisation is null && Contact is null && Logo is null;

    public void SetLogo(byte[] bytes, LogoFormat format)
    {
        Logo = bytes;
        LogoFormat = format;
    }

    public void RemoveLogo()
    {
        Logo = null;
        LogoFormat = null;
    }
}
