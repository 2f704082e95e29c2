namespace NetzwerkCheck.Domain.Assessments;

public enum Criterion
{
    Conduct,
    Size,
    MemberInterviews,
    TrialPeriod,
    Results,
}
