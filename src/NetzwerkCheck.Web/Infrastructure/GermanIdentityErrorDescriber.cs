using Microsoft.AspNetCore.Identity;

namespace NetzwerkCheck.Web.Infrastructure;

/// <summary>Identity's messages in our own German wording.</summary>
public sealed class GermanIdentityErrorDescriber : IdentityErrorDescriber
{
    public override IdentityError DefaultError() => Error(nameof(DefaultError), "Das hat leider nicht geklappt. Bitte versuchen Sie es noch einmal.");
    public override IdentityError PasswordMismatch() => Error(nameof(PasswordMismatch), "Das aktuelle Passwort stimmt nicht.");
    public override IdentityError PasswordTooShort(int length) => Error(nameof(PasswordTooShort), $"Das Passwort muss mindestens {length} Zeichen lang sein.");
    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) => Error(nameof(PasswordRequiresUniqueChars), $"Das Passwort muss mindestens {uniqueChars} verschiedene Zeichen enthalten.");
    public override IdentityError PasswordRequiresDigit() => Error(nameof(PasswordRequiresDigit), "Das Passwort muss eine Ziffer enthalten.");
    public override IdentityError PasswordRequiresLower() => Error(nameof(PasswordRequiresLower), "Das Passwort muss einen Kleinbuchstaben enthalten.");
    public override IdentityError PasswordRequiresUpper() => Error(nameof(PasswordRequiresUpper), "Das Passwort muss einen Großbuchstaben enthalten.");
    public override IdentityError PasswordRequiresNonAlphanumeric() => Error(nameof(PasswordRequiresNonAlphanumeric), "Das Passwort muss ein Sonderzeichen enthalten.");
    public override IdentityError InvalidEmail(string? email) => Error(nameof(InvalidEmail), "Bitte geben Sie eine gültige E-Mail-Adresse ein.");
    public override IdentityError InvalidUserName(string? userName) => Error(nameof(InvalidUserName), "Bitte geben Sie eine gültige E-Mail-Adresse ein.");
    public override IdentityError DuplicateEmail(string email) => Error(nameof(DuplicateEmail), "Mit diesen Angaben ist keine Registrierung möglich.");
    public override IdentityError DuplicateUserName(string userName) => Error(nameof(DuplicateUserName), "Mit diesen Angaben ist keine Registrierung möglich.");
    public override IdentityError ConcurrencyFailure() => Error(nameof(ConcurrencyFailure), "Die Daten wurden inzwischen geändert. Bitte laden Sie die Seite neu.");

    private static IdentityError Error(string code, string description) => new() { Code = code, Description = description };
}
