using System.ComponentModel.DataAnnotations;
using NetzwerkCheck.Web.Localization;

namespace NetzwerkCheck.Web.Pages.Clients;

/// <summary>The form shared by creating a client and editing one.</summary>
public sealed class ClientInput : IValidatableObject
{
    [Required(ErrorMessage = "Bitte geben Sie den Namen des Mandanten an.")]
    [StringLength(Client.NameMaxLength, ErrorMessage = "Der Name darf höchstens {1} Zeichen lang sein.")]
    [Display(Name = "Name des Mandanten")]
    public string Name { get; set; } = "";

    [StringLength(Client.NoteMaxLength, ErrorMessage = "Die Notiz darf höchstens {1} Zeichen lang sein.")]
    [Display(Name = "Notiz (optional)")]
    public string? Note { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Name.Length > 0 && Name.Trim().Length == 0)
        {
            yield return new ValidationResult(StaticText.For(typeof(ClientInput))["Bitte geben Sie den Namen des Mandanten an."], [nameof(Name)]);
        }
    }

    public static ClientInput From(Client client) => new() { Name = client.Name, Note = client.Note };

    public void ApplyTo(Client client)
    {
        client.Name = Name.Trim();
        client.Note = string.IsNullOrWhiteSpace(Note) ? null : Note.Trim();
    }
}
