using System.Text.RegularExpressions;
using QRCoder;

namespace NetzwerkCheck.Web.Infrastructure;

/// <summary>A QR code as inline SVG markup that respects the CSP (no style attributes) and tells screen readers what it is.</summary>
public static partial class QrCodeSvg
{
    public static string For(string url, string label)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(url, QRCodeGenerator.ECCLevel.M);
        var svg = new SvgQRCode(data).GetGraphic(8, "#000000", "#ffffff", drawQuietZones: true, sizingMode: SvgQRCode.SizingMode.ViewBoxAttribute);
        svg = StyleAttribute().Replace(svg, "");
        svg = XmlDeclaration().Replace(svg, "");
        return svg.Replace("<svg ", $"<svg class=\"qr-code\" role=\"img\" aria-label=\"{System.Net.WebUtility.HtmlEncode(label)}\" ", StringComparison.Ordinal);
    }

    [GeneratedRegex("""\sstyle="[^"]*"|\sstyle='[^']*'""")]
    private static partial Regex StyleAttribute();

    [GeneratedRegex(@"<\?xml[^>]*\?>")]
    private static partial Regex XmlDeclaration();
}
