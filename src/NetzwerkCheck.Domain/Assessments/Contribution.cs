namespace NetzwerkCheck.Domain.Assessments;

/// <summary>
/// What the user means to bring into the network. The article ends on it: what you get depends on
/// what you put in, and many only want to profit.
/// </summary>
public enum Contribution
{
    KnowledgeOrTalks,
    ReferralsForOthers,
    HelpOrganising,
    IntroductionsToContacts,

    /// <summary>An explicit "nothing for now": the plan is to take first. Excludes every other choice.</summary>
    NothingYet,
}
