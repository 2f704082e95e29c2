namespace NetzwerkCheck.Domain.Assessments;

public enum Goal
{
    ShareKnowledge,
    WinClients,
    SourceServices,
    BuildRelationships,
}
