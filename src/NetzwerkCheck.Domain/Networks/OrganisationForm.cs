namespace NetzwerkCheck.Domain.Networks;

public enum OrganisationForm
{
    Association,
    Virtual,
    Mixed,
}
