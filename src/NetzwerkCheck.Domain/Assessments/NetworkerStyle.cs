namespace NetzwerkCheck.Domain.Assessments;

/// <summary>Hunters treat a network as a marketplace, gatherers as a source of information.</summary>
public enum NetworkerStyle
{
    Hunter,
    Gatherer,
}
