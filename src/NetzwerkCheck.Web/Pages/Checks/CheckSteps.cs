using NetzwerkCheck.Web.Localization;

namespace NetzwerkCheck.Web.Pages.Checks;

/// <param name="Title">The German title; <see cref="DisplayTitle"/> is the one to show.</param>
public sealed record CheckStep(int Number, string Page, string Title)
{
    /// <summary>The title in the current UI language.</summary>
    public string DisplayTitle => CheckSteps.Localizer[Title];
}

/// <summary>The wizard's steps in order; the progress indicator and the back/next buttons follow this list.</summary>
public static class CheckSteps
{
    internal static readonly IStringLocalizer Localizer = StaticText.For(typeof(CheckSteps));

    public static readonly CheckStep Goal = new(1, "Goal", "Ziel und Stil");
    public static readonly CheckStep Contribution = new(2, "Contribution", "Ihr Einsatz");
    public static readonly CheckStep Type = new(3, "Type", "Kerngedanke");
    public static readonly CheckStep Criteria = new(4, "Criteria", "Kriterien");
    public static readonly CheckStep Flags = new(5, "Flags", "Warnsignale");
    public static readonly CheckStep Result = new(6, "Result", "Ergebnis");

    public static IReadOnlyList<CheckStep> All { get; } = [Goal, Contribution, Type, Criteria, Flags, Result];

    public static CheckStep? Before(CheckStep step) => step.Number > 1 ? All[step.Number - 2] : null;

    /// <summary>Where a draft left at <paramref name="lastStep"/> continues; unknown values start at the goal.</summary>
    public static CheckStep ResumeAt(int lastStep) => lastStep >= Goal.Number && lastStep < Result.Number ? All[lastStep - 1] : Goal;

    public static CheckStep? After(CheckStep step) => step.Number < All.Count ? All[step.Number] : null;
}
