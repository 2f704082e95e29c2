using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.RateLimiting;
using NetzwerkCheck.Domain.Workshops;
using NetzwerkCheck.Web.Pages.Workshops;

namespace NetzwerkCheck.Web.Pages.Join;

/// <summary>Joining a workshop from a phone: the code from the projector and, if wanted, a nickname.</summary>
[EnableRateLimiting(WorkshopRateLimits.JoinPolicy)]
public class IndexModel(AppDbContext db, TimeProvider clock, CookieNames cookies, IStringLocalizer<IndexModel> l) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public InputModel Input { get; set; } = new();

    public void OnGet() => ModelState.Clear();

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var code = WorkshopRoom.NormalizeCode(Input.Code);
        var workshop = await db.Workshops.AsNoTracking().SingleOrDefaultAsync(w => w.JoinCode == code);
        if (workshop is null)
        {
            ModelState.AddModelError("Input.Code", l["Zu diesem Code gibt es keinen Workshop. Bitte prüfen Sie die Eingabe."]);
            return Page();
        }
        if (workshop.IsClosed)
        {
            ModelState.AddModelError("Input.Code", l["Dieser Workshop ist schon beendet."]);
            return Page();
        }

        var hash = WorkshopRoom.ParticipantHash(HttpContext, cookies, workshop.ParticipantSalt, createIfMissing: true);
        var nickname = string.IsNullOrWhiteSpace(Input.Nickname) ? null : Input.Nickname.Trim();
        var participant = await db.WorkshopParticipants.SingleOrDefaultAsync(p => p.WorkshopId == workshop.Id && p.ParticipantHash == hash);
        if (participant is null)
        {
            db.WorkshopParticipants.Add(new WorkshopParticipant { WorkshopId = workshop.Id, ParticipantHash = hash, Nickname = nickname, JoinedOn = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime) });
            try
            {
                await db.SaveChangesAsync();
                await WorkshopRoom.BumpAsync(db, workshop.Id);
            }
            catch (DbUpdateException)
            {
                // The same phone joined twice at once; the unique index kept one.
            }
        }
        else if (nickname is not null)
        {
            participant.Nickname = nickname;
            await db.SaveChangesAsync();
        }
        return Redirect($"/w/{workshop.JoinCode}");
    }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Bitte geben Sie den Code vom Bildschirm ein.")]
        [StringLength(20, ErrorMessage = "Der Code hat sechs Zeichen.")]
        [Display(Name = "Code vom Bildschirm")]
        public string Code { get; set; } = "";

        [StringLength(WorkshopParticipant.NicknameMaxLength, ErrorMessage = "Der Spitzname darf höchstens {1} Zeichen lang sein.")]
        [Display(Name = "Spitzname (optional)")]
        public string? Nickname { get; set; }
    }
}
