namespace NetzwerkCheck.Web.Infrastructure.TwoFactor;

/// <summary>RFC 4648 base32, the alphabet authenticator keys are written in.</summary>
public static class Base32
{
    private const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    public static byte[] Decode(string text)
    {
        var bytes = new List<byte>(text.Length * 5 / 8);
        int bits = 0, value = 0;
        foreach (var c in text.ToUpperInvariant())
        {
            var digit = Alphabet.IndexOf(c, StringComparison.Ordinal);
            if (digit < 0)
            {
                continue;
            }
            value = (value << 5) | digit;
            bits += 5;
            if (bits >= 8)
            {
                bytes.Add((byte)(value >> (bits - 8)));
                bits -= 8;
            }
        }
        return [.. bytes];
    }
}
