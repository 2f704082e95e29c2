using System.ComponentModel.DataAnnotations;
using NetzwerkCheck.Domain.Consultants;

namespace NetzwerkCheck.Web.Pages.Account;

/// <summary>"Beraterprofil": name, organisation, contact line and logo, printed on the reports this account hands over.</summary>
// A logo is at most 200 KB. Up to 8 MB (a photo chosen by mistake) the form answers with the size; beyond that the
// request is refused while it is read (400), instead of being buffered first.
[RequestFormLimits(MultipartBodyLengthLimit = 8 * 1024 * 1024)]
public class ProfileModel(AppDbContext db, TimeProvider clock, IStringLocalizer<ProfileModel> l) : PageModel
{
    // No line breaks or control characters: each field is printed as one line.
    private const string SingleLine = @"^[^\x00-\x1F\x7F]*$";

    [BindProperty]
    public InputModel Input { get; set; } = new();

    [TempData]
    public string? StatusMessage { get; set; }

    public ConsultantBrand? Brand { get; private set; }

    public async Task OnGetAsync()
    {
        var profile = await db.ConsultantProfiles.AsNoTracking().SingleOrDefaultAsync(p => p.OwnerId == User.UserId());
        Input = new() { Name = profile?.Name, Organisation = profile?.Organisation, Contact = profile?.Contact };
        await LoadBrandAsync();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var logo = await CheckUploadAsync();
        if (!ModelState.IsValid)
        {
            // Shown again without the line breaks: a single-line field cannot hold them.
            foreach (var (key, value) in new[] { ("Input.Name", Input.Name), ("Input.Organisation", Input.Organisation), ("Input.Contact", Input.Contact) })
            {
                if (value is not null && value.Any(char.IsControl))
                {
                    var shown = new string([.. value.Select(c => char.IsControl(c) ? ' ' : c)]);
                    ModelState.SetModelValue(key, shown, shown);
                }
            }
            await LoadBrandAsync();
            return Page();
        }
        await SaveAsync(profile =>
        {
            profile.Name = Clean(Input.Name);
            profile.Organisation = Clean(Input.Organisation);
            profile.Contact = Clean(Input.Contact);
            if (logo is not null)
            {
                profile.SetLogo(logo.Bytes, logo.Format);
            }
        });
        StatusMessage = l["Ihr Beraterprofil ist gespeichert."];
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostRemoveLogoAsync()
    {
        await SaveAsync(profile => profile.RemoveLogo());
        StatusMessage = l["Das Logo ist entfernt."];
        return RedirectToPage();
    }

    /// <summary>The signed-in user's own logo (the profile's preview, the workshop summary).</summary>
    public async Task<IActionResult> OnGetLogoAsync() =>
        await ConsultantProfiles.LogoForOwnerAsync(db, User.UserId(), HttpContext.RequestAborted) is { } logo ? new LogoResult(logo) : NotFound();

    private async Task LoadBrandAsync()
    {
        var brand = await ConsultantProfiles.ForOwnerAsync(db, User.UserId(), HttpContext.RequestAborted);
        Brand = brand is { HasLogo: true } ? brand with { LogoUrl = Url.Page("/Account/Profile", "Logo") } : brand;
    }

    /// <summary>The uploaded logo when one was chosen and it passed <see cref="LogoCheck"/>; a model error when it did not.</summary>
    private async Task<ConsultantLogo?> CheckUploadAsync()
    {
        if (Input.Logo is not { } file)
        {
            return null;
        }
        if (file.Length > LogoCheck.MaxBytes)
        {
            // Not read at all: its size is enough to refuse it.
            ModelState.AddModelError("Input.Logo", l["Die Datei ist {0} KB groß; ein Logo darf höchstens {1} KB haben.", Kilobytes(file.Length), LogoCheck.MaxBytes / 1024]);
            return null;
        }
        using var buffer = new MemoryStream((int)file.Length);
        await file.CopyToAsync(buffer, HttpContext.RequestAborted);
        var bytes = buffer.ToArray();
        var result = LogoCheck.Check(bytes);
        if (result.Format is LogoFormat format)
        {
            return new ConsultantLogo(bytes, format);
        }
        ModelState.AddModelError("Input.Logo", result.Problem switch
        {
            LogoProblem.Empty => l["Die gewählte Datei ist leer."],
            LogoProblem.TooBig => l["Die Datei ist {0} KB groß; ein Logo darf höchstens {1} KB haben.", Kilobytes(bytes.Length), LogoCheck.MaxBytes / 1024],
            LogoProblem.TooManyPixels => l["Das Bild ist {0} × {1} Pixel groß; ein Logo darf höchstens {2} Pixel breit und hoch sein.", result.Width, result.Height, LogoCheck.MaxSide],
            LogoProblem.UnsafeSvg => l["Dieses SVG enthält Skript, Ereignis-Attribute, Verweise auf andere Dateien oder eine DTD. Solche SVGs nehmen wir nicht an: Bitte speichern Sie das Logo ohne sie oder als PNG."],
            _ => l["Die Datei ist kein Bild im Format PNG oder SVG. Bitte wählen Sie eine PNG- oder SVG-Datei."],
        });
        return null;
    }

    private static int Kilobytes(long bytes) => (int)Math.Ceiling(bytes / 1024.0);

    /// <summary>Changes the profile, creating it on first use; an emptied profile is removed.</summary>
    private async Task SaveAsync(Action<ConsultantProfile> change)
    {
        var ownerId = User.UserId();
        var profile = await db.ConsultantProfiles.SingleOrDefaultAsync(p => p.OwnerId == ownerId);
        if (profile is null)
        {
            profile = new ConsultantProfile { OwnerId = ownerId };
            db.ConsultantProfiles.Add(profile);
        }
        change(profile);
        profile.UpdatedUtc = clock.GetUtcNow().UtcDateTime;
        if (profile.IsEmpty)
        {
            db.ConsultantProfiles.Remove(profile);
        }
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateException) when (db.Entry(profile).State == EntityState.Added)
        {
            // A second tab created the profile a moment earlier: apply this change to that one.
            db.ChangeTracker.Clear();
            var stored = await db.ConsultantProfiles.SingleAsync(p => p.OwnerId == ownerId);
            change(stored);
            stored.UpdatedUtc = clock.GetUtcNow().UtcDateTime;
            await db.SaveChangesAsync();
        }
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    public sealed class InputModel
    {
        [RegularExpression(SingleLine, ErrorMessage = "Der Name muss in eine Zeile passen.")]
        [StringLength(ConsultantProfile.NameMaxLength, ErrorMessage = "Der Name darf höchstens {1} Zeichen lang sein.")]
        [Display(Name = "Name")]
        public string? Name { get; set; }

        [RegularExpression(SingleLine, ErrorMessage = "Die Organisation muss in eine Zeile passen.")]
        [StringLength(ConsultantProfile.OrganisationMaxLength, ErrorMessage = "Die Organisation darf höchstens {1} Zeichen lang sein.")]
        [Display(Name = "Organisation")]
        public string? Organisation { get; set; }

        [RegularExpression(SingleLine, ErrorMessage = "Die Kontaktzeile muss in eine Zeile passen.")]
        [StringLength(ConsultantProfile.ContactMaxLength, ErrorMessage = "Die Kontaktzeile darf höchstens {1} Zeichen lang sein.")]
        [Display(Name = "Kontakt (eine Zeile)")]
        public string? Contact { get; set; }

        [Display(Name = "Logo (PNG oder SVG, höchstens 200 KB)")]
        public IFormFile? Logo { get; set; }
    }
}
