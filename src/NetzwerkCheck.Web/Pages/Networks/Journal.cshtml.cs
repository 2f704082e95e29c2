using System.ComponentModel.DataAnnotations;
using NetzwerkCheck.Domain.Value;
using NetzwerkCheck.Web.Localization;

namespace NetzwerkCheck.Web.Pages.Networks;

/// <summary>The membership journal of one network: quick to add to on a phone, listed by calendar year, newest first.</summary>
public class JournalModel(AppDbContext db, TimeProvider clock, IStringLocalizer<JournalModel> l) : PageModel
{
    [BindProperty]
    public EntryInput Entry { get; set; } = new();

    [TempData]
    public string? StatusMessage { get; set; }

    public Network Network { get; private set; } = null!;

    /// <summary>Every year that has entries, newest first, with how many.</summary>
    public IReadOnlyList<YearCount> Years { get; private set; } = [];

    /// <summary>The year listed; null while the journal is empty.</summary>
    public int? Year { get; private set; }

    public IReadOnlyList<JournalEntry> Entries { get; private set; } = [];

    public DateOnly Today => clock.Today();

    public async Task<IActionResult> OnGetAsync(int id, int? year)
    {
        if (!await LoadAsync(id, year))
        {
            return NotFound();
        }
        Entry = new EntryInput { Date = Today };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        if (!await LoadAsync(id, year: null))
        {
            return NotFound();
        }
        Check();
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var date = Entry.Date!.Value;
        db.Journal.Add(new JournalEntry
        {
            NetworkId = id,
            Date = date,
            Kind = Entry.Kind!.Value,
            Text = Entry.Text?.Trim() ?? "",
            Amount = Entry.Kind == JournalEntryKind.Order ? Entry.Amount : null,
            CreatedUtc = clock.GetUtcNow().UtcDateTime,
        });
        await db.SaveChangesAsync();
        StatusMessage = l["Eingetragen: {0} am {1:d}.", Texts.Of(Entry.Kind.Value), date];
        return RedirectToPage(new { id, year = date.Year });
    }

    public async Task<IActionResult> OnPostDeleteAsync(int id, int entryId)
    {
        if (await db.Networks.OwnedBy(User).AnyAsync(n => n.Id == id) is false)
        {
            return NotFound();
        }
        var entry = await db.Journal.SingleOrDefaultAsync(e => e.Id == entryId && e.NetworkId == id);
        if (entry is null)
        {
            return NotFound();
        }
        db.Journal.Remove(entry);
        await db.SaveChangesAsync();
        StatusMessage = l["Der Eintrag vom {0:d} ist gelöscht.", entry.Date];
        return RedirectToPage(new { id, year = entry.Date.Year });
    }

    /// <summary>What the attributes cannot say alone: the date's bounds, and which kinds need an amount or a note.</summary>
    private void Check()
    {
        if (Entry.Date is DateOnly date && date > Today)
        {
            ModelState.AddModelError("Entry.Date", l["Ein Eintrag kann nicht in der Zukunft liegen."]);
        }
        else if (Entry.Date < CostsModel.EarliestDate)
        {
            ModelState.AddModelError("Entry.Date", l["Bitte prüfen Sie das Jahr."]);
        }
        var amountBound = ModelState["Entry.Amount"] is not { Errors.Count: > 0 };
        if (Entry.Kind == JournalEntryKind.Order && Entry.Amount is null && amountBound)
        {
            ModelState.AddModelError("Entry.Amount", l["Bitte geben Sie an, was der Auftrag wert ist (in Euro)."]);
        }
        else if (Entry.Kind is { } kind && kind != JournalEntryKind.Order && Entry.Amount is not null)
        {
            ModelState.AddModelError("Entry.Amount", l["Einen Betrag tragen Sie nur bei einem Auftrag ein. Wählen Sie „{0}“ oder leeren Sie das Feld.", Texts.Of(JournalEntryKind.Order)]);
        }
        if (Entry.Kind == JournalEntryKind.Knowledge && string.IsNullOrWhiteSpace(Entry.Text))
        {
            ModelState.AddModelError("Entry.Text", l["Bitte notieren Sie kurz, was Sie mitgenommen haben."]);
        }
    }

    private async Task<bool> LoadAsync(int id, int? year)
    {
        if (await db.Networks.OwnedBy(User).AsNoTracking().SingleOrDefaultAsync(n => n.Id == id) is not { } network)
        {
            return false;
        }
        Network = network;
        var journal = db.Journal.Where(e => e.NetworkId == id);
        Years = await journal.GroupBy(e => e.Date.Year)
            .OrderByDescending(g => g.Key)
            .Select(g => new YearCount(g.Key, g.Count()))
            .ToListAsync();
        Year = year is int wanted && Years.Any(y => y.Year == wanted) ? wanted : (Years.Count > 0 ? Years[0].Year : null);
        if (Year is int shown)
        {
            var (from, to) = (new DateOnly(shown, 1, 1), new DateOnly(shown, 12, 31));
            Entries = await journal.Where(e => e.Date >= from && e.Date <= to)
                .OrderByDescending(e => e.Date).ThenByDescending(e => e.Id)
                .AsNoTracking()
                .ToListAsync();
        }
        return true;
    }

    public sealed record YearCount(int Year, int Count);

    public sealed class EntryInput
    {
        [Required(ErrorMessage = "Bitte geben Sie das Datum an.")]
        [Display(Name = "Datum")]
        public DateOnly? Date { get; set; }

        [Required(ErrorMessage = "Bitte wählen Sie, was passiert ist.")]
        [EnumDataType(typeof(JournalEntryKind), ErrorMessage = "Bitte wählen Sie eine der angebotenen Arten.")]
        [Display(Name = "Was ist passiert?")]
        public JournalEntryKind? Kind { get; set; }

        [ModelBinder<EuroBinder>]
        [Range(0.01d, (double)MembershipCosts.MaxAmount, ErrorMessage = "Der Wert eines Auftrags muss zwischen 0,01 und 10.000.000 € liegen.")]
        [Display(Name = "Wert des Auftrags (€)")]
        public decimal? Amount { get; set; }

        [StringLength(JournalEntry.TextMaxLength, ErrorMessage = "Die Notiz darf höchstens {1} Zeichen lang sein.")]
        [Display(Name = "Notiz")]
        public string? Text { get; set; }
    }
}
