using System.Collections.Concurrent;
using System.IO.Compression;
using SkiaSharp;

namespace Planner.Documents.Pdf;

/// <summary>
/// What the pages of one PDF name and share: fonts (<see cref="PdfFonts"/>), transparency states and images. Named
/// from any thread while pages are drawn; written once, with the resource dictionary all pages point to, when the
/// document is closed.
/// </summary>
internal sealed class PdfResources
{
    private readonly ConcurrentDictionary<(byte Fill, byte Stroke), string> _alphas = new();
    private readonly ConcurrentDictionary<byte[], Lazy<Picture?>> _images = new(ReferenceEqualityComparer.Instance);
    private int _imageCount;

    public PdfFonts Fonts { get; } = new();

    /// <summary>The graphics state ("/G2") filling and stroking with these opacities (0–255).</summary>
    public string Transparency(byte fill, byte stroke) => _alphas.GetOrAdd((fill, stroke), key => $"/G{key.Fill}_{key.Stroke}");

    /// <summary>The name ("/I1") of the picture encoded in <paramref name="data"/>, or null when it cannot be decoded.</summary>
    public string? Image(byte[] data) => _images.GetOrAdd(data, d => new Lazy<Picture?>(() => Picture.Of(d, Interlocked.Increment(ref _imageCount)))).Value?.Name;

    /// <summary>Writes every resource named, then the dictionary naming them as object <paramref name="number"/>.</summary>
    public void Write(PdfFile file, int number)
    {
        var dictionary = new PdfBytes(1024).Put("<</Font <<"u8);
        foreach (var (name, font) in Fonts.Write(file))
            dictionary.Put($"{name} {font} 0 R ");
        dictionary.Put(">> /ExtGState <<"u8);
        foreach (var ((fill, stroke), name) in _alphas.OrderBy(a => a.Value, StringComparer.Ordinal))
            dictionary.Put($"{name} <</ca ").Number(fill / 255.0).Put(" /CA "u8).Number(stroke / 255.0).Put(">> "u8);
        dictionary.Put(">> /XObject <<"u8);
        foreach (var picture in _images.Values.Select(l => l.Value).OfType<Picture>().OrderBy(p => p.Name, StringComparer.Ordinal))
            dictionary.Put($"{picture.Name} {picture.Write(file)} 0 R ");
        file.Object(number, dictionary.Put(">>>>"u8));
    }

    /// <summary>A decoded picture, written as compressed RGB with its transparency (if any) as a soft mask.</summary>
    private sealed class Picture(string name, int width, int height, byte[] rgb, byte[]? alpha)
    {
        public string Name { get; } = name;

        /// <summary>
        /// Decodes <paramref name="encoded"/> (PNG, JPEG, WebP, …) with Skia; null when it is not a picture. Every
        /// format takes the same path, so a CMYK or greyscale JPEG comes out in the colours it shows on screen.
        /// </summary>
        public static Picture? Of(byte[] encoded, int number)
        {
            using var codec = SKCodec.Create(new MemoryStream(encoded));
            if (codec is null)
                return null;
            using var bitmap = SKBitmap.Decode(codec, new SKImageInfo(codec.Info.Width, codec.Info.Height, SKColorType.Rgba8888, SKAlphaType.Unpremul));
            if (bitmap is null)
                return null;
            var pixels = bitmap.GetPixelSpan();
            var (rgb, mask, opaque) = (new byte[bitmap.Width * bitmap.Height * 3], new byte[bitmap.Width * bitmap.Height], true);
            for (var i = 0; i < mask.Length; i++)
            {
                rgb[3 * i] = pixels[4 * i];
                rgb[(3 * i) + 1] = pixels[(4 * i) + 1];
                rgb[(3 * i) + 2] = pixels[(4 * i) + 2];
                mask[i] = pixels[(4 * i) + 3];
                opaque &= mask[i] == 255;
            }

            return new Picture($"/I{number}", bitmap.Width, bitmap.Height, PdfBytes.Compress(rgb, CompressionLevel.Optimal),
                opaque ? null : PdfBytes.Compress(mask, CompressionLevel.Optimal));
        }

        public int Write(PdfFile file)
        {
            var number = file.Reserve();
            var soft = "";
            if (alpha is not null)
            {
                var maskNumber = file.Reserve();
                file.Stream(maskNumber, $"/Type /XObject /Subtype /Image /Width {width} /Height {height} /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode", alpha);
                soft = $" /SMask {maskNumber} 0 R";
            }

            file.Stream(number, $"/Type /XObject /Subtype /Image /Width {width} /Height {height} /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /FlateDecode{soft}", rgb);
            return number;
        }
    }
}
