using System.Text;
using SkiaSharp;

namespace Planner.Documents.Composer;

/// <summary>
/// Draws a laid-out page with few PDF operations: all fills of one colour as one path, all rules as one
/// path, and all text of one colour as one text blob (runs in reading order, each with its UTF-8 source
/// and cluster map, from which Skia writes ToUnicode and, where glyphs and characters differ, ActualText).
/// </summary>
internal static class PageDrawer
{
    public static void Page(SKCanvas canvas, List<Op> ops)
    {
        foreach (var group in ops.OfType<RectOp>().Where(r => r.Fill is not null).GroupBy(r => r.Fill!.Value))
        {
            using var path = new SKPath();
            foreach (var rect in group)
                path.AddRect(rect.Rect);
            using var paint = new SKPaint { Color = group.Key, Style = SKPaintStyle.Fill };
            canvas.DrawPath(path, paint);
        }

        foreach (var group in ops.OfType<RectOp>().Where(r => r.Stroke is not null).GroupBy(r => r.Stroke!.Value))
        {
            using var path = new SKPath();
            foreach (var rect in group)
                path.AddRect(rect.Rect);
            using var paint = new SKPaint { Color = group.Key, Style = SKPaintStyle.Stroke, StrokeWidth = 0.5f };
            canvas.DrawPath(path, paint);
        }

        foreach (var image in ops.OfType<ImageOp>())
        {
            using var picture = SKImage.FromEncodedData(image.Data);
            if (picture is not null)
                canvas.DrawImage(picture, image.Rect, new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.Linear));
        }

        foreach (var group in ops.OfType<TextOp>().GroupBy(t => t.Color))
            Text(canvas, group, group.Key);
    }

    /// <summary>Draws lines of text in one colour as one blob.</summary>
    public static void Text(SKCanvas canvas, IEnumerable<TextOp> lines, SKColor color)
    {
        using var builder = new SKTextBlobBuilder();
        var fonts = new Dictionary<(Face, float), SKFont>();
        try
        {
            foreach (var op in lines)
            {
                foreach (var part in op.Line.Parts)
                    AddRun(builder, fonts, op, part);
            }

            using var blob = builder.Build();
            if (blob is null)
                return;
            using var paint = new SKPaint { Color = color, IsAntialias = true };
            canvas.DrawText(blob, 0, 0, paint);
        }
        finally
        {
            foreach (var font in fonts.Values)
                font.Dispose();
        }
    }

    private static void AddRun(SKTextBlobBuilder builder, Dictionary<(Face, float), SKFont> fonts, TextOp op, LinePart part)
    {
        var run = part.Run;
        if (!fonts.TryGetValue((run.Face, run.Size), out var font))
            fonts[(run.Face, run.Size)] = font = run.Face.Font(run.Size);
        var text = run.Text.AsSpan(part.TextStart, part.TextEnd - part.TextStart);
        var buffer = builder.AllocateRawPositionedTextRun(font, part.Count, Encoding.UTF8.GetByteCount(text));
        Encoding.UTF8.GetBytes(text, buffer.Text);
        var glyphs = buffer.Glyphs;
        var positions = buffer.Positions;
        var clusters = buffer.Clusters;

        // Clusters are UTF-16 indexes into the run's text; the PDF wants UTF-8 byte offsets into this part's text.
        var (at, bytes) = (part.TextStart, 0);
        for (var g = 0; g < part.Count; g++)
        {
            var index = part.First + g;
            glyphs[g] = run.Glyphs[index];
            positions[g] = new SKPoint(op.X + part.OffsetX + run.X[index], op.Baseline);
            var cluster = Math.Clamp(run.Clusters[index], part.TextStart, part.TextEnd);
            if (cluster < at)
                (at, bytes) = (part.TextStart, 0);
            bytes += Encoding.UTF8.GetByteCount(run.Text.AsSpan(at, cluster - at));
            at = cluster;
            clusters[g] = (uint)bytes;
        }
    }
}
