namespace NetzwerkCheck.Domain.Assessments;

public enum Recommendation
{
    Engage,
    KeepTesting,
    Leave,

    /// <summary>The network may be good, but not for what the user wants from it; the verdict says what it is good for.</summary>
    NotForThisGoal,
}
