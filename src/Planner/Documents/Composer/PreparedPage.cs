using System.Text;
using SkiaSharp;

namespace Planner.Documents.Composer;

/// <summary>
/// A laid-out page turned into few drawing operations, ready to be drawn on a PDF page: rectangles grouped by
/// colour (each written as a PDF rectangle, <c>re</c>: four numbers where a path takes ten), and all text of one
/// colour as one text blob. Made on any thread (the
/// composer prepares the next pages while the PDF writer takes the current one); drawn and disposed on one.
/// </summary>
internal sealed class PreparedPage : IDisposable
{
    private readonly List<(SKRect[] Rects, SKPaint Paint)> _rects = [];
    private readonly List<(SKImage Image, SKRect Rect)> _images = [];
    private readonly List<(SKTextBlob Blob, SKPaint Paint)> _texts = [];

    /// <summary>Prepares <paramref name="ops"/>, their text to be drawn with the document's <paramref name="fonts"/>.</summary>
    public static PreparedPage Of(IEnumerable<Op> ops, SubsetFonts fonts)
    {
        var page = new PreparedPage();
        try
        {
            var list = ops as IReadOnlyCollection<Op> ?? ops.ToList();
            foreach (var group in list.OfType<RectOp>().Where(r => r.Fill is not null).GroupBy(r => r.Fill!.Value))
                page._rects.Add(([.. group.Select(r => r.Rect)], new SKPaint { Color = group.Key, Style = SKPaintStyle.Fill }));
            foreach (var group in list.OfType<RectOp>().Where(r => r.Stroke is not null).GroupBy(r => r.Stroke!.Value))
                page._rects.Add(([.. group.Select(r => r.Rect)], new SKPaint { Color = group.Key, Style = SKPaintStyle.Stroke, StrokeWidth = 0.5f }));
            foreach (var image in list.OfType<ImageOp>())
            {
                if (SKImage.FromEncodedData(image.Data) is { } picture)
                    page._images.Add((picture, image.Rect));
            }

            foreach (var group in list.OfType<TextOp>().GroupBy(t => t.Color))
            {
                if (TextBlobs.Build(group, fonts) is { } blob)
                    page._texts.Add((blob, new SKPaint { Color = group.Key, IsAntialias = true }));
            }

            return page;
        }
        catch
        {
            page.Dispose();
            throw;
        }
    }

    public void DrawOn(SKCanvas canvas)
    {
        foreach (var (rects, paint) in _rects)
        {
            foreach (var rect in rects)
                canvas.DrawRect(rect, paint);
        }
        foreach (var (image, rect) in _images)
            canvas.DrawImage(image, rect, new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.Linear));
        foreach (var (blob, paint) in _texts)
            canvas.DrawText(blob, 0, 0, paint);
    }

    public void Dispose()
    {
        foreach (var (_, paint) in _rects)
            paint.Dispose();

        foreach (var (image, _) in _images)
            image.Dispose();
        foreach (var (blob, paint) in _texts)
        {
            blob.Dispose();
            paint.Dispose();
        }
    }
}

/// <summary>Text blobs of laid-out lines: one horizontal run per line part, in reading order.</summary>
internal static class TextBlobs
{
    /// <summary>
    /// One blob holding <paramref name="lines"/>, or null when they draw nothing. A part whose glyphs a PDF reader
    /// maps back to its text one for one is written as glyphs only; any other part also carries its UTF-8 source
    /// and cluster map, from which Skia writes ActualText where glyphs and characters differ. Each face is drawn with
    /// its file in <paramref name="files"/> (the document's subset of it, where that holds the glyphs).
    /// </summary>
    public static SKTextBlob? Build(IEnumerable<TextOp> lines, SubsetFonts files)
    {
        using var builder = new SKTextBlobBuilder();
        foreach (var op in lines)
        {
            foreach (var part in op.Line.Parts)
                AddRun(builder, files, op, part);
        }

        return builder.Build();
    }

    private static void AddRun(SKTextBlobBuilder builder, SubsetFonts files, TextOp op, LinePart part)
    {
        var run = part.Run;
        var font = files.Font(run.Face, run.Size, files.For(run.Face, run.Glyphs.AsSpan(part.First, part.Count)));
        var x0 = op.X + part.OffsetX;

        // Bounds for culling: generous, as the glyphs' own boxes are not measured.
        var first = run.X[part.First];
        var last = run.X[part.First + part.Count - 1];
        var bounds = new SKRect(x0 + first - run.Size, op.Baseline - (1.5f * run.Size), x0 + last + (2 * run.Size), op.Baseline + run.Size);
        if (IsPlain(part))
        {
            var plain = builder.AllocateRawHorizontalRun(font, part.Count, op.Baseline, bounds);
            var glyphs = plain.Glyphs;
            var xs = plain.Positions;
            for (var g = 0; g < part.Count; g++)
            {
                glyphs[g] = run.Glyphs[part.First + g];
                xs[g] = x0 + run.X[part.First + g];
            }

            return;
        }

        var text = run.Text.AsSpan(part.TextStart, part.TextEnd - part.TextStart);
        var buffer = builder.AllocateRawHorizontalTextRun(font, part.Count, op.Baseline, Encoding.UTF8.GetByteCount(text), bounds);
        Encoding.UTF8.GetBytes(text, buffer.Text);
        var ids = buffer.Glyphs;
        var positions = buffer.Positions;
        var clusters = buffer.Clusters;

        // Clusters are UTF-16 indexes into the run's text; the PDF wants UTF-8 byte offsets into this part's text.
        var (at, bytes) = (part.TextStart, 0);
        for (var g = 0; g < part.Count; g++)
        {
            var index = part.First + g;
            ids[g] = run.Glyphs[index];
            positions[g] = x0 + run.X[index];
            var cluster = Math.Clamp(run.Clusters[index], part.TextStart, part.TextEnd);
            if (cluster < at)
                (at, bytes) = (part.TextStart, 0);
            bytes += Encoding.UTF8.GetByteCount(run.Text.AsSpan(at, cluster - at));
            at = cluster;
            clusters[g] = (uint)bytes;
        }
    }

    /// <summary>One glyph per character, in order, each the one the font maps that character to and back.</summary>
    private static bool IsPlain(LinePart part)
    {
        if (part.TextEnd - part.TextStart != part.Count)
            return false;
        var run = part.Run;
        for (var g = 0; g < part.Count; g++)
        {
            var index = part.First + g;
            var at = part.TextStart + g;
            if (run.Clusters[index] != at || !run.Face.MapsBack(run.Glyphs[index], run.Text[at]))
                return false;
        }

        return true;
    }
}
