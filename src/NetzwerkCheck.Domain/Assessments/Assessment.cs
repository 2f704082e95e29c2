using NetzwerkCheck.Domain.Networks;

namespace NetzwerkCheck.Domain.Assessments;

/// <summary>
/// One dated check of one network. While <see cref="CompletedUtc"/> is null it is a draft the
/// wizard keeps filling in; on completion the headline figures are stored as a snapshot so lists
/// and trends need not re-evaluate every assessment.
/// </summary>
public class Assessment
{
    public const int NoteMaxLength = 1000;

    /// <summary>Longest "Einschätzung der Beraterin / des Beraters": about a page of the printed report.</summary>
    public const int ConsultantCommentMaxLength = 4000;

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

    /// <summary>When <see cref="TrialWeeks"/> was last set, by the user or from the tracked trial; null means at creation.</summary>
    public DateTime? TrialWeeksSetUtc { get; set; }

    /// <summary>The wizard step (1 = goal … 4 = red flags) a draft was left at, so it resumes there.</summary>
    public int LastStep { get; set; }
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

    /// <summary>The workshop whose room produced this assessment; null for a check of one's own, or once that workshop is deleted.</summary>
    public int? WorkshopId { get; set; }

    /// <summary>The room's answers per item when a workshop assessed the network together; null for a check of one's own.</summary>
    public GroupEvidence? Group { get; set; }

    /// <summary>The consultant's own assessment in their words, printed in the report; never copied into the next check.</summary>
    public string? ConsultantComment { get; set; }

    public bool IsCompleted => CompletedUtc is not null;

    public bool IsGroupAssessment => Group is not null;

    /// <summary>
    /// A new draft for <paramref name="network"/>: goal, style and profile answers come from the
    /// previous check; the trial length from the tracked trial (it knows better than the last check
    /// how long the user has been trying), else from the previous check; the planned hours from the previous
    /// check, else from the hours entered for the network; the member survey's
    /// suggested rating, when there is one, pre-selects the Mitgliederbefragung, and the journal's (see
    /// <see cref="Value.ResultsEvidence"/>) the Ergebnisse.
    /// </summary>
    public static Assessment StartDraft(Network network, Assessment? previous, DateOnly today, DateTime nowUtc, int? surveyRating = null, int? resultsRating = null)
    {
        ArgumentNullException.ThrowIfNull(network);
        var draft = new Assessment
        {
            NetworkId = network.Id,
            Network = network,
            CreatedUtc = nowUtc,
            UpdatedUtc = nowUtc,
            LastStep = 1,
            Goal = previous?.Goal,
            Style = previous?.Style,
            ClassificationAnswers = previous is null ? [] : new(previous.ClassificationAnswers),
            Contributions = previous is null ? [] : [.. previous.Contributions],
            HoursPerMonth = previous?.HoursPerMonth ?? PlannedHoursFrom(network.HoursPerMonth),
            HasFocusTopics = previous?.HasFocusTopics ?? false,
            TrialWeeks = TrialPeriod.Of(network)?.WeeksSoFar(today) ?? previous?.TrialWeeks,
        };
        if (surveyRating is int rating)
        {
            draft.RatingFor(Criterion.MemberInterviews).Rating = rating;
        }
        if (resultsRating is int results)
        {
            draft.RatingFor(Criterion.Results).Rating = results;
        }
        return draft;
    }

    /// <summary>The hours entered under Kosten und Zeit as a first plan: whole hours within the step's range.</summary>
    private static int? PlannedHoursFrom(decimal? hours) =>
        hours is decimal h ? (int)Math.Min(MaxHoursPerMonth, Math.Round(h, MidpointRounding.AwayFromZero)) : null;

    /// <summary>The user entered the trial length; from now on it wins over earlier trial changes.</summary>
    public void SetTrialWeeks(int? weeks, DateTime nowUtc)
    {
        TrialWeeks = weeks;
        TrialWeeksSetUtc = nowUtc;
    }

    /// <summary>
    /// A draft takes the tracked trial's weeks so far when the trial was planned or changed after
    /// the draft's trial length was last set; a completed check keeps what it was evaluated with.
    /// </summary>
    /// <returns>True when the trial length changed.</returns>
    public bool FollowTrial(Network network, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(network);
        if (IsCompleted || network.TrialChangedUtc is not DateTime changed || TrialPeriod.Of(network) is not { } period
            || changed <= (TrialWeeksSetUtc ?? CreatedUtc))
        {
            return false;
        }
        var before = TrialWeeks;
        TrialWeeks = period.WeeksSoFar(today);
        // The change time, not "now": following again after the same change is a no-op.
        TrialWeeksSetUtc = changed;
        return TrialWeeks != before;
    }

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
        Network!.NoteCompleted(this);
        return result;
    }
}
