using System.Buffers.Binary;
using System.IO.Compression;

namespace Harness.Cli.Tests.Support;

/// <summary>
/// The pixels of an 8-bit RGB or RGBA PNG (what a browser's screenshot is), decoded with nothing but zlib: enough to
/// tell a rendered page from a blank one.
/// </summary>
internal sealed class PngPixels
{
    private static readonly byte[] Signature = [137, 80, 78, 71, 13, 10, 26, 10];

    private PngPixels(int width, int height, int channels, byte[][] rows)
    {
        Width = width;
        Height = height;
        Channels = channels;
        Rows = rows;
    }

    public int Width { get; }

    public int Height { get; }

    private int Channels { get; }

    private byte[][] Rows { get; }

    /// <summary>How many different colours the image holds (1: a blank page).</summary>
    public int DistinctColours()
    {
        var colours = new HashSet<int>();
        foreach (var row in Rows)
        {
            for (var x = 0; x < Width; x++)
            {
                var i = x * Channels;
                colours.Add(row[i] << 16 | row[i + 1] << 8 | row[i + 2]);
            }
        }
        return colours.Count;
    }

    public static PngPixels Read(string path)
    {
        var bytes = File.ReadAllBytes(path);
        bytes.AsSpan(0, 8).SequenceEqual(Signature).Should().BeTrue($"{path} is a PNG");
        int width = 0, height = 0, channels = 0;
        using var data = new MemoryStream();
        for (var at = 8; at < bytes.Length;)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(at));
            var type = System.Text.Encoding.ASCII.GetString(bytes, at + 4, 4);
            var body = bytes.AsSpan(at + 8, length);
            if (type == "IHDR")
            {
                width = BinaryPrimitives.ReadInt32BigEndian(body);
                height = BinaryPrimitives.ReadInt32BigEndian(body[4..]);
                body[8].Should().Be(8, "an 8-bit PNG");
                channels = body[9] switch { 2 => 3, 6 => 4, var other => throw new AssertionException($"PNG colour type {other} is not RGB or RGBA") };
                body[12].Should().Be(0, "not interlaced");
            }
            else if (type == "IDAT")
            {
                data.Write(body);
            }
            at += 12 + length;
        }
        data.Position = 0;
        using var inflated = new ZLibStream(data, CompressionMode.Decompress);
        var stride = width * channels;
        var rows = new byte[height][];
        var previous = new byte[stride];
        for (var y = 0; y < height; y++)
        {
            var filter = inflated.ReadByte();
            var row = new byte[stride];
            inflated.ReadExactly(row);
            Unfilter(filter, row, previous, channels);
            rows[y] = previous = row;
        }
        return new PngPixels(width, height, channels, rows);
    }

    private static void Unfilter(int filter, byte[] row, byte[] up, int bpp)
    {
        for (var i = 0; i < row.Length; i++)
        {
            var left = i >= bpp ? row[i - bpp] : 0;
            var above = up[i];
            var corner = i >= bpp ? up[i - bpp] : 0;
            row[i] = (byte)(row[i] + filter switch
            {
                0 => 0,
                1 => left,
                2 => above,
                3 => (left + above) / 2,
                4 => Paeth(left, above, corner),
                _ => throw new AssertionException($"PNG filter {filter}"),
            });
        }
    }

    private static int Paeth(int a, int b, int c)
    {
        var p = a + b - c;
        int pa = Math.Abs(p - a), pb = Math.Abs(p - b), pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
}
