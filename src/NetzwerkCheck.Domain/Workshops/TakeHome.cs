using NetzwerkCheck.Domain.Assessments;

namespace NetzwerkCheck.Domain.Workshops;

/// <summary>What a participant takes home from "Herausforderung Netzwerken" (docs/rules.md, section 11).</summary>
public enum TakeHomeStep
{
    // What to give first, from the answer to "Was bringen Sie ein?"
    StartGivingFirst,
    DecideContribution,
    OfferTalkWhereServicesAreNeeded,
    PassOnWhatYouLearn,
    RecommendSomeone,
    HelpAtNextMeeting,
    IntroduceTwoContacts,

    // Jäger: the network as a marketplace
    PickContactsWhereNeeded,
    ShowExpertiseByContributions,
    PlanRegularPresence,

    // Sammler: the network as an information source
    ChooseFocusTopics,
    LimitTimeSpent,

    // Style not said
    FindOutYourStyle,
    CheckOneNetwork,
}

/// <param name="Style">Null when the phone did not answer the style question.</param>
/// <param name="Contributions">Empty when it did not answer "Was bringen Sie ein?"; <see cref="Contribution.NothingYet"/> means "only take for now".</param>
/// <param name="Steps">Always <see cref="StepCount"/> steps, the first about giving.</param>
public sealed record TakeHome(NetworkerStyle? Style, IReadOnlyList<Contribution> Contributions, IReadOnlyList<TakeHomeStep> Steps)
{
    public const int StepCount = 3;

    /// <summary>A take-home needs the style question; a workshop of another kind ends without one.</summary>
    public static bool IsOfferedBy(Workshop workshop)
    {
        ArgumentNullException.ThrowIfNull(workshop);
        return workshop.Questions.Any(q => q.Key == WorkshopQuestions.StyleKey);
    }

    /// <summary>
    /// Three next steps: first what to give (the article: it depends on what you bring in, and many only want to
    /// profit), then two from the style's strategy (seed 003); without a style, how to find it out.
    /// </summary>
    public static TakeHome For(NetworkerStyle? style, IReadOnlyCollection<Contribution> contributions)
    {
        ArgumentNullException.ThrowIfNull(contributions);
        var given = contributions.Distinct().Order().ToList();
        var first = GivingStep(style, given);
        IEnumerable<TakeHomeStep> styleSteps = style switch
        {
            NetworkerStyle.Hunter when first == TakeHomeStep.OfferTalkWhereServicesAreNeeded =>
                // The talk already shows the expertise, so the third step is the regular presence.
                [TakeHomeStep.PickContactsWhereNeeded, TakeHomeStep.PlanRegularPresence],
            NetworkerStyle.Hunter => [TakeHomeStep.PickContactsWhereNeeded, TakeHomeStep.ShowExpertiseByContributions],
            NetworkerStyle.Gatherer => [TakeHomeStep.ChooseFocusTopics, TakeHomeStep.LimitTimeSpent],
            _ => [TakeHomeStep.FindOutYourStyle, TakeHomeStep.CheckOneNetwork],
        };
        return new TakeHome(style, given, [first, .. styleSteps]);
    }

    /// <summary>The take-home from a phone's stored answers to the style question and "Was bringen Sie ein?" (null when not answered).</summary>
    public static TakeHome FromAnswers(string? styleAnswer, string? contributionsAnswer)
    {
        var style = WorkshopQuestions.StyleOptions.Where(o => o.Option == styleAnswer).Select(o => (NetworkerStyle?)o.Style).FirstOrDefault();
        var chosen = (contributionsAnswer ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries);
        var contributions = WorkshopQuestions.ContributionOptions.Where(o => chosen.Contains(o.Option)).Select(o => o.Contribution).ToList();
        return For(style, contributions);
    }

    /// <summary>The most concrete thing to give first; the check's order of contributions decides between several.</summary>
    private static TakeHomeStep GivingStep(NetworkerStyle? style, List<Contribution> given)
    {
        if (given.Contains(Contribution.NothingYet))
        {
            return TakeHomeStep.StartGivingFirst;
        }
        return given.Count == 0
            ? TakeHomeStep.DecideContribution
            : given[0] switch
            {
                // For the Jäger, knowledge shared where his services are needed is how he is seen as the expert.
                Contribution.KnowledgeOrTalks when style == NetworkerStyle.Hunter => TakeHomeStep.OfferTalkWhereServicesAreNeeded,
                Contribution.KnowledgeOrTalks => TakeHomeStep.PassOnWhatYouLearn,
                Contribution.ReferralsForOthers => TakeHomeStep.RecommendSomeone,
                Contribution.HelpOrganising => TakeHomeStep.HelpAtNextMeeting,
                _ => TakeHomeStep.IntroduceTwoContacts,
            };
    }
}
