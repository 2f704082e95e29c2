namespace NetzwerkCheck.Web.Infrastructure.TwoFactor;

public static class RecoveryCodes
{
    /// <summary>How many codes a user gets at a time; each one works once.</summary>
    public const int Count = 10;

    /// <summary>Codes are shown as "ABCDE-FGHIJ"; typed in lower case, with spaces or without the dash they still count.</summary>
    public static string Normalize(string code) =>
        new string([.. code.Where(char.IsLetterOrDigit)]).ToUpperInvariant();
}
