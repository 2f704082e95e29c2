using Microsoft.AspNetCore.Identity;

namespace NetzwerkCheck.Web.Infrastructure.Passwords;

/// <summary>
/// Refuses passwords built on what an attacker knows from the context: the app's name and the user's own address
/// ("netzwerkcheck2026", "anna.meier-2026"). Compared without regard to case, ignoring everything but letters.
/// </summary>
public sealed class ContextPasswordValidator(IStringLocalizer<IdentityErrorTexts> l) : IPasswordValidator<IdentityUser>
{
    // The product name only: "Netzwerk" alone is an ordinary word in many good German passphrases.
    private static readonly string[] AppWords = ["netzwerkcheck"];

    /// <summary>Shorter parts of an address (e.g. "al") would refuse too many good passwords.</summary>
    private const int MinimumPartLength = 4;

    public Task<IdentityResult> ValidateAsync(UserManager<IdentityUser> manager, IdentityUser user, string? password)
    {
        if (password is null)
        {
            return Task.FromResult(IdentityResult.Success);
        }
        var letters = Letters(password);
        var addressParts = (user.Email ?? user.UserName ?? "").Split('@')[0]
            .Split(['.', '-', '_', '+'], StringSplitOptions.RemoveEmptyEntries)
            .Select(Letters)
            .Where(part => part.Length >= MinimumPartLength);
        return Task.FromResult(AppWords.Concat(addressParts).Any(word => letters.Contains(word, StringComparison.Ordinal))
            ? IdentityResult.Failed(new IdentityError
            {
                Code = "ContextPassword",
                Description = l["Das Passwort enthält den Namen dieser Seite oder einen Teil Ihrer E-Mail-Adresse – beides wird bei Angriffen zuerst ausprobiert. Bitte wählen Sie ein anderes."],
            })
            : IdentityResult.Success);
    }

    private static string Letters(string text) => new([.. text.ToLowerInvariant().Where(char.IsLetter)]);
}
