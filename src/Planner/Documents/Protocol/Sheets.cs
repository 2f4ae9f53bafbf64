using Planner.Documents.Composer;
using Planner.Documents.Pdf;
using SkiaSharp;

namespace Planner.Documents.Protocol;

/// <summary>How a line of text is placed against its x position.</summary>
public enum TextAnchor
{
    Start,
    Middle,
    End,
}

/// <summary>
/// One page of a fixed-layout document (a note, nameplates, a seating plan, badges): text, filled and outlined
/// rectangles, ellipses and images at positions in points from the top left. The text is set by the composer's
/// own shaping and fonts (<see cref="TextLayout"/>), so these documents print and extract like the flowing ones.
/// Content added inside <see cref="Turned"/> is drawn rotated by 180° about the page's centre (a tent card's upper half).
/// Its text is laid out with <paramref name="fonts"/>, the font set the PDF is written with.
/// </summary>
public sealed class Sheet(FontSet fonts, float width, float height)
{
    private readonly List<Layer> _layers = [new(false)];
    private Layer _current = null!;

    public float Width { get; } = width;

    public float Height { get; } = height;

    internal IReadOnlyList<Layer> Layers => _layers;

    private Layer Current => _current ?? _layers[0];

    /// <summary>What one layer draws: the composer's operations, and shapes the composer has none of.</summary>
    internal sealed class Layer(bool turned)
    {
        public bool Turned { get; } = turned;

        public List<Op> Ops { get; } = [];

        public List<(SKRect Box, SKColor Fill, SKColor? Stroke)> Ellipses { get; } = [];

        public List<(SKPoint From, SKPoint To, SKColor Color, float Width, bool Dashed)> Lines { get; } = [];

        public List<(byte[] Data, SKRect Rect)> Images { get; } = [];
    }

    /// <summary>Runs <paramref name="draw"/> with everything it adds turned upside down about the page's centre.</summary>
    public void Turned(Action draw)
    {
        ArgumentNullException.ThrowIfNull(draw);
        var layer = new Layer(true);
        _layers.Add(layer);
        _current = layer;
        try
        {
            draw();
        }
        finally
        {
            _current = _layers[0];
        }
    }

    /// <summary>A rectangle filled with <paramref name="fill"/> and/or outlined (0.5 pt) with <paramref name="stroke"/>.</summary>
    public void Rect(SKRect rect, SKColor? fill, SKColor? stroke = null) => Current.Ops.Add(new RectOp(rect, fill, stroke));

    public void Ellipse(SKRect box, SKColor fill, SKColor? stroke = null) => Current.Ellipses.Add((box, fill, stroke));

    public void Line(SKPoint from, SKPoint to, SKColor color, float width = 0.5f, bool dashed = false) =>
        Current.Lines.Add((from, to, color, width, dashed));

    /// <summary>An image (PNG/JPEG bytes); the same bytes drawn many times are decoded once and stored once in the PDF.</summary>
    public void Image(byte[] data, SKRect rect) => Current.Images.Add((data, rect));

    /// <summary>One line of text with its baseline at <paramref name="baseline"/>; returns its width.</summary>
    public float Text(string text, float x, float baseline, float size, bool bold = false, TextAnchor anchor = TextAnchor.Start, SKColor? color = null)
    {
        var line = TextLayout.Lines(fonts, [new Span(text, bold)], size, float.MaxValue)[0];
        Place(line, x, baseline, anchor, color);
        return line.Width;
    }

    /// <summary>
    /// Text broken into lines no wider than <paramref name="width"/>, the first baseline at <paramref name="top"/> plus
    /// its ascent; returns the y below the last line.
    /// </summary>
    public float Paragraph(IReadOnlyList<Span> spans, float x, float top, float width, float size, TextAnchor anchor = TextAnchor.Start,
        SKColor? color = null, float leading = 1.32f)
    {
        var y = top;
        foreach (var line in TextLayout.Lines(fonts, spans, size, width))
        {
            var at = anchor switch { TextAnchor.Middle => x + (width / 2), TextAnchor.End => x + width, _ => x };
            Place(line, at, y + line.Ascent, anchor, color);
            y += size * leading;
        }

        return y;
    }

    /// <summary>
    /// <paramref name="text"/> as large as fits a box (at most <paramref name="maxLines"/> lines, at most
    /// <paramref name="maxSize"/> points, at least <paramref name="minSize"/>), centred in it.
    /// </summary>
    public float Fit(string text, SKRect box, float maxSize, float minSize = 4, int maxLines = 2, bool bold = false, SKColor? color = null)
    {
        var size = FitSize(text, box.Width, box.Height, maxSize, minSize, maxLines, bold);
        var lines = TextLayout.Lines(fonts, [new Span(text, bold)], size, box.Width);
        var lineHeight = size * 1.15f;
        var top = box.MidY - (lines.Count * lineHeight / 2);
        foreach (var line in lines)
        {
            Place(line, box.MidX, top + (size * 0.9f), TextAnchor.Middle, color);
            top += lineHeight;
        }

        return size;
    }

    /// <summary>
    /// The largest size, from <paramref name="maxSize"/> down in steps of 4%, at which the text breaks into at most
    /// <paramref name="maxLines"/> lines, each within the width, all within the height; <paramref name="minSize"/> when none does.
    /// </summary>
    public float FitSize(string text, float width, float height, float maxSize, float minSize = 4, int maxLines = 2, bool bold = false)
    {
        for (var size = Math.Min(maxSize, height / 1.15f); size > minSize; size *= 0.96f)
        {
            var lines = TextLayout.Lines(fonts, [new Span(text, bold)], size, width);
            if (lines.Count <= maxLines && lines.All(l => l.Width <= width + 0.01f) && lines.Count * size * 1.15f <= height)
                return size;
        }

        return minSize;
    }

    private void Place(TextLine line, float x, float baseline, TextAnchor anchor, SKColor? color)
    {
        var left = anchor switch { TextAnchor.Middle => x - (line.Width / 2), TextAnchor.End => x - line.Width, _ => x };
        Current.Ops.Add(new TextOp(line, left, baseline, color ?? SKColors.Black));
    }
}

/// <summary>
/// Writes <see cref="Sheet"/>s as a PDF with the composer's fonts and PDF settings (metadata, the document's
/// language, subset fonts, text that extracts as written).
/// </summary>
public static class SheetWriter
{
    /// <summary>A4 portrait, in points.</summary>
    public static readonly SKSize A4 = new(PageFrame.Width, PageFrame.Height);

    /// <summary>A4 landscape, in points.</summary>
    public static readonly SKSize A4Landscape = new(PageFrame.Height, PageFrame.Width);

    /// <summary>The PDF of <paramref name="pages"/>.</summary>
    /// <exception cref="FontsMissingException">The fonts documents need are not installed.</exception>
    public static byte[] Write(string title, string author, string language, IEnumerable<Sheet> pages)
    {
        ArgumentNullException.ThrowIfNull(pages);
        using var memory = new MemoryStream();
        var document = new PdfDocument(memory, new PdfInfo(title, author, language, DateTime.UtcNow));
        foreach (var sheet in pages)
        {
            var canvas = document.Page(sheet.Width, sheet.Height);
            foreach (var layer in sheet.Layers)
            {
                canvas.Save();
                if (layer.Turned)
                    canvas.TurnAbout(sheet.Width / 2, sheet.Height / 2);
                Draw(canvas, layer);
                canvas.Restore();
            }

            document.Add(canvas.Finish());
        }

        document.Close();
        return memory.ToArray();
    }

    private static void Draw(PdfCanvas canvas, Sheet.Layer layer)
    {
        foreach (var (box, fill, stroke) in layer.Ellipses)
        {
            canvas.Ellipse(box, fill, stroke: false);
            if (stroke is { } s)
                canvas.Ellipse(box, s, stroke: true, 0.75f);
        }

        foreach (var (from, to, color, width, dashed) in layer.Lines)
            canvas.Line(from, to, color, width, dashed);
        canvas.Draw(layer.Ops);

        // Images last, over the fills they sit on (the emblem on a badge's colour band).
        foreach (var (data, rect) in layer.Images)
            canvas.Image(data, rect);
    }
}
