using NetzwerkCheck.Domain.Assessments;
using NetzwerkCheck.Domain.Networks;

namespace NetzwerkCheck.Domain.Tests.Assessments;

/// <summary>
/// A valid input to start from: a knowledge network (a Verein of 40) the user is a member of and brings
/// knowledge into, a Sammler who wants to share knowledge, nothing rated yet.
/// </summary>
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
    private NetworkContext _network = new(OrganisationForm.Association, 40, NetworkStatus.Member);
    private List<Contribution> _contributions = [Contribution.KnowledgeOrTalks];
    private int? _hours;
    private bool _focus;

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

    public AssessmentInputBuilder In(OrganisationForm form, int? members = 40, NetworkStatus status = NetworkStatus.Member)
    {
        _network = new NetworkContext(form, members, status);
        return this;
    }

    public AssessmentInputBuilder WithStatus(NetworkStatus status)
    {
        _network = _network with { Status = status };
        return this;
    }

    public AssessmentInputBuilder Contributing(params Contribution[] contributions)
    {
        _contributions = [.. contributions];
        return this;
    }

    public AssessmentInputBuilder Planning(int? hoursPerMonth, bool focusTopics = false)
    {
        (_hours, _focus) = (hoursPerMonth, focusTopics);
        return this;
    }

    public AssessmentInputBuilder AnsweredTalks(int answer)
    {
        _answers["knowledge-talks"] = answer;
        return this;
    }

    public AssessmentInput Build() => new(_goal, _style, _answers, _ratings, _trialWeeks, _redFlags)
    {
        Network = _network,
        Contributions = _contributions,
        HoursPerMonth = _hours,
        HasFocusTopics = _focus,
    };

    public AssessmentResult Evaluate(AssessmentRules? rules = null) => AssessmentEvaluator.Evaluate(Build(), rules ?? AssessmentRules.Default);
}
