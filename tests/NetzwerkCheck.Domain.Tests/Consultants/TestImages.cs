using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace NetzwerkCheck.Domain.Tests.Consultants;

/// <summary>Real image files: PNGs written chunk by chunk with correct CRCs, and small files of other kinds.</summary>
public static class TestImages
{
    /// <summary>A 1×1 GIF, as image editors write it.</summary>
    public static readonly byte[] Gif = Convert.FromBase64String("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7");

    /// <summary>A 1×1 baseline JPEG.</summary>
    public static readonly byte[] Jpeg = Convert.FromBase64String(
        "/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAP//////////////////////////////////////////////////////////////////////////////////////wgALCAABAAEBAREA/8QAFBABAAAAAAAAAAAAAAAAAAAAAP/aAAgBAQABPxA=");

    /// <summary>A grey PNG of <paramref name="width"/>×<paramref name="height"/>; <paramref name="padding"/> bytes of text chunk make it as big as a test needs.</summary>
    public static byte[] Png(int width = 2, int height = 1, int padding = 0)
    {
        using var file = new MemoryStream();
        file.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8; // bit depth; colour type 0 (grey), no interlace
        Chunk(file, "IHDR", header);
        if (padding > 0)
        {
            Chunk(file, "tEXt", [.. Encoding.ASCII.GetBytes("Comment\0"), .. new byte[padding]]);
        }
        using var pixels = new MemoryStream();
        using (var zlib = new ZLibStream(pixels, CompressionLevel.Optimal, leaveOpen: true))
        {
            for (var row = 0; row < Math.Min(height, 64); row++)
            {
                zlib.WriteByte(0);
                zlib.Write(new byte[width]);
            }
        }
        Chunk(file, "IDAT", pixels.ToArray());
        Chunk(file, "IEND", []);
        return file.ToArray();
    }

    /// <summary>A PNG of exactly <paramref name="size"/> bytes.</summary>
    public static byte[] PngOfSize(int size)
    {
        var bare = Png().Length;
        // The text chunk adds its 12 bytes of frame and the keyword to the padding.
        return Png(padding: size - bare - 12 - "Comment\0".Length);
    }

    private static void Chunk(Stream file, string type, byte[] data)
    {
        Span<byte> number = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(number, data.Length);
        file.Write(number);
        byte[] typed = [.. Encoding.ASCII.GetBytes(type), .. data];
        file.Write(typed);
        BinaryPrimitives.WriteUInt32BigEndian(number, Crc32(typed));
        file.Write(number);
    }

    private static uint Crc32(byte[] bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var bit = 0; bit < 8; bit++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
            }
        }
        return ~crc;
    }
}
