using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using NetzwerkCheck.Domain.Workshops;

namespace NetzwerkCheck.Web.Pages.Workshops;

public class IndexModel(AppDbContext db, TimeProvider clock, IStringLocalizer<IndexModel> l) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    [BindProperty]
    public AssessInput Assess { get; set; } = new();

    [TempData]
    public string? StatusMessage { get; set; }

    public IReadOnlyList<Row> Workshops { get; private set; } = [];

    /// <summary>The facilitator's networks a group assessment can judge, with what their last check knows of goal and style.</summary>
    public IReadOnlyList<NetworkChoice> Networks { get; private set; } = [];

    public async Task OnGetAsync()
    {
        Input.Title = l[InputModel.DefaultTitle];
        Assess.Title = l[AssessInput.DefaultTitle];
        await LoadAsync();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            await LoadAsync();
            return Page();
        }
        var workshop = Workshop.Open(
            User.UserId(), Input.Title.Trim(), WorkshopKind.Challenge, WorkshopRoom.NewJoinCode(), RandomToken.New(), clock.GetUtcNow().UtcDateTime);
        db.Workshops.Add(workshop);
        await db.SaveChangesAsync();
        return RedirectToPage("Present", new { id = workshop.Id });
    }

    public async Task<IActionResult> OnPostAssessAsync()
    {
        // Only this form's fields count here; the other form's defaults are not the facilitator's input.
        foreach (var key in ModelState.Keys.Where(k => !k.StartsWith(nameof(Assess) + ".", StringComparison.Ordinal)).ToList())
        {
            ModelState.Remove(key);
        }
        // Checked here rather than with [Range]: the app's out-of-range binder turns an empty field into a nameless "missing" message.
        if (Assess.RevealThreshold is < Workshop.MinRevealThreshold or > Workshop.MaxRevealThreshold)
        {
            ModelState.AddModelError($"{nameof(Assess)}.{nameof(AssessInput.RevealThreshold)}", l["Bitte geben Sie eine Zahl von {0} bis {1} an.", Workshop.MinRevealThreshold, Workshop.MaxRevealThreshold]);
        }
        var network = Assess.NetworkId is int networkId
            ? await db.Networks.OwnedBy(User).AsNoTracking().SingleOrDefaultAsync(n => n.Id == networkId)
            : null;
        if (network is null && ModelState.GetFieldValidationState($"{nameof(Assess)}.{nameof(AssessInput.NetworkId)}") != ModelValidationState.Invalid)
        {
            ModelState.AddModelError($"{nameof(Assess)}.{nameof(AssessInput.NetworkId)}", l["Bitte wählen Sie eines Ihrer Netzwerke."]);
        }
        var last = network is null
            ? null
            : await db.Assessments.CompletedOf(network.Id).Select(a => new { a.Goal, a.Style }).FirstOrDefaultAsync();
        var goal = Assess.Goal ?? last?.Goal;
        var style = Assess.Style ?? last?.Style;
        if (network is not null && goal is null)
        {
            ModelState.AddModelError($"{nameof(Assess)}.{nameof(AssessInput.Goal)}", l["Für dieses Netzwerk gibt es noch keine abgeschlossene Bewertung. Bitte wählen Sie das Ziel."]);
        }
        if (network is not null && style is null)
        {
            ModelState.AddModelError($"{nameof(Assess)}.{nameof(AssessInput.Style)}", l["Für dieses Netzwerk gibt es noch keine abgeschlossene Bewertung. Bitte wählen Sie den Stil."]);
        }
        if (!ModelState.IsValid || network is null || goal is null || style is null || Assess.RevealThreshold is not int threshold)
        {
            await LoadAsync();
            return Page();
        }
        var workshop = Workshop.OpenNetworkAssessment(
            User.UserId(), Assess.Title.Trim(), network.Id, threshold, goal.Value, style.Value,
            WorkshopRoom.NewJoinCode(), RandomToken.New(), clock.GetUtcNow().UtcDateTime);
        db.Workshops.Add(workshop);
        await db.SaveChangesAsync();
        return RedirectToPage("Present", new { id = workshop.Id });
    }

    private async Task LoadAsync()
    {
        Networks = await db.Networks.OwnedBy(User)
            .OrderBy(n => n.Name)
            .Select(n => new NetworkChoice(n.Id, n.Name, db.Assessments
                .Where(a => a.NetworkId == n.Id && a.CompletedUtc != null)
                .OrderByDescending(a => a.CompletedUtc)
                .Select(a => new LastCheck(a.CompletedUtc!.Value, a.Goal, a.Style))
                .FirstOrDefault()))
            .ToListAsync();
        Workshops = await db.Workshops.OwnedBy(User)
            .OrderByDescending(w => w.CreatedUtc)
            .Select(w => new Row(w.Id, w.Title, w.JoinCode, w.CreatedUtc, w.ClosedUtc, db.WorkshopParticipants.Count(p => p.WorkshopId == w.Id),
                w.Kind, db.Networks.Where(n => n.Id == w.NetworkId).Select(n => n.Name).FirstOrDefault()))
            .ToListAsync();
    }

    public sealed record LastCheck(DateTime CompletedUtc, Goal? Goal, NetworkerStyle? Style);

    public sealed record NetworkChoice(int Id, string Name, LastCheck? Last);

    public sealed record Row(int Id, string Title, string JoinCode, DateTime CreatedUtc, DateTime? ClosedUtc, int Participants, WorkshopKind Kind, string? NetworkName);

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Bitte geben Sie dem Workshop einen Titel.")]
        [StringLength(Workshop.TitleMaxLength, ErrorMessage = "Der Titel darf höchstens {1} Zeichen lang sein.")]
        [Display(Name = "Titel des Workshops")]
        public string Title { get; set; } = DefaultTitle;

        /// <summary>The form's suggestion, in German; the page shows it in the current language.</summary>
        public const string DefaultTitle = "Herausforderung Netzwerken";
    }

    public sealed class AssessInput
    {
        [Required(ErrorMessage = "Bitte geben Sie dem Workshop einen Titel.")]
        [StringLength(Workshop.TitleMaxLength, ErrorMessage = "Der Titel darf höchstens {1} Zeichen lang sein.")]
        [Display(Name = "Titel des Workshops")]
        public string Title { get; set; } = DefaultTitle;

        [Display(Name = "Welches Netzwerk bewertet der Raum?")]
        public int? NetworkId { get; set; }

        [Required(ErrorMessage = "Bitte geben Sie an, ab wie vielen Antworten die Ergebnisse erscheinen.")]
        [Display(Name = "Ergebnisse zeigen ab … Antworten")]
        public int? RevealThreshold { get; set; } = Workshop.DefaultRevealThreshold;

        /// <summary>Null: as in the network's last completed check.</summary>
        [Display(Name = "Ziel der Bewertung")]
        public Goal? Goal { get; set; }

        [Display(Name = "Stil")]
        public NetworkerStyle? Style { get; set; }

        public const string DefaultTitle = "Netzwerk gemeinsam bewerten";
    }
}
