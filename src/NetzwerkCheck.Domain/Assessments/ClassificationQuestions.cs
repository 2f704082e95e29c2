namespace NetzwerkCheck.Domain.Assessments;

public sealed record ClassificationQuestion(string Key, NetworkType Type);

/// <summary>Six statements, two per network type, answered on an agreement scale from 0 to 4.</summary>
public static class ClassificationQuestions
{
    public const int MinAnswer = 0;
    public const int MaxAnswer = 4;

    public static IReadOnlyList<ClassificationQuestion> All { get; } =
    [
        new("knowledge-talks", NetworkType.Knowledge),
        new("knowledge-exchange", NetworkType.Knowledge),
        new("service-deals", NetworkType.Service),
        new("service-results", NetworkType.Service),
        new("referral-relationships", NetworkType.Referral),
        new("referral-introductions", NetworkType.Referral),
    ];
}
