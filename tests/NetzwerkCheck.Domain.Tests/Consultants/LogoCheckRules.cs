using System.Text;
using NetzwerkCheck.Domain.Consultants;

namespace NetzwerkCheck.Domain.Tests.Consultants;

public sealed class LogoCheckRules
{
    private const string CleanSvg = """
        <?xml version="1.0" encoding="UTF-8"?>
        <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 120 40" width="120" height="40">
          <defs><linearGradient id="g"><stop offset="0" stop-color="#0a5"/><stop offset="1" stop-color="#05a"/></linearGradient></defs>
          <style>.t { font: bold 16px sans-serif; fill: #fff; }</style>
          <rect width="120" height="40" rx="6" fill="url(#g)"/>
          <use xlink:href="#g"/>
          <text x="10" y="26" class="t">Berger</text>
        </svg>
        """;

    private static LogoCheckResult Check(byte[] bytes) => LogoCheck.Check(bytes);

    private static LogoCheckResult Check(string svg) => LogoCheck.Check(Encoding.UTF8.GetBytes(svg));

    [Fact]
    public void ARealPngIsAcceptedWithItsSize()
    {
        var result = Check(TestImages.Png(width: 300, height: 120));

        Assert.True(result.Accepted);
        Assert.Equal(LogoFormat.Png, result.Format);
        Assert.Equal((300, 120), (result.Width, result.Height));
    }

    [Fact]
    public void APngOfExactly200KilobytesIsAcceptedAndOneByteMoreIsTooBig()
    {
        var limit = TestImages.PngOfSize(200 * 1024);
        Assert.Equal(204_800, limit.Length);
        Assert.True(Check(limit).Accepted);

        Assert.Equal(LogoProblem.TooBig, Check(TestImages.PngOfSize(200 * 1024 + 1)).Problem);
        Assert.Equal(LogoProblem.TooBig, Check(TestImages.PngOfSize(201 * 1024)).Problem);
    }

    [Fact]
    public void APngWiderThanTheLimitIsRefusedForItsPixels()
    {
        var result = Check(TestImages.Png(width: 5000, height: 10));

        Assert.Equal(LogoProblem.TooManyPixels, result.Problem);
        Assert.Equal(5000, result.Width);
        Assert.True(Check(TestImages.Png(width: 4096, height: 10)).Accepted);
    }

    public static TheoryData<string, byte[]> NotImages => new()
    {
        { "GIF", TestImages.Gif },
        { "JPEG", TestImages.Jpeg },
        { "text", Encoding.UTF8.GetBytes("Das ist kein Bild, nur eine umbenannte Textdatei.") },
        { "HTML", Encoding.UTF8.GetBytes("<html><body><script>alert(1)</script></body></html>") },
        { "PNG signature only", TestImages.Png()[..8] },
        { "truncated PNG", TestImages.Png()[..^6] },
        { "PNG with data after IEND", [.. TestImages.Png(), .. Encoding.ASCII.GetBytes("<script>")] },
        { "XML that is no SVG", Encoding.UTF8.GetBytes("<logo><rect/></logo>") },
        { "svg without its namespace", Encoding.UTF8.GetBytes("<svg><rect width='1' height='1'/></svg>") },
        { "broken XML", Encoding.UTF8.GetBytes("<svg xmlns='http://www.w3.org/2000/svg'><rect>") },
    };

    [Theory]
    [MemberData(nameof(NotImages))]
    public void BytesThatAreNoPngOrSvgAreNotAnImageWhateverTheirName(string kind, byte[] bytes) =>
        Assert.True(Check(bytes).Problem == LogoProblem.NotAnImage, kind);

    [Fact]
    public void NothingIsEmpty() => Assert.Equal(LogoProblem.Empty, Check([]).Problem);

    [Fact]
    public void ACleanSvgWithGradientStyleAndInternalReferencesIsAccepted()
    {
        var result = Check(CleanSvg);

        Assert.True(result.Accepted, result.Problem?.ToString());
        Assert.Equal(LogoFormat.Svg, result.Format);
    }

    [Fact]
    public void AnSvgMayEmbedAPngAsData() =>
        Assert.True(Check("""<svg xmlns="http://www.w3.org/2000/svg"><image href="data:image/png;base64,iVBORw0KGgo=" width="1" height="1"/></svg>""").Accepted);

    public static TheoryData<string, string> UnsafeSvgs => new()
    {
        { "script", """<svg xmlns="http://www.w3.org/2000/svg"><script>alert(document.cookie)</script></svg>""" },
        { "onload", """<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><rect width="1" height="1"/></svg>""" },
        { "ONCLICK in capitals", """<svg xmlns="http://www.w3.org/2000/svg"><rect ONCLICK="x()" width="1" height="1"/></svg>""" },
        { "javascript: href", """<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"><a xlink:href="javascript:alert(1)"><rect width="1" height="1"/></a></svg>""" },
        { "javascript: with a tab", "<svg xmlns=\"http://www.w3.org/2000/svg\"><a href=\"java&#9;script:alert(1)\"><rect width=\"1\" height=\"1\"/></a></svg>" },
        { "javascript: in an animation", """<svg xmlns="http://www.w3.org/2000/svg"><a><set attributeName="href" to="javascript:alert(1)"/></a></svg>""" },
        { "external href", """<svg xmlns="http://www.w3.org/2000/svg"><image href="https://example.org/tracker.png" width="1" height="1"/></svg>""" },
        { "external xlink:href", """<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"><use xlink:href="https://example.org/sprite.svg#a"/></svg>""" },
        { "data: SVG", """<svg xmlns="http://www.w3.org/2000/svg"><image href="data:image/svg+xml;base64,PHN2Zz4=" width="1" height="1"/></svg>""" },
        { "foreignObject", """<svg xmlns="http://www.w3.org/2000/svg"><foreignObject width="10" height="10"><div xmlns="http://www.w3.org/1999/xhtml">Hallo</div></foreignObject></svg>""" },
        { "DOCTYPE with entity", """<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY x SYSTEM "file:///etc/passwd">]><svg xmlns="http://www.w3.org/2000/svg"><text>&x;</text></svg>""" },
        { "entity expansion", """<!DOCTYPE svg [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;">]><svg xmlns="http://www.w3.org/2000/svg"><text>&b;</text></svg>""" },
        { "stylesheet instruction", """<?xml-stylesheet href="https://example.org/x.css"?><svg xmlns="http://www.w3.org/2000/svg"/>""" },
    };

    [Theory]
    [MemberData(nameof(UnsafeSvgs))]
    public void AnSvgThatCouldRunScriptOrReachOutIsRefused(string kind, string svg) =>
        Assert.True(Check(svg).Problem == LogoProblem.UnsafeSvg, $"{kind}: {Check(svg).Problem?.ToString() ?? "accepted"}");

    [Fact]
    public void AnSvgOverTheLimitIsTooBigBeforeItIsRead()
    {
        var padded = CleanSvg.Replace("</svg>", $"<!-- {new string('x', 205_000)} --></svg>", StringComparison.Ordinal);

        Assert.Equal(LogoProblem.TooBig, Check(padded).Problem);
    }
}
