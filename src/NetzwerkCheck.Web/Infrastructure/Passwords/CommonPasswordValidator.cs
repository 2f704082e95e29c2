using Microsoft.AspNetCore.Identity;
using System.Collections.Frozen;

namespace NetzwerkCheck.Web.Infrastructure.Passwords;

/// <summary>
/// Refuses the passwords that attackers try first: the 49,233 most common passwords of real leaks, in order of
/// frequency (the list of zxcvbn, shipped with the app as <c>common-passwords.txt</c>, MIT; no request leaves
/// the app). Compared without regard to case or surrounding spaces. Identity's length rule stays as it is.
/// </summary>
public sealed class CommonPasswordValidator(IStringLocalizer<IdentityErrorTexts> l) : IPasswordValidator<IdentityUser>
{
    private static readonly Lazy<FrozenSet<string>> Common = new(Load);

    public static int Count => Common.Value.Count;

    public static bool IsCommon(string password) => Common.Value.Contains(password.Trim().ToLowerInvariant());

    public Task<IdentityResult> ValidateAsync(UserManager<IdentityUser> manager, IdentityUser user, string? password) =>
        Task.FromResult(password is not null && IsCommon(password)
            ? IdentityResult.Failed(new IdentityError
            {
                Code = "CommonPassword",
                Description = l["Dieses Passwort gehört zu den meistbenutzten Passwörtern und wird bei Angriffen als eines der ersten ausprobiert. Bitte wählen Sie ein anderes."],
            })
            : IdentityResult.Success);

    private static FrozenSet<string> Load()
    {
        using var stream = typeof(CommonPasswordValidator).Assembly.GetManifestResourceStream("NetzwerkCheck.CommonPasswords")
            ?? throw new InvalidOperationException("The list of common passwords is missing from the build.");
        using var reader = new StreamReader(stream);
        var passwords = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0)
            {
                passwords.Add(line.Trim().ToLowerInvariant());
            }
        }
        return passwords.ToFrozenSet(StringComparer.Ordinal);
    }
}
