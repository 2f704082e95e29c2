namespace NetzwerkCheck.Domain.Assessments;

/// <summary>The one scale of every rating: the check's criteria and the member survey's answers.</summary>
public static class RatingScale
{
    public const int Min = 1;
    public const int Max = 5;

    /// <summary>Every value of the scale, lowest first: what the forms offer as choices.</summary>
    public static IReadOnlyList<int> Values { get; } = [.. Enumerable.Range(Min, Max - Min + 1)];

    public static bool Contains(int value) => value is >= Min and <= Max;

    /// <summary>The nearest value on the scale to a mean, halves rounded up (3.5 → 4).</summary>
    public static int Nearest(double mean) => Math.Clamp((int)Math.Round(mean, MidpointRounding.AwayFromZero), Min, Max);
}
