using System.ComponentModel.DataAnnotations;
using NetzwerkCheck.Domain.Value;

namespace NetzwerkCheck.Web.Pages.Networks;

/// <summary>What a network costs in money and time, and since when the user takes part: the figures' basis.</summary>
public class CostsModel(AppDbContext db, TimeProvider clock, IStringLocalizer<CostsModel> l) : PageModel
{
    /// <summary>Earlier dates are typing errors ("0026" for "2026").</summary>
    public static readonly DateOnly EarliestDate = new(1900, 1, 1);

    [BindProperty]
    public CostsInput Input { get; set; } = new();

    public Network Network { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await db.Networks.OwnedBy(User).SingleOrDefaultAsync(n => n.Id == id) is not { } network)
        {
            return NotFound();
        }
        Network = network;
        Input = CostsInput.From(network);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        if (await db.Networks.OwnedBy(User).SingleOrDefaultAsync(n => n.Id == id) is not { } network)
        {
            return NotFound();
        }
        Network = network;
        if (Input.MemberSince is DateOnly since && (since > clock.Today() || since < EarliestDate))
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.MemberSince)}", since > clock.Today()
                ? l["Das Datum liegt in der Zukunft. Tragen Sie ein, seit wann Sie dabei sind."]
                : l["Bitte prüfen Sie das Jahr."]);
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }

        Input.ApplyTo(network, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync();
        TempData.SetStatus(l["Kosten und Zeit sind gespeichert."].Value);
        return RedirectToPage("Details", null, new { id }, "value-heading");
    }

    public sealed class CostsInput
    {
        [Display(Name = "Dabei seit")]
        public DateOnly? MemberSince { get; set; }

        [ModelBinder<EuroBinder>]
        [Range(0d, (double)MembershipCosts.MaxAmount, ErrorMessage = "Bitte geben Sie einen Betrag zwischen 0 und 10.000.000 € an.")]
        [Display(Name = "Aufnahmegebühr (€)")]
        public decimal? AdmissionFee { get; set; }

        [ModelBinder<EuroBinder>]
        [Range(0d, (double)MembershipCosts.MaxAmount, ErrorMessage = "Bitte geben Sie einen Betrag zwischen 0 und 10.000.000 € an.")]
        [Display(Name = "Jahresbeitrag (€)")]
        public decimal? YearlyFee { get; set; }

        [ModelBinder<EuroBinder>]
        [Range(0d, (double)MembershipCosts.MaxAmount, ErrorMessage = "Bitte geben Sie einen Betrag zwischen 0 und 10.000.000 € an.")]
        [Display(Name = "Kosten pro Veranstaltung (€)")]
        public decimal? CostPerEvent { get; set; }

        [ModelBinder<HoursBinder>]
        [Range(0d, (double)MembershipCosts.MaxHoursPerMonth, ErrorMessage = "Ein Monat hat höchstens 744 Stunden. Bitte geben Sie zwischen 0 und 744 Stunden an.")]
        [Display(Name = "Stunden pro Monat, mit Anfahrt")]
        public decimal? HoursPerMonth { get; set; }

        public static CostsInput From(Network network) => new()
        {
            MemberSince = network.MemberSince,
            AdmissionFee = network.AdmissionFee,
            YearlyFee = network.YearlyFee,
            CostPerEvent = network.CostPerEvent,
            HoursPerMonth = network.HoursPerMonth,
        };

        public void ApplyTo(Network network, DateTime nowUtc)
        {
            ArgumentNullException.ThrowIfNull(network);
            network.MemberSince = MemberSince;
            network.AdmissionFee = AdmissionFee;
            network.YearlyFee = YearlyFee;
            network.CostPerEvent = CostPerEvent;
            network.HoursPerMonth = HoursPerMonth;
            network.UpdatedUtc = nowUtc;
        }
    }
}
