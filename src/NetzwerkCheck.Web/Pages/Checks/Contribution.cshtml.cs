using System.ComponentModel.DataAnnotations;
using NetzwerkCheck.Domain.Value;
using NetzwerkCheck.Web.Pages.Networks;

namespace NetzwerkCheck.Web.Pages.Checks;

/// <summary>What the user brings in and how much time they plan: the verdict names a plan to only take.</summary>
public class ContributionModel(AppDbContext db, TimeProvider clock, AssessmentRules rules, IStringLocalizer<ContributionModel> l) : CheckStepPageModel(db, clock)
{
    public override CheckStep CurrentStep => CheckSteps.Contribution;

    [BindProperty]
    public InputModel Input { get; set; } = new();

    /// <summary>Giving and taking as the journal shows them; null when nothing says since when the user takes part.</summary>
    public GiveTakeBalance? Balance { get; private set; }

    /// <summary>The hours a month entered under Kosten und Zeit, as a hint for the plan.</summary>
    public decimal? HoursEntered => Assessment.Network!.HoursPerMonth;

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (!await LoadEvidenceAsync(id))
        {
            return NotFound();
        }
        Input = new InputModel
        {
            Contributions = [.. Assessment.Contributions],
            HoursPerMonth = Assessment.HoursPerMonth,
            HasFocusTopics = Assessment.HasFocusTopics,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, string? go)
    {
        if (!await LoadEvidenceAsync(id))
        {
            return NotFound();
        }
        if (Input.Contributions.Contains(Contribution.NothingYet) && Input.Contributions.Distinct().Count() > 1)
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(InputModel.Contributions)}",
                l["„Vorerst nichts“ passt nicht zu einem Beitrag: Wählen Sie entweder, was Sie einbringen, oder „Vorerst nichts“."]);
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        Assessment.Contributions = [.. Input.Contributions.Distinct().Order()];
        Assessment.HoursPerMonth = Input.HoursPerMonth;
        Assessment.HasFocusTopics = Input.HasFocusTopics;
        return await SaveAndGoAsync(go);
    }

    private async Task<bool> LoadEvidenceAsync(int id)
    {
        if (!await LoadAsync(id))
        {
            return false;
        }
        if (await ValueEvidence.OfAsync(Db, Assessment.Network!, User, Today) is { } value)
        {
            Balance = GiveTakeBalance.Of(value.SinceStart.Counts, Assessment.Contributions, value.SinceStart.MonthsBegun, rules);
        }
        return true;
    }

    public sealed class InputModel
    {
        [Display(Name = "Beitrag")]
        public List<Contribution> Contributions { get; set; } = [];

        [Display(Name = "Stunden im Monat")]
        [Range(0, Assessment.MaxHoursPerMonth, ErrorMessage = "Bitte geben Sie zwischen {1} und {2} Stunden im Monat an.")]
        public int? HoursPerMonth { get; set; }

        public bool HasFocusTopics { get; set; }
    }
}
