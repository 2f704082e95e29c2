namespace NetzwerkCheck.Domain.Assessments;

public enum RedFlagSeverity
{
    /// <summary>Ends the question on its own: leave or do not join, whatever the ratings.</summary>
    KnockOut,

    /// <summary>Limits the verdict: one allows at most "keep testing", several together mean leave.</summary>
    Cap,
}

/// <summary>Which warning sign ends the question and which only limits the verdict (docs/rules.md, section 4).</summary>
public static class RedFlagRules
{
    /// <summary>
    /// Only ossified structures are a knock-out: the article says dealing with such a network makes little
    /// sense, because the people who block every effort do not change. The other signs can be seen,
    /// named and sometimes changed, so they cap the verdict instead.
    /// </summary>
    public static RedFlagSeverity SeverityOf(RedFlag flag) => flag switch
    {
        RedFlag.OssifiedStructures => RedFlagSeverity.KnockOut,
        _ => RedFlagSeverity.Cap,
    };

    public static bool IsKnockOut(this RedFlag flag) => SeverityOf(flag) == RedFlagSeverity.KnockOut;
}
