using SkiaSharp;

namespace Planner.Documents;

/// <summary>The emblem printed at the top of documents: drawn once (a stylised globe in a ring) and kept as PNG bytes.</summary>
public static class Emblem
{
    private static readonly Lazy<byte[]> Png = new(Draw);

    public static byte[] Bytes => Png.Value;

    private static byte[] Draw()
    {
        const int size = 240;
        using var surface = SKSurface.Create(new SKImageInfo(size, size, SKColorType.Rgba8888, SKAlphaType.Premul));
        var canvas = surface.Canvas;
        canvas.Clear(SKColors.Transparent);
        var centre = new SKPoint(size / 2f, size / 2f);
        using var navy = new SKPaint { Color = new SKColor(0x1F, 0x3A, 0x68), IsAntialias = true };
        using var gold = new SKPaint { Color = new SKColor(0xC9, 0xA2, 0x3F), IsAntialias = true, IsStroke = true, StrokeWidth = 7 };
        using var line = new SKPaint { Color = SKColors.White, IsAntialias = true, IsStroke = true, StrokeWidth = 3 };
        canvas.DrawCircle(centre, 112, navy);
        canvas.DrawCircle(centre, 100, gold);
        canvas.DrawCircle(centre, 70, line);
        canvas.DrawOval(centre, new SKSize(30, 70), line);
        canvas.DrawLine(centre.X - 70, centre.Y, centre.X + 70, centre.Y, line);
        canvas.DrawLine(centre.X, centre.Y - 70, centre.X, centre.Y + 70, line);
        canvas.DrawOval(new SKPoint(centre.X, centre.Y - 35), new SKSize(60, 8), line);
        canvas.DrawOval(new SKPoint(centre.X, centre.Y + 35), new SKSize(60, 8), line);
        using var image = surface.Snapshot();
        using var data = image.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }
}
