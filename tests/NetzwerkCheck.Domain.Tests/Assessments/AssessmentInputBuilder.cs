using NetzwerkCheck.Domain.Assessments;

namespace NetzwerkCheck.Domain.Tests.Assessments;

/// <summary>A valid input to start from: a balanced knowledge network, nothing rated yet.</summary>
internal sealed class AssessmentInputBuilder
{
    private readonly Dictionary<string, int> _answers = new()
    {
        ["knowledge-talks"] = 4,
        ["knowledge-exchange"] = 4,
        ["service-deals"] = 0,
        ["service-results"] = 0,
        ["referral-relationships"] = 2,
        ["referral-introductions"] = 2,
    };
    private readonly Dictionary<Criterion, int?> _ratings = [];
    private readonly List<RedFlag> _redFlags = [];
    private Goal? _goal = Goal.ShareKnowledge;
    private NetworkerStyle? _style = NetworkerStyle.Gatherer;
    private int? _trialWeeks;

    public AssessmentInputBuilder Answered(int knowledge, int service, int referral)
    {
        (_answers["knowledge-talks"], _answers["knowledge-exchange"]) = (knowledge, knowledge);
        (_answers["service-deals"], _answers["service-results"]) = (service, service);
        (_answers["referral-relationships"], _answers["referral-introductions"]) = (referral, referral);
        return this;
    }

    public AssessmentInputBuilder Rated(Criterion criterion, int? rating)
    {
        _ratings[criterion] = rating;
        return this;
    }

    public AssessmentInputBuilder RatedAll(int rating)
    {
        foreach (var criterion in Enum.GetValues<Criterion>())
        {
            _ratings[criterion] = rating;
        }
        return WithTrialWeeks(_trialWeeks ?? 16);
    }

    public AssessmentInputBuilder WithTrialWeeks(int? weeks)
    {
        _trialWeeks = weeks;
        return this;
    }

    public AssessmentInputBuilder Flagged(params RedFlag[] flags)
    {
        _redFlags.AddRange(flags);
        return this;
    }

    public AssessmentInputBuilder For(Goal? goal, NetworkerStyle? style)
    {
        (_goal, _style) = (goal, style);
        return this;
    }

    public AssessmentInput Build() => new(_goal, _style, _answers, _ratings, _trialWeeks, _redFlags);

    public AssessmentResult Evaluate(AssessmentRules? rules = null) => AssessmentEvaluator.Evaluate(Build(), rules ?? AssessmentRules.Default);
}
