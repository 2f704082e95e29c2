namespace NetzwerkCheck.Domain.Assessments;

public enum Recommendation
{
    Engage,
    KeepTesting,
    Leave,
}
