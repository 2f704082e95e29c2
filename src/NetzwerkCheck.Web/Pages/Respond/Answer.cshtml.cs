using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.RateLimiting;
using NetzwerkCheck.Domain.Surveys;
using NetzwerkCheck.Web.Infrastructure.Telemetry;
using NetzwerkCheck.Web.Pages.Surveys;

namespace NetzwerkCheck.Web.Pages.Respond;

/// <summary>
/// The anonymous answer form behind a survey link. Nothing identifying is stored: one answer per
/// browser is enforced through a random cookie token of which only the hash is kept.
/// </summary>
[EnableRateLimiting(FormRateLimits.SurveyAnswers)]
public class AnswerModel(AppDbContext db, TimeProvider clock, CookieNames cookies, SurveyOptions options, AppMetrics metrics) : PageModel
{
    /// <summary>Name (after CookieNames.Prefix) of the cookie that holds the browser's random token.</summary>
    public const string RespondentCookie = "nc-respondent";

    public enum View
    {
        Form,
        Closed,
        Thanks,
        AlreadyAnswered,
        InvitationUsed,
        InvitationOnly,
    }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public View State { get; private set; } = View.Form;
    public string NetworkName { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(string token, string? invitation)
    {
        var survey = await FindAsync(token);
        if (survey is null)
        {
            return NotFound();
        }
        if (survey.IsClosed)
        {
            return Closed();
        }
        if (invitation is not null)
        {
            return await FindInvitationAsync(survey, invitation) switch
            {
                null => NotFound(),
                { Used: true } => Show(TempData["SurveyThanks"] is true ? View.Thanks : View.InvitationUsed),
                _ => Page(),
            };
        }
        if (!survey.OpenLink)
        {
            return InvitationOnly();
        }
        var hash = RespondentHash(survey, createIfMissing: true);
        if (await db.SurveyResponses.AnyAsync(r => r.SurveyId == survey.Id && r.RespondentHash == hash))
        {
            State = TempData["SurveyThanks"] is true ? View.Thanks : View.AlreadyAnswered;
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string token, string? invitation)
    {
        var survey = await FindAsync(token);
        if (survey is null)
        {
            return NotFound();
        }
        if (survey.IsClosed)
        {
            return Closed();
        }
        if (invitation is not null)
        {
            return await AnswerByInvitationAsync(survey, invitation);
        }
        if (!survey.OpenLink)
        {
            return InvitationOnly();
        }
        var hash = RespondentHash(survey, createIfMissing: true);
        if (await db.SurveyResponses.AnyAsync(r => r.SurveyId == survey.Id && r.RespondentHash == hash))
        {
            // A second tab or the back button: nothing is stored, and the GET says "schon geantwortet".
            return RedirectToPage(new { token });
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }

        db.SurveyResponses.Add(NewResponse(survey, hash));
        try
        {
            await db.SaveChangesAsync();
            metrics.SurveyAnswerStored();
        }
        catch (DbUpdateException)
        {
            // The same browser answered twice at once (double click): the unique index kept the first.
        }
        await SurveyEvidence.ReleaseIfDueAsync(db, survey.Id, options);
        TempData["SurveyThanks"] = true;
        return RedirectToPage(new { token });
    }

    private async Task<IActionResult> AnswerByInvitationAsync(Domain.Surveys.Survey survey, string invitation)
    {
        var found = await FindInvitationAsync(survey, invitation);
        if (found is null)
        {
            return NotFound();
        }
        if (found.Used)
        {
            return RedirectToPage(new { token = survey.Token, invitation });
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }

        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            // Claiming the link and storing the answer succeed together or not at all; of two tabs, one wins.
            var claimed = await db.SurveyInvitations.Where(i => i.Id == found.Id && !i.Used).ExecuteUpdateAsync(s => s.SetProperty(i => i.Used, true));
            if (claimed == 1)
            {
                // A random hash: the answer keeps no trace of the link it came with.
                db.SurveyResponses.Add(NewResponse(survey, RandomToken.Hash(RandomToken.New())));
                await db.SaveChangesAsync();
                await transaction.CommitAsync();
                metrics.SurveyAnswerStored();
                TempData["SurveyThanks"] = true;
            }
        }
        await SurveyEvidence.ReleaseIfDueAsync(db, survey.Id, options);
        return RedirectToPage(new { token = survey.Token, invitation });
    }

    private SurveyResponse NewResponse(Domain.Surveys.Survey survey, string respondentHash) => new()
    {
        SurveyId = survey.Id,
        SubmittedOn = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime),
        ConductRating = Input.ConductRating!.Value,
        ValueRating = Input.ValueRating!.Value,
        SeenAs = Input.SeenAs!.Value,
        WouldRecommend = Input.WouldRecommend!.Value,
        Comment = string.IsNullOrWhiteSpace(Input.Comment) ? null : Input.Comment.Trim(),
        RespondentHash = respondentHash,
    };

    private async Task<SurveyInvitation?> FindInvitationAsync(Domain.Surveys.Survey survey, string invitation)
    {
        if (invitation.Length is < 20 or > 64)
        {
            return null;
        }
        var tokenHash = RandomToken.Hash(invitation);
        return await db.SurveyInvitations.AsNoTracking().SingleOrDefaultAsync(i => i.SurveyId == survey.Id && i.TokenHash == tokenHash);
    }

    private PageResult Show(View view)
    {
        State = view;
        return Page();
    }

    private PageResult InvitationOnly()
    {
        State = View.InvitationOnly;
        Response.StatusCode = StatusCodes.Status403Forbidden;
        return Page();
    }

    private async Task<Domain.Surveys.Survey?> FindAsync(string token)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 64)
        {
            return null;
        }
        var survey = await db.Surveys.AsNoTracking().SingleOrDefaultAsync(s => s.Token == token);
        if (survey is not null)
        {
            NetworkName = await db.Networks.Where(n => n.Id == survey.NetworkId).Select(n => n.Name).SingleAsync();
        }
        return survey;
    }

    private PageResult Closed()
    {
        State = View.Closed;
        Response.StatusCode = StatusCodes.Status410Gone;
        return Page();
    }

    /// <summary>
    /// The browser's hash, hashed once more with the survey's own token: it still counts a browser once
    /// per survey, but the same browser's answers to different surveys cannot be linked in the database.
    /// </summary>
    private string RespondentHash(Domain.Surveys.Survey survey, bool createIfMissing) =>
        RandomToken.Hash(survey.Token + ":" + BrowserToken.Hash(HttpContext, cookies, RespondentCookie, TimeSpan.FromDays(365), createIfMissing));

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Bitte bewerten Sie den Umgang miteinander.")]
        [Range(RatingScale.Min, RatingScale.Max, ErrorMessage = "Bitte wählen Sie einen Wert von {1} bis {2}.")]
        [Display(Name = "Umgang")]
        public int? ConductRating { get; set; }

        [Required(ErrorMessage = "Bitte bewerten Sie, was Ihnen das Netzwerk bringt.")]
        [Range(RatingScale.Min, RatingScale.Max, ErrorMessage = "Bitte wählen Sie einen Wert von {1} bis {2}.")]
        [Display(Name = "Nutzen")]
        public int? ValueRating { get; set; }

        [Required(ErrorMessage = "Bitte wählen Sie, worum es im Netzwerk vor allem geht.")]
        [EnumDataType(typeof(NetworkType), ErrorMessage = "Bitte wählen Sie eine der drei Antworten.")]
        [Display(Name = "Kerngedanke")]
        public NetworkType? SeenAs { get; set; }

        [Required(ErrorMessage = "Bitte sagen Sie, ob Sie das Netzwerk empfehlen würden.")]
        [Display(Name = "Weiterempfehlen")]
        public bool? WouldRecommend { get; set; }

        [StringLength(SurveyResponse.CommentMaxLength, ErrorMessage = "Die Anmerkung darf höchstens {1} Zeichen lang sein.")]
        [Display(Name = "Möchten Sie noch etwas sagen? (optional)")]
        public string? Comment { get; set; }
    }
}
