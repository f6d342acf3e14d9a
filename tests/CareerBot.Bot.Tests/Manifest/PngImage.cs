using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace CareerBot.Bot.Tests.Manifest;

/// <summary>
/// A PNG decoded to RGBA pixels, enough to check the Teams icons: 8-bit greyscale, RGB, palette, grey+alpha and RGBA,
/// not interlaced (what icon editors write). Anything else fails loudly rather than being misread.
/// </summary>
internal sealed class PngImage
{
    private static readonly byte[] Signature = [137, 80, 78, 71, 13, 10, 26, 10];

    private readonly byte[] _rgba;

    private PngImage(int width, int height, byte[] rgba) => (Width, Height, _rgba) = (width, height, rgba);

    public int Width { get; }

    public int Height { get; }

    /// <summary>Every pixel, row by row.</summary>
    public IEnumerable<(byte R, byte G, byte B, byte A)> Pixels =>
        Enumerable.Range(0, Width * Height).Select(i => (_rgba[i * 4], _rgba[(i * 4) + 1], _rgba[(i * 4) + 2], _rgba[(i * 4) + 3]));

    public static PngImage Decode(byte[] png)
    {
        Assert.True(png.AsSpan().StartsWith(Signature), "not a PNG: the signature is missing");
        int width = 0, height = 0, colourType = -1;
        byte[] palette = [], paletteAlpha = [];
        using var compressed = new MemoryStream();
        for (var offset = Signature.Length; offset < png.Length;)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(offset));
            var type = Encoding.ASCII.GetString(png, offset + 4, 4);
            var data = png.AsSpan(offset + 8, length);
            offset += 12 + length; // length, type, data, CRC
            switch (type)
            {
                case "IHDR":
                    (width, height) = (BinaryPrimitives.ReadInt32BigEndian(data), BinaryPrimitives.ReadInt32BigEndian(data[4..]));
                    colourType = data[9];
                    Assert.True(data[8] == 8, $"PNG bit depth {data[8]}: this decoder reads 8-bit images only");
                    Assert.True(data[12] == 0, "interlaced PNG: this decoder reads non-interlaced images only");
                    break;
                case "PLTE":
                    palette = data.ToArray();
                    break;
                case "tRNS":
                    paletteAlpha = data.ToArray();
                    break;
                case "IDAT":
                    compressed.Write(data);
                    break;
                case "IEND":
                    offset = png.Length;
                    break;
            }
        }

        var channels = colourType switch
        {
            0 or 3 => 1,
            4 => 2,
            2 => 3,
            6 => 4,
            _ => throw new InvalidDataException($"PNG colour type {colourType} is not one this decoder reads"),
        };
        var stride = width * channels;
        var raw = new byte[height * stride];
        compressed.Position = 0;
        using (var zlib = new ZLibStream(compressed, CompressionMode.Decompress))
        using (var filtered = new MemoryStream())
        {
            zlib.CopyTo(filtered);
            Unfilter(filtered.ToArray(), raw, height, stride, channels);
        }

        var rgba = new byte[width * height * 4];
        for (var i = 0; i < width * height; i++)
        {
            var pixel = raw.AsSpan(i * channels, channels);
            (byte R, byte G, byte B, byte A) value = colourType switch
            {
                0 => (pixel[0], pixel[0], pixel[0], 255),
                4 => (pixel[0], pixel[0], pixel[0], pixel[1]),
                2 => (pixel[0], pixel[1], pixel[2], 255),
                3 => (palette[pixel[0] * 3], palette[(pixel[0] * 3) + 1], palette[(pixel[0] * 3) + 2], pixel[0] < paletteAlpha.Length ? paletteAlpha[pixel[0]] : (byte)255),
                _ => (pixel[0], pixel[1], pixel[2], pixel[3]),
            };
            (rgba[i * 4], rgba[(i * 4) + 1], rgba[(i * 4) + 2], rgba[(i * 4) + 3]) = value;
        }

        return new PngImage(width, height, rgba);
    }

    /// <summary>Undoes each scanline's filter (PNG spec, section 9): None, Sub, Up, Average, Paeth.</summary>
    private static void Unfilter(byte[] filtered, byte[] raw, int height, int stride, int bytesPerPixel)
    {
        Assert.True(filtered.Length == height * (stride + 1), $"PNG image data is {filtered.Length} bytes, expected {height * (stride + 1)}");
        for (var y = 0; y < height; y++)
        {
            var filter = filtered[y * (stride + 1)];
            var line = filtered.AsSpan((y * (stride + 1)) + 1, stride);
            var row = raw.AsSpan(y * stride, stride);
            var above = y == 0 ? new byte[stride] : raw.AsSpan((y - 1) * stride, stride).ToArray();
            for (var x = 0; x < stride; x++)
            {
                int left = x >= bytesPerPixel ? row[x - bytesPerPixel] : 0;
                int up = above[x];
                int upLeft = x >= bytesPerPixel ? above[x - bytesPerPixel] : 0;
                var predictor = filter switch
                {
                    0 => 0,
                    1 => left,
                    2 => up,
                    3 => (left + up) / 2,
                    4 => Paeth(left, up, upLeft),
                    _ => throw new InvalidDataException($"PNG filter type {filter} on row {y}"),
                };
                row[x] = (byte)(line[x] + predictor);
            }
        }
    }

    private static int Paeth(int left, int up, int upLeft)
    {
        var estimate = left + up - upLeft;
        var (toLeft, toUp, toUpLeft) = (Math.Abs(estimate - left), Math.Abs(estimate - up), Math.Abs(estimate - upLeft));
        return toLeft <= toUp && toLeft <= toUpLeft ? left : toUp <= toUpLeft ? up : upLeft;
    }
}
