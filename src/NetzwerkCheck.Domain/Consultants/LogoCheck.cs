using System.Buffers.Binary;
using System.Text;
using System.Xml;

namespace NetzwerkCheck.Domain.Consultants;

public enum LogoFormat
{
    Png,
    Svg,
}

public enum LogoProblem
{
    Empty,
    TooBig,
    NotAnImage,
    TooManyPixels,

    /// <summary>An SVG that could run script or reach outside itself (script, event attributes, foreign links, a DTD).</summary>
    UnsafeSvg,
}

/// <summary>The verdict on an uploaded logo: its format and size when accepted, else the one problem to tell the user.</summary>
public sealed record LogoCheckResult(LogoFormat? Format, LogoProblem? Problem, int Width = 0, int Height = 0)
{
    public bool Accepted => Problem is null;
}

/// <summary>
/// Decides from the bytes alone – never from the file name or the browser's content type – whether an upload is a PNG
/// or a harmless SVG. Anything doubtful is refused, not cleaned: a cleaned SVG is a promise we cannot check.
/// </summary>
public static class LogoCheck
{
    public const int MaxBytes = 200 * 1024;

    /// <summary>Wider or taller than this is no logo but a photo or a mistake; it also bounds the decoder's memory.</summary>
    public const int MaxSide = 4096;

    private const string SvgNamespace = "http://www.w3.org/2000/svg";
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    public static LogoCheckResult Check(ReadOnlySpan<byte> bytes)
    {
        if (bytes.IsEmpty)
        {
            return Refused(LogoProblem.Empty);
        }
        if (bytes.Length > MaxBytes)
        {
            return Refused(LogoProblem.TooBig);
        }
        return bytes.StartsWith(PngSignature) ? CheckPng(bytes) : CheckSvg(bytes.ToArray());
    }

    private static LogoCheckResult Refused(LogoProblem problem) => new(null, problem);

    /// <summary>Signature, IHDR first with a sane size, then every chunk inside the file up to IEND and nothing after it.</summary>
    private static LogoCheckResult CheckPng(ReadOnlySpan<byte> bytes)
    {
        var position = PngSignature.Length;
        int width = 0, height = 0;
        var first = true;
        while (position + 12 <= bytes.Length)
        {
            var length = BinaryPrimitives.ReadUInt32BigEndian(bytes[position..]);
            var type = Encoding.ASCII.GetString(bytes.Slice(position + 4, 4));
            if (length > int.MaxValue || position + 12 + (long)length > bytes.Length)
            {
                return Refused(LogoProblem.NotAnImage);
            }
            var data = bytes.Slice(position + 8, (int)length);
            if (first)
            {
                if (type != "IHDR" || length != 13)
                {
                    return Refused(LogoProblem.NotAnImage);
                }
                width = BinaryPrimitives.ReadInt32BigEndian(data);
                height = BinaryPrimitives.ReadInt32BigEndian(data[4..]);
                if (width <= 0 || height <= 0)
                {
                    return Refused(LogoProblem.NotAnImage);
                }
                first = false;
            }
            position += 12 + (int)length;
            if (type == "IEND")
            {
                if (position != bytes.Length)
                {
                    return Refused(LogoProblem.NotAnImage);
                }
                return width > MaxSide || height > MaxSide
                    ? new(null, LogoProblem.TooManyPixels, width, height)
                    : new(LogoFormat.Png, null, width, height);
            }
        }
        return Refused(LogoProblem.NotAnImage);
    }

    private static LogoCheckResult CheckSvg(byte[] bytes)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            IgnoreComments = true,
            IgnoreWhitespace = true,
            MaxCharactersInDocument = MaxBytes * 4L,
        };
        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            using var reader = XmlReader.Create(stream, settings);
            var root = true;
            while (reader.Read())
            {
                switch (reader.NodeType)
                {
                    case XmlNodeType.Element:
                        if (root && (reader.LocalName != "svg" || reader.NamespaceURI != SvgNamespace))
                        {
                            return Refused(LogoProblem.NotAnImage);
                        }
                        root = false;
                        if (reader.LocalName is "script" or "foreignObject" || !SafeAttributes(reader))
                        {
                            return Refused(LogoProblem.UnsafeSvg);
                        }
                        break;
                    case XmlNodeType.Text or XmlNodeType.CDATA when ContainsJavaScriptUrl(reader.Value):
                        return Refused(LogoProblem.UnsafeSvg);
                    case XmlNodeType.ProcessingInstruction or XmlNodeType.EntityReference:
                        // e.g. <?xml-stylesheet href="…"?>, which would load something from elsewhere.
                        return Refused(LogoProblem.UnsafeSvg);
                }
            }
            return root ? Refused(LogoProblem.NotAnImage) : new(LogoFormat.Svg, null);
        }
        catch (XmlException) when (DeclaresDtd(bytes))
        {
            return Refused(LogoProblem.UnsafeSvg);
        }
        catch (XmlException)
        {
            return Refused(LogoProblem.NotAnImage);
        }
    }

    private static bool SafeAttributes(XmlReader reader)
    {
        if (!reader.MoveToFirstAttribute())
        {
            return true;
        }
        do
        {
            var name = reader.LocalName;
            var value = reader.Value;
            if (reader.Prefix == "xmlns" || (reader.Prefix.Length == 0 && name == "xmlns"))
            {
                continue;
            }
            if (name.StartsWith("on", StringComparison.OrdinalIgnoreCase) || ContainsJavaScriptUrl(value))
            {
                return false;
            }
            if (name.Equals("href", StringComparison.OrdinalIgnoreCase) && !InternalReference(value))
            {
                return false;
            }
        }
        while (reader.MoveToNextAttribute());
        reader.MoveToElement();
        return true;
    }

    private static bool InternalReference(string href)
    {
        var value = href.Trim();
        return value.StartsWith('#') || value.StartsWith("data:image/png", StringComparison.OrdinalIgnoreCase);
    }

    // Browsers drop tabs, line breaks and other control characters inside a URL scheme ("java&#9;script:").
    private static bool ContainsJavaScriptUrl(string value) =>
        new string([.. value.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c))])
            .Contains("javascript:", StringComparison.OrdinalIgnoreCase);

    private static bool DeclaresDtd(byte[] bytes)
    {
        var text = Encoding.UTF8.GetString(bytes);
        return text.Contains("<!DOCTYPE", StringComparison.OrdinalIgnoreCase) || text.Contains("<!ENTITY", StringComparison.OrdinalIgnoreCase);
    }
}
