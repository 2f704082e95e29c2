using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using NetzwerkCheck.Web.Localization;
using NetzwerkCheck.Web.Pages.Clients;

namespace NetzwerkCheck.Web.Pages.Networks;

/// <summary>The form shared by Create and Edit.</summary>
public sealed class NetworkInput : IValidatableObject
{
    [Required(ErrorMessage = "Bitte geben Sie dem Netzwerk einen Namen.")]
    [StringLength(Network.NameMaxLength, ErrorMessage = "Der Name darf höchstens {1} Zeichen lang sein.")]
    [Display(Name = "Name des Netzwerks")]
    public string Name { get; set; } = "";

    [Required(ErrorMessage = "Bitte wählen Sie die Organisationsform.")]
    [EnumDataType(typeof(OrganisationForm), ErrorMessage = "Bitte wählen Sie eine der angebotenen Organisationsformen.")]
    [Display(Name = "Organisationsform")]
    public OrganisationForm? OrganisationForm { get; set; }

    [Range(1, Network.MaxMemberCount, ErrorMessage = "Die Mitgliederzahl muss zwischen 1 und 10.000.000 liegen.")]
    [Display(Name = "Ungefähre Mitgliederzahl")]
    public int? ApproxMemberCount { get; set; }

    [Required(ErrorMessage = "Bitte wählen Sie Ihren Status.")]
    [EnumDataType(typeof(NetworkStatus), ErrorMessage = "Bitte wählen Sie einen der angebotenen Status.")]
    [Display(Name = "Ihr Status")]
    public NetworkStatus? Status { get; set; }

    [StringLength(Network.UrlMaxLength, ErrorMessage = "Die Webadresse darf höchstens {1} Zeichen lang sein.")]
    [Display(Name = "Webadresse (optional)")]
    public string? Url { get; set; }

    [StringLength(Network.NotesMaxLength, ErrorMessage = "Die Notizen dürfen höchstens {1} Zeichen lang sein.")]
    [Display(Name = "Notizen (optional)")]
    public string? Notes { get; set; }

    [Display(Name = "Mandant (optional)")]
    public int? ClientId { get; set; }

    /// <summary>The user's clients to pick from; filled by the page, never from the form.</summary>
    [BindNever]
    public IReadOnlyList<ClientNames.Choice> ClientChoices { get; set; } = [];

    /// <summary>Loads the clients to pick from and refuses one that is not among them (a tampered or deleted id).</summary>
    public async Task CheckClientAsync(AppDbContext db, System.Security.Claims.ClaimsPrincipal user, ModelStateDictionary modelState)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        ClientChoices = await ClientNames.OfAsync(db, user);
        if (ClientId is int id && ClientChoices.All(c => c.Id != id))
        {
            modelState.AddModelError($"Input.{nameof(ClientId)}", StaticText.For(typeof(NetworkInput))["Bitte wählen Sie einen Ihrer Mandanten oder „Kein Mandant“."]);
            ClientId = null;
        }
    }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var l = StaticText.For(typeof(NetworkInput));
        if (!string.IsNullOrWhiteSpace(Url)
            && !(Uri.TryCreate(Url.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)))
        {
            yield return new ValidationResult(l["Bitte geben Sie eine vollständige Webadresse ein, die mit https:// oder http:// beginnt."], [nameof(Url)]);
        }
        if (Name.Trim().Length == 0 && Name.Length > 0)
        {
            yield return new ValidationResult(l["Bitte geben Sie dem Netzwerk einen Namen."], [nameof(Name)]);
        }
    }

    public static NetworkInput From(Network network) => new()
    {
        Name = network.Name,
        OrganisationForm = network.OrganisationForm,
        ApproxMemberCount = network.ApproxMemberCount,
        Status = network.Status,
        Url = network.Url,
        Notes = network.Notes,
        ClientId = network.ClientId,
    };

    public void ApplyTo(Network network, DateTime nowUtc)
    {
        network.Name = Name.Trim();
        network.OrganisationForm = OrganisationForm!.Value;
        network.ApproxMemberCount = ApproxMemberCount;
        network.Status = Status!.Value;
        network.Url = string.IsNullOrWhiteSpace(Url) ? null : Url.Trim();
        network.Notes = string.IsNullOrWhiteSpace(Notes) ? null : Notes.Trim();
        network.ClientId = ClientId;
        network.UpdatedUtc = nowUtc;
    }
}
