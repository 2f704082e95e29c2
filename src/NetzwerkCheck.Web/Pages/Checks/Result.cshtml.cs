using Microsoft.AspNetCore.OutputCaching;
using NetzwerkCheck.Web.Infrastructure.PageCache;
using Microsoft.AspNetCore.Identity;
using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;
using MimeKit;
using NetzwerkCheck.Web.Infrastructure.Accounts;
using NetzwerkCheck.Web.Infrastructure.Email;

namespace NetzwerkCheck.Web.Pages.Checks;

// A completed check does not change: the page is kept per account, session and language (OwnerPageCache).
[OutputCache(PolicyName = OwnerPageCache.PolicyName)]
public partial class ResultModel(
    AppDbContext db,
    AssessmentRules rules,
    UserManager<IdentityUser> users,
    MailOutbox outbox,
    ReportMail reportMail,
    TimeProvider clock,
    IOptions<EmailOptions> email,
    IStringLocalizer<ResultModel> l,
    ILogger<ResultModel> logger) : PageModel
{
    public CheckStep CurrentStep => CheckSteps.Result;

    public AssessmentSummary Summary { get; private set; } = null!;

    [BindProperty]
    public SendInput Send { get; set; } = new();

    [TempData]
    public string? StatusMessage { get; set; }

    public async Task<IActionResult> OnGetAsync(int id)
    {
        var assessment = await LoadAsync(id);
        if (assessment is null)
        {
            return NotFound();
        }
        if (!assessment.IsCompleted)
        {
            return RedirectToPage(CheckSteps.Flags.Page, new { id });
        }
        Summary = AssessmentSummary.From(assessment, rules);
        return Page();
    }

    /// <summary>"Bericht per E-Mail senden": this report, as text, to an address the owner types.</summary>
    public async Task<IActionResult> OnPostSendAsync(int id)
    {
        var assessment = await LoadAsync(id);
        if (assessment is null || !assessment.IsCompleted)
        {
            return NotFound();
        }
        Summary = AssessmentSummary.From(assessment, rules);
        if (ModelState.IsValid && (!MailboxAddress.TryParse(Send.To, out var mailbox) || mailbox.Address != Send.To.Trim()))
        {
            ModelState.AddModelError("Send.To", l["Bitte geben Sie eine gültige E-Mail-Adresse ein."]);
        }
        if (!ModelState.IsValid)
        {
            // Shown again without the line breaks: a single-line field cannot hold them.
            foreach (var (key, value) in new[] { ("Send.To", Send.To), ("Send.Name", Send.Name) })
            {
                if (value is not null && value.Any(char.IsControl))
                {
                    var shown = new string([.. value.Select(c => char.IsControl(c) ? ' ' : c)]);
                    ModelState.SetModelValue(key, shown, shown);
                }
            }
            return Page();
        }
        var owner = await users.GetUserAsync(User);
        if (owner?.Email is null)
        {
            return Challenge();
        }
        if (email.Value.RequireConfirmedAddress && !owner.EmailConfirmed)
        {
            ModelState.AddModelError(string.Empty, l["Bitte bestätigen Sie zuerst Ihre eigene E-Mail-Adresse (Seite „Konto“); erst dann können Sie Berichte verschicken."]);
            return Page();
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var sent = await db.AccountMails.CountAsync(m => m.UserId == owner.Id && m.Kind == AccountMailKind.Report && m.QueuedUtc > now.AddHours(-1));
        if (sent >= email.Value.ReportMailsPerHour)
        {
            ModelState.AddModelError(string.Empty, l["Sie haben in der letzten Stunde schon {0} Berichte verschickt. Bitte versuchen Sie es später noch einmal.", sent]);
            return Page();
        }

        outbox.Add(Send.To.Trim(), reportMail.Compose(Summary, owner.Email, Send.Name, Send.Note), owner.Id);
        db.AccountMails.Add(new AccountMail { UserId = owner.Id, Kind = AccountMailKind.Report, QueuedUtc = now });
        await db.SaveChangesAsync();
        LogSent(logger, owner.Id, id);
        StatusMessage = l["Der Bericht ist an {0} unterwegs.", Send.To.Trim()];
        return RedirectToPage(new { id });
    }

    private Task<Assessment?> LoadAsync(int id) =>
        db.Assessments.OwnedBy(User).AsNoTracking().WithDetails().SingleOrDefaultAsync(a => a.Id == id);

    [LoggerMessage(Level = LogLevel.Information, Message = "Account {UserId} sent the report of assessment {AssessmentId} by mail")]
    private static partial void LogSent(ILogger logger, string userId, int assessmentId);

    public sealed class SendInput
    {
        // Control characters would let a value break out of a mail header.
        private const string SingleLine = @"^[^\x00-\x1F\x7F]*$";

        [Required(ErrorMessage = "Bitte geben Sie die E-Mail-Adresse ein, an die der Bericht gehen soll.")]
        [RegularExpression(SingleLine, ErrorMessage = "Die Adresse darf keine Zeilenumbrüche oder Steuerzeichen enthalten.")]
        [EmailAddress(ErrorMessage = "Bitte geben Sie eine gültige E-Mail-Adresse ein.")]
        [StringLength(254, ErrorMessage = "Die E-Mail-Adresse darf höchstens {1} Zeichen lang sein.")]
        [Display(Name = "An (E-Mail-Adresse)")]
        public string To { get; set; } = "";

        [RegularExpression(SingleLine, ErrorMessage = "Der Name darf keine Zeilenumbrüche oder Steuerzeichen enthalten.")]
        [StringLength(ReportMail.NameMaxLength, ErrorMessage = "Der Name darf höchstens {1} Zeichen lang sein.")]
        [Display(Name = "Name (freiwillig)")]
        public string? Name { get; set; }

        [StringLength(ReportMail.NoteMaxLength, ErrorMessage = "Die Nachricht darf höchstens {1} Zeichen lang sein.")]
        [Display(Name = "Nachricht (freiwillig)")]
        public string? Note { get; set; }
    }
}
