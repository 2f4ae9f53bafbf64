using Planner.Documents.Composer;
using SkiaSharp;

namespace Planner.Documents.Pdf;

/// <summary>
/// The content stream of one page, drawn in points from the page's top left corner (y down, as the layout
/// measures). Made and filled on any thread; the fonts, images and transparency it names are shared by the
/// document (<see cref="PdfResources"/>). Colour, transparency and line width are written only when they change.
/// </summary>
internal sealed partial class PdfCanvas
{
    /// <summary>Bézier control distance for a quarter ellipse, as a share of its radius.</summary>
    private const double Kappa = 0.5522847498;

    private readonly PdfResources _resources;
    private readonly PdfBytes _out = new(32 * 1024, pooled: true);
    private SKColor? _fill;
    private SKColor? _stroke;
    private (byte Fill, byte Stroke) _alpha = (255, 255);
    private float? _lineWidth;
    private bool _dashed;

    public PdfCanvas(PdfResources resources, float width, float height)
    {
        _resources = resources;
        Width = width;
        Height = height;
        _out.Put("1 0 0 -1 0 ").Num(height).Put("cm\n"u8);
    }

    public float Width { get; }

    public float Height { get; }

    /// <summary>The page: its size and its content stream, compressed; the canvas is not drawn on afterwards.</summary>
    public PdfPage Finish()
    {
        var compressed = _out.Compressed();
        _out.Release();
        return new PdfPage(Width, Height, compressed);
    }

    public void Save() => _out.Put("q\n"u8);

    /// <summary>Returns to the state saved last: what is known of colours and lines is forgotten.</summary>
    public void Restore()
    {
        _out.Put("Q\n"u8);
        (_fill, _stroke, _alpha, _lineWidth, _dashed) = (null, null, (255, 255), null, false);
    }

    /// <summary>Turns what is drawn next by 180 degrees about (<paramref name="x"/>, <paramref name="y"/>) (the upper half of a folded name card).</summary>
    public void TurnAbout(float x, float y) => Concat(-1, 0, 0, -1, 2 * x, 2 * y);

    /// <summary>Moves the origin to (<paramref name="x"/>, <paramref name="y"/>), turns by <paramref name="degrees"/> (clockwise, y down) and scales by <paramref name="scale"/>.</summary>
    public void Place(float x, float y, float degrees, float scale)
    {
        var radians = degrees * Math.PI / 180;
        var (cos, sin) = (Math.Cos(radians) * scale, Math.Sin(radians) * scale);
        Concat(cos, sin, -sin, cos, x, y);
    }

    /// <summary>
    /// Draws laid-out operations: rectangles first (fills, then strokes, each colour as one path), then pictures,
    /// then text, so text is never hidden under a cell's shading.
    /// </summary>
    public void Draw(IReadOnlyCollection<Op> ops)
    {
        foreach (var group in ops.OfType<RectOp>().Where(r => r.Fill is not null).GroupBy(r => r.Fill!.Value))
            Rects(group.Select(r => r.Rect), group.Key, stroke: false);
        foreach (var group in ops.OfType<RectOp>().Where(r => r.Stroke is not null).GroupBy(r => r.Stroke!.Value))
            Rects(group.Select(r => r.Rect), group.Key, stroke: true);
        foreach (var image in ops.OfType<ImageOp>())
            Image(image.Data, image.Rect);
        Text(ops.OfType<TextOp>());
    }

    /// <summary>Fills or strokes (at <paramref name="width"/>) every rectangle in one path.</summary>
    public void Rects(IEnumerable<SKRect> rects, SKColor color, bool stroke, float width = 0.5f)
    {
        Paint(color, stroke, width, dashed: false);
        foreach (var r in rects)
            _out.Num(r.Left).Num(r.Top).Num(r.Width).Num(r.Height).Put("re\n"u8);
        _out.Put(stroke ? "S\n"u8 : "f\n"u8);
    }

    public void Line(SKPoint from, SKPoint to, SKColor color, float width, bool dashed = false)
    {
        Paint(color, stroke: true, width, dashed);
        _out.Num(from.X).Num(from.Y).Put("m "u8).Num(to.X).Num(to.Y).Put("l S\n"u8);
    }

    /// <summary>An ellipse inside <paramref name="box"/>, filled or stroked, as four Bézier curves.</summary>
    public void Ellipse(SKRect box, SKColor color, bool stroke, float width = 0.75f)
    {
        Paint(color, stroke, width, dashed: false);
        var (cx, cy, rx, ry) = ((double)box.MidX, (double)box.MidY, box.Width / 2.0, box.Height / 2.0);
        var (kx, ky) = (rx * Kappa, ry * Kappa);
        _out.Num(cx + rx).Num(cy).Put("m "u8);
        Curve(cx + rx, cy + ky, cx + kx, cy + ry, cx, cy + ry);
        Curve(cx - kx, cy + ry, cx - rx, cy + ky, cx - rx, cy);
        Curve(cx - rx, cy - ky, cx - kx, cy - ry, cx, cy - ry);
        Curve(cx + kx, cy - ry, cx + rx, cy - ky, cx + rx, cy);
        _out.Put(stroke ? "S\n"u8 : "f\n"u8);
    }

    /// <summary>Draws the picture encoded in <paramref name="data"/> (PNG, JPEG, …) into <paramref name="rect"/>; nothing when it cannot be read.</summary>
    public void Image(byte[] data, SKRect rect)
    {
        if (_resources.Image(data) is not { } name)
            return;
        _out.Put("q "u8).Num(rect.Width).Put("0 0 "u8).Num(-rect.Height).Num(rect.Left).Num(rect.Bottom).Put("cm "u8).Put(name).Put(" Do Q\n"u8);
    }

    private void Curve(double x1, double y1, double x2, double y2, double x3, double y3) =>
        _out.Num(x1).Num(y1).Num(x2).Num(y2).Num(x3).Num(y3).Put("c\n"u8);

    private void Concat(double a, double b, double c, double d, double e, double f) =>
        _out.Num(a).Num(b).Num(c).Num(d).Num(e).Num(f).Put("cm\n"u8);

    /// <summary>Sets the colour (and its transparency) that filling or stroking uses next, and the stroke's width and dash.</summary>
    private void Paint(SKColor color, bool stroke, float width, bool dashed)
    {
        Alpha(stroke ? (_alpha.Fill, color.Alpha) : (color.Alpha, _alpha.Stroke));
        var opaque = color.WithAlpha(255);
        if (stroke)
        {
            if (_stroke != opaque)
            {
                _stroke = opaque;
                Rgb(opaque).Put("RG\n"u8);
            }

            if (_lineWidth != width)
                _out.Num((_lineWidth = width).Value).Put("w\n"u8);
            if (_dashed != dashed)
                _out.Put((_dashed = dashed) ? "[4 3] 0 d\n"u8 : "[] 0 d\n"u8);
        }
        else if (_fill != opaque)
        {
            _fill = opaque;
            Rgb(opaque).Put("rg\n"u8);
        }
    }

    private void Alpha((byte Fill, byte Stroke) alpha)
    {
        if (alpha == _alpha)
            return;
        _alpha = alpha;
        _out.Put(_resources.Transparency(alpha.Fill, alpha.Stroke)).Put(" gs\n"u8);
    }

    private PdfBytes Rgb(SKColor c) => _out.Num(c.Red / 255.0).Num(c.Green / 255.0).Num(c.Blue / 255.0);
}
