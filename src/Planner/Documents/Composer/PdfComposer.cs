using System.Globalization;
using SkiaSharp;

namespace Planner.Documents.Composer;

/// <summary>
/// Planner's document composer: lays out a <see cref="DocumentSpec"/> on A4 pages and writes it as PDF
/// to a stream, page by page (each page is drawn and handed to the PDF writer, then dropped; only the
/// laid-out lines of pages not yet drawn are held). Glyphs are drawn with their source text and
/// clusters, so text extracted or copied from the PDF is the source text; fonts are subset to the glyphs used.
/// </summary>
public static class PdfComposer
{
    private static readonly SKColor Grey = new(0x55, 0x5B, 0x66);
    private static readonly SKColor MarkingRed = new(0xB0, 0x1C, 0x1C);
    private static readonly SKColor WatermarkInk = new(0xB4, 0xB8, 0xC0, 0x55);

    /// <summary>Composes <paramref name="spec"/> into <paramref name="output"/>; returns the number of pages.</summary>
    /// <exception cref="FontsMissingException">The fonts documents need are not installed.</exception>
    public static int Write(DocumentSpec spec, Stream output)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(output);
        var fonts = FontSet.Instance;
        var pages = new PageLayout(fonts).Run(spec);
        var metadata = new SKDocumentPdfMetadata
        {
            Title = spec.Title,
            Author = spec.Author,
            Subject = spec.Title,
            Keywords = "lang:" + spec.Language,
            Creator = "Planner",
            Producer = "Planner (SkiaSharp PDF)",
            Creation = DateTime.UtcNow,
            Modified = DateTime.UtcNow,
            RasterDpi = 150,
        };

        var header = Header(fonts, spec);
        var watermark = spec.Watermark.Length == 0 ? null : TextLayout.Lines(fonts, [new Span(spec.Watermark, Bold: true)], 72, 2000)[0];
        using var language = new LanguageStream(output, spec.Language);
        using (var document = SKDocument.CreatePdf(language, metadata))
        {
            for (var i = 0; i < pages.Count; i++)
            {
                var canvas = document.BeginPage(PageFrame.Width, PageFrame.Height);
                if (watermark is not null)
                    DrawWatermark(canvas, watermark);
                DrawHeader(canvas, header);
                var footer = TextLayout.Lines(fonts,
                    [new Span(string.Format(CultureInfo.InvariantCulture, spec.PageLabel, i + 1, pages.Count))], 8.5f, PageFrame.Right - PageFrame.Left)[0];
                Draw(canvas, new TextOp(footer, (PageFrame.Width - footer.Width) / 2, PageFrame.FooterBaseline, Grey));
                PageDrawer.Page(canvas, pages[i]);
                document.EndPage();
                pages[i] = [];
            }

            document.Close();
        }

        language.Dispose();

        return pages.Count;
    }

    /// <summary>Composes into a new byte array.</summary>
    public static byte[] Write(DocumentSpec spec)
    {
        using var memory = new MemoryStream();
        Write(spec, memory);
        return memory.ToArray();
    }

    private sealed record RunningHeader(TextLine? Organisation, TextLine? Title, TextLine? Marking);

    private static RunningHeader Header(FontSet fonts, DocumentSpec spec)
    {
        const float third = (PageFrame.Right - PageFrame.Left) / 3;
        TextLine? One(string text, bool bold) => text.Length == 0 ? null : TextLayout.Lines(fonts, [new Span(text, bold)], 8, third - 8)[0];
        return new RunningHeader(One(spec.Organisation, false), One(spec.RunningTitle ?? spec.Title, false), One(spec.Marking, true));
    }

    private static void DrawHeader(SKCanvas canvas, RunningHeader header)
    {
        const float baseline = 44;
        if (header.Organisation is { } org)
            Draw(canvas, new TextOp(org, PageFrame.Left, baseline, Grey));
        if (header.Marking is { } marking)
            Draw(canvas, new TextOp(marking, (PageFrame.Width - marking.Width) / 2, baseline, MarkingRed));
        if (header.Title is { } title)
            Draw(canvas, new TextOp(title, PageFrame.Right - title.Width, baseline, Grey));
        using var rule = new SKPaint { Color = Grey, StrokeWidth = 0.5f, IsStroke = true };
        canvas.DrawLine(PageFrame.Left, 52, PageFrame.Right, 52, rule);
        canvas.DrawLine(PageFrame.Left, PageFrame.Bottom + 12, PageFrame.Right, PageFrame.Bottom + 12, rule);
    }

    private static void DrawWatermark(SKCanvas canvas, TextLine watermark)
    {
        canvas.Save();
        canvas.Translate(PageFrame.Width / 2, PageFrame.Height / 2);
        canvas.RotateDegrees(-45);
        var scale = Math.Min(1f, 640 / Math.Max(1, watermark.Width));
        canvas.Scale(scale);
        Draw(canvas, new TextOp(watermark, -watermark.Width / 2, watermark.Size * 0.35f, WatermarkInk));
        canvas.Restore();
    }

    private static void Draw(SKCanvas canvas, TextOp op) => PageDrawer.Text(canvas, [op], op.Color);
}
