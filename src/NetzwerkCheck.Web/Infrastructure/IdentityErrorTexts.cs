using Microsoft.AspNetCore.Identity;

namespace NetzwerkCheck.Web.Infrastructure;

/// <summary>Identity's messages in our own wording, German by default.</summary>
public sealed class IdentityErrorTexts(IStringLocalizer<IdentityErrorTexts> l) : IdentityErrorDescriber
{
    public override IdentityError DefaultError() => Error(nameof(DefaultError), l["Das hat leider nicht geklappt. Bitte versuchen Sie es noch einmal."]);
    public override IdentityError PasswordMismatch() => Error(nameof(PasswordMismatch), l["Das aktuelle Passwort stimmt nicht."]);
    public override IdentityError PasswordTooShort(int length) => Error(nameof(PasswordTooShort), l["Das Passwort muss mindestens {0} Zeichen lang sein.", length]);
    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) => Error(nameof(PasswordRequiresUniqueChars), l["Das Passwort muss mindestens {0} verschiedene Zeichen enthalten.", uniqueChars]);
    public override IdentityError PasswordRequiresDigit() => Error(nameof(PasswordRequiresDigit), l["Das Passwort muss eine Ziffer enthalten."]);
    public override IdentityError PasswordRequiresLower() => Error(nameof(PasswordRequiresLower), l["Das Passwort muss einen Kleinbuchstaben enthalten."]);
    public override IdentityError PasswordRequiresUpper() => Error(nameof(PasswordRequiresUpper), l["Das Passwort muss einen Großbuchstaben enthalten."]);
    public override IdentityError PasswordRequiresNonAlphanumeric() => Error(nameof(PasswordRequiresNonAlphanumeric), l["Das Passwort muss ein Sonderzeichen enthalten."]);
    public override IdentityError InvalidEmail(string? email) => Error(nameof(InvalidEmail), l["Bitte geben Sie eine gültige E-Mail-Adresse ein."]);
    public override IdentityError InvalidUserName(string? userName) => Error(nameof(InvalidUserName), l["Bitte geben Sie eine gültige E-Mail-Adresse ein."]);
    public override IdentityError DuplicateEmail(string email) => Error(nameof(DuplicateEmail), l["Mit diesen Angaben ist keine Registrierung möglich."]);
    public override IdentityError DuplicateUserName(string userName) => Error(nameof(DuplicateUserName), l["Mit diesen Angaben ist keine Registrierung möglich."]);
    public override IdentityError ConcurrencyFailure() => Error(nameof(ConcurrencyFailure), l["Die Daten wurden inzwischen geändert. Bitte laden Sie die Seite neu."]);

    private static IdentityError Error(string code, string description) => new() { Code = code, Description = description };
}
