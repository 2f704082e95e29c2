using System.ComponentModel.DataAnnotations;
using NetzwerkCheck.Domain.Workshops;

namespace NetzwerkCheck.Web.Pages.Workshops;

public class IndexModel(AppDbContext db, TimeProvider clock, IStringLocalizer<IndexModel> l) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    [TempData]
    public string? StatusMessage { get; set; }

    public IReadOnlyList<Row> Workshops { get; private set; } = [];

    public async Task OnGetAsync()
    {
        Input.Title = l[InputModel.DefaultTitle];
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

    private async Task LoadAsync()
    {
        Workshops = await db.Workshops.OwnedBy(User)
            .OrderByDescending(w => w.CreatedUtc)
            .Select(w => new Row(w.Id, w.Title, w.JoinCode, w.CreatedUtc, w.ClosedUtc, db.WorkshopParticipants.Count(p => p.WorkshopId == w.Id)))
            .ToListAsync();
    }

    public sealed record Row(int Id, string Title, string JoinCode, DateTime CreatedUtc, DateTime? ClosedUtc, int Participants);

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Bitte geben Sie dem Workshop einen Titel.")]
        [StringLength(Workshop.TitleMaxLength, ErrorMessage = "Der Titel darf höchstens {1} Zeichen lang sein.")]
        [Display(Name = "Titel des Workshops")]
        public string Title { get; set; } = DefaultTitle;

        /// <summary>The form's suggestion, in German; the page shows it in the current language.</summary>
        public const string DefaultTitle = "Herausforderung Netzwerken";
    }
}
