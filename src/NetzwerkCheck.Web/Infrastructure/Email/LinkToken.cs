using System.Text;
using Microsoft.AspNetCore.WebUtilities;

namespace NetzwerkCheck.Web.Infrastructure.Email;

/// <summary>Identity's tokens carried in a link: base64url, so they survive mail programs and query strings.</summary>
public static class LinkToken
{
    public static string Encode(string token) => WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token));

    public static string? Decode(string? encoded)
    {
        if (string.IsNullOrEmpty(encoded))
        {
            return null;
        }
        try
        {
            return Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(encoded));
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
