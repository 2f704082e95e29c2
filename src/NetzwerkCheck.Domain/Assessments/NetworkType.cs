namespace NetzwerkCheck.Domain.Assessments;

public enum NetworkType
{
    Knowledge,
    Service,
    Referral,
}
