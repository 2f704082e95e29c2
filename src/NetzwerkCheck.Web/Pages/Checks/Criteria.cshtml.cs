using System.ComponentModel.DataAnnotations;
using NetzwerkCheck.Domain.Surveys;
using NetzwerkCheck.Domain.Value;
using NetzwerkCheck.Web.Pages.Networks;
using NetzwerkCheck.Web.Pages.Surveys;

namespace NetzwerkCheck.Web.Pages.Checks;

public class CriteriaModel(AppDbContext db, TimeProvider clock, AssessmentRules rules, SurveyOptions surveyOptions, IStringLocalizer<CriteriaModel> l) : CheckStepPageModel(db, clock)
{
    public const int MaxTrialWeeks = 520;

    public override CheckStep CurrentStep => CheckSteps.Criteria;

    public AssessmentRules Rules { get; } = rules;

    public TrialEvidence? Trial { get; private set; }

    public SurveySummary? Survey { get; private set; }

    /// <summary>What the journal says about Ergebnisse, when it says enough.</summary>
    public ResultsEvidence? Results { get; private set; }

    [BindProperty]
    public List<CriterionInput> Criteria { get; set; } = [];

    [BindProperty]
    [Range(0, MaxTrialWeeks, ErrorMessage = "Die Probezeit muss zwischen {1} und {2} Wochen liegen.")]
    [Display(Name = "Dauer der Probezeit in Wochen")]
    public int? TrialWeeks { get; set; }

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (!await LoadEvidenceAsync(id))
        {
            return NotFound();
        }
        Criteria = Enum.GetValues<Criterion>()
            .Select(c => Assessment.Ratings.FirstOrDefault(r => r.Criterion == c) is { } r
                ? new CriterionInput { Criterion = c, Rating = r.Rating, Note = r.Note }
                : new CriterionInput { Criterion = c })
            .ToList();
        TrialWeeks = Assessment.TrialWeeks;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, string? go)
    {
        if (!await LoadEvidenceAsync(id))
        {
            return NotFound();
        }
        var expected = Enum.GetValues<Criterion>();
        if (Criteria.Count != expected.Length || !Criteria.Select(c => c.Criterion).Order().SequenceEqual(expected))
        {
            ModelState.AddModelError(string.Empty, l["Das Formular war unvollständig. Bitte laden Sie die Seite neu."]);
            Criteria = expected.Select(c => Criteria.FirstOrDefault(i => i.Criterion == c) ?? new CriterionInput { Criterion = c }).ToList();
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }

        foreach (var input in Criteria)
        {
            var rating = Assessment.RatingFor(input.Criterion);
            rating.Rating = input.Rating;
            rating.Note = string.IsNullOrWhiteSpace(input.Note) ? null : input.Note.Trim();
        }
        if (TrialWeeks != Assessment.TrialWeeks)
        {
            Assessment.SetTrialWeeks(TrialWeeks, UtcNow);
        }
        return await SaveAndGoAsync(go);
    }

    private async Task<bool> LoadEvidenceAsync(int id)
    {
        if (!await LoadAsync(id))
        {
            return false;
        }
        var network = Assessment.Network!;
        Survey = await SurveyEvidence.LatestAsync(Db, network.Id, surveyOptions);
        if (await ValueEvidence.OfAsync(Db, network, User, Today) is { } value)
        {
            Results = ResultsEvidence.Suggest(value.SinceStart, Rules);
        }
        if (TrialPeriod.Of(network) is { } period)
        {
            var kinds = await Db.Journal.Where(e => e.NetworkId == network.Id).Select(e => e.Kind).ToListAsync();
            Trial = new TrialEvidence(period, JournalCounts.Of(kinds));
        }
        return true;
    }

    public sealed record TrialEvidence(TrialPeriod Period, JournalCounts Journal);

    public sealed class CriterionInput
    {
        [EnumDataType(typeof(Criterion), ErrorMessage = "Unbekanntes Kriterium.")]
        public Criterion Criterion { get; set; }

        [Range(RatingScale.Min, RatingScale.Max, ErrorMessage = "Bitte wählen Sie eine Bewertung von {1} bis {2} oder „noch offen“.")]
        public int? Rating { get; set; }

        [StringLength(Assessment.NoteMaxLength, ErrorMessage = "Die Notiz darf höchstens {1} Zeichen lang sein.")]
        public string? Note { get; set; }
    }
}
