using System.ComponentModel.DataAnnotations;
using NetzwerkCheck.Domain.Value;
using NetzwerkCheck.Web.Infrastructure.Accounts;

namespace NetzwerkCheck.Web.Pages.Portfolio;

/// <summary>All networks side by side: time and money against the user's budget, the type mix against the goals, findings.</summary>
public class IndexModel(AppDbContext db, TimeProvider clock, AssessmentRules rules, IStringLocalizer<IndexModel> l) : PageModel
{
    [BindProperty]
    public BudgetInput Budget { get; set; } = new();

    [TempData]
    public string? StatusMessage { get; set; }

    public Domain.Value.Portfolio Portfolio { get; private set; } = null!;

    public bool HasHourlyRate { get; private set; }

    public async Task OnGetAsync()
    {
        var settings = await db.AccountSettings.AsNoTracking().SingleOrDefaultAsync(s => s.UserId == User.UserId());
        Budget = new BudgetInput { HourlyRate = settings?.HourlyRate, WantedHoursPerMonth = settings?.WantedHoursPerMonth };
        await LoadAsync(settings?.HourlyRate, settings?.WantedHoursPerMonth);
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            var stored = await db.AccountSettings.AsNoTracking().SingleOrDefaultAsync(s => s.UserId == User.UserId());
            await LoadAsync(stored?.HourlyRate, stored?.WantedHoursPerMonth);
            return Page();
        }
        var settings = await db.SettingsOfAsync(User.UserId());
        settings.HourlyRate = Budget.HourlyRate;
        settings.WantedHoursPerMonth = Budget.WantedHoursPerMonth;
        await db.SaveChangesAsync();
        StatusMessage = l["Gespeichert. Die Zahlen unten rechnen jetzt damit."];
        return RedirectToPage();
    }

    private async Task LoadAsync(decimal? hourlyRate, decimal? wantedHours)
    {
        HasHourlyRate = hourlyRate is not null;
        Portfolio = await PortfolioQuery.LoadAsync(db, User, rules, hourlyRate, wantedHours, clock.Today());
    }

    public sealed class BudgetInput
    {
        [Range(typeof(decimal), "0", "10000000", ParseLimitsInInvariantCulture = true,
            ErrorMessage = "Bitte geben Sie einen Stundensatz zwischen 0 und 10.000.000 € an.")]
        [Display(Name = "Ihr Stundensatz in Euro")]
        [ModelBinder<EuroBinder>]
        public decimal? HourlyRate { get; set; }

        [Range(typeof(decimal), "0", "744", ParseLimitsInInvariantCulture = true,
            ErrorMessage = "Ein Monat hat höchstens 744 Stunden. Bitte geben Sie einen Wert zwischen 0 und 744 an.")]
        [Display(Name = "Stunden im Monat für alle Netzwerke zusammen")]
        [ModelBinder<HoursBinder>]
        public decimal? WantedHoursPerMonth { get; set; }
    }
}
