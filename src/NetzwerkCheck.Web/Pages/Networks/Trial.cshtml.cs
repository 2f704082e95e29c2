using System.ComponentModel.DataAnnotations;
using System.Text;

namespace NetzwerkCheck.Web.Pages.Networks;

/// <summary>The trial of one network: its dates, reminders, a calendar entry for its end and a link to its journal.</summary>
public class TrialModel(AppDbContext db, TimeProvider clock, AssessmentRules rules, PublicLinks links, IStringLocalizer<TrialModel> l) : PageModel
{
    public const int MaxTrialDays = 730;

    // Two forms on one page: each handler binds only its own form, so the other's empty fields raise no errors.
    public DatesInput Dates { get; set; } = new();

    [TempData]
    public string? StatusMessage { get; set; }

    public Network Network { get; private set; } = null!;
    public JournalCounts Journal { get; private set; } = JournalCounts.None;
    public TrialPeriod? Period => TrialPeriod.Of(Network);
    public int MinimumWeeks => rules.MinimumTrialWeeks;
    public DateOnly Today => clock.Today();

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        Dates = new DatesInput { Start = Network.TrialStart ?? Today, PlannedEnd = Network.TrialPlannedEnd ?? Today.AddDays(rules.MinimumTrialWeeks * 7) };
        return Page();
    }

    public async Task<IActionResult> OnPostDatesAsync(int id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        await TryUpdateModelAsync(Dates, nameof(Dates));
        if (Dates.Start is DateOnly start && Dates.PlannedEnd is DateOnly end)
        {
            if (end <= start)
            {
                ModelState.AddModelError("Dates.PlannedEnd", l["Das Ende muss nach dem Beginn liegen."]);
            }
            else if (end.DayNumber - start.DayNumber > MaxTrialDays)
            {
                ModelState.AddModelError("Dates.PlannedEnd", l["Eine Probezeit von mehr als zwei Jahren ist keine Probezeit mehr."]);
            }
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }

        Network.PlanTrial(Dates.Start!.Value, Dates.PlannedEnd!.Value, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync();
        StatusMessage = TrialPeriod.Of(Network)!.IsTooShort(rules.MinimumTrialWeeks)
            ? l["Gespeichert. Hinweis: Unter {0} Wochen lässt sich das Netzwerk kaum fair beurteilen.", rules.MinimumTrialWeeks]
            : l["Die Probezeit ist gespeichert."];
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostRemindersAsync(int id, bool remindersOn)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        if (ModelState.IsValid)
        {
            Network.TrialRemindersOff = !remindersOn;
            await db.SaveChangesAsync();
            StatusMessage = remindersOn
                ? l["Sie erhalten für dieses Netzwerk wieder Erinnerungen per E-Mail."]
                : l["Für dieses Netzwerk schicken wir keine Erinnerungen mehr."];
        }
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnGetCalendarAsync(int id)
    {
        if (!await LoadAsync(id) || Period is not { } period)
        {
            return NotFound();
        }
        var ics = TrialCalendar.ForEnd(Network.Id, Network.Name, period, clock.GetUtcNow().UtcDateTime, links.To(Request, $"/Networks/Details/{Network.Id}"));
        return File(Encoding.UTF8.GetBytes(ics), "text/calendar; charset=utf-8", l["probezeit-ende-{0}.ics", Network.Id]);
    }

    private async Task<bool> LoadAsync(int id)
    {
        var network = await db.Networks.OwnedBy(User).SingleOrDefaultAsync(n => n.Id == id);
        if (network is null)
        {
            return false;
        }
        Network = network;
        Journal = JournalCounts.Of(await db.Journal.Where(e => e.NetworkId == id).Select(e => e.Kind).ToListAsync());
        return true;
    }

    public sealed class DatesInput
    {
        [Required(ErrorMessage = "Bitte geben Sie an, wann die Probezeit beginnt.")]
        [Display(Name = "Beginn")]
        public DateOnly? Start { get; set; }

        [Required(ErrorMessage = "Bitte geben Sie an, wann die Probezeit enden soll.")]
        [Display(Name = "Geplantes Ende")]
        public DateOnly? PlannedEnd { get; set; }
    }
}
