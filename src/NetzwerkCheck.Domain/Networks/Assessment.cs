using NetzwerkCheck.Domain.Assessments;

namespace NetzwerkCheck.Domain.Networks;

/// <summary>
/// One dated check of one network. While <see cref="CompletedUtc"/> is null it is a draft the
/// wizard keeps filling in; on completion the headline figures are stored as a snapshot so lists
/// and trends need not re-evaluate every assessment.
/// </summary>
public class Assessment
{
    public const int NoteMaxLength = 1000;

    /// <summary>More hours a month than anyone plans for one network; beyond it an entry is a typo.</summary>
    public const int MaxHoursPerMonth = 200;

    public int Id { get; set; }
    public int NetworkId { get; set; }
    public Network? Network { get; set; }

    public DateTime CreatedUtc { get; set; }
    public DateTime UpdatedUtc { get; set; }
    public DateTime? CompletedUtc { get; set; }

    public Goal? Goal { get; set; }
    public NetworkerStyle? Style { get; set; }
    public Dictionary<string, int> ClassificationAnswers { get; set; } = [];
    public List<CriterionRating> Ratings { get; set; } = [];
    public int? TrialWeeks { get; set; }
    public List<RedFlag> RedFlags { get; set; } = [];
    public List<Contribution> Contributions { get; set; } = [];
    public int? HoursPerMonth { get; set; }
    public bool HasFocusTopics { get; set; }

    public int? Score { get; set; }
    public int? CompletenessPercent { get; set; }
    public Recommendation? Recommendation { get; set; }
    public int? KnowledgePercent { get; set; }
    public int? ServicePercent { get; set; }
    public int? ReferralPercent { get; set; }

    public bool IsCompleted => CompletedUtc is not null;

    public CriterionRating RatingFor(Criterion criterion)
    {
        var rating = Ratings.FirstOrDefault(r => r.Criterion == criterion);
        if (rating is null)
        {
            rating = new CriterionRating { Criterion = criterion };
            Ratings.Add(rating);
        }
        return rating;
    }

    public AssessmentInput ToInput()
    {
        var network = Network ?? throw new InvalidOperationException("The assessment's network is not loaded.");
        return new(Goal, Style, ClassificationAnswers, Ratings.ToDictionary(r => r.Criterion, r => r.Rating), TrialWeeks, RedFlags)
        {
            Network = network.Context,
            Contributions = Contributions,
            HoursPerMonth = HoursPerMonth,
            HasFocusTopics = HasFocusTopics,
        };
    }

    public AssessmentResult Evaluate(AssessmentRules rules) => AssessmentEvaluator.Evaluate(ToInput(), rules);

    public AssessmentResult Complete(AssessmentRules rules, DateTime nowUtc)
    {
        var result = Evaluate(rules);
        CompletedUtc ??= nowUtc;
        UpdatedUtc = nowUtc;
        Score = result.Score;
        CompletenessPercent = result.CompletenessPercent;
        Recommendation = result.Recommendation;
        KnowledgePercent = result.Profile.KnowledgePercent;
        ServicePercent = result.Profile.ServicePercent;
        ReferralPercent = result.Profile.ReferralPercent;
        return result;
    }
}
