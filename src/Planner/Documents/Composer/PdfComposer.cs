using System.Globalization;
using Planner.Documents.Pdf;
using SkiaSharp;

namespace Planner.Documents.Composer;

/// <summary>
/// Planner's document composer: lays out a <see cref="DocumentSpec"/> on A4 pages and writes it as PDF
/// (<see cref="PdfDocument"/>) to a stream, a window of pages at a time: the window's pages are drawn on every
/// core, then written in order; each page's layout is dropped once drawn. Fonts are subset to the glyphs used.
/// Draws with <paramref name="fonts"/> (the host's singleton; the command line, tests and benchmarks make their own).
/// </summary>
public sealed class PdfComposer(FontSet fonts)
{
    private static readonly SKColor Grey = new(0x55, 0x5B, 0x66);
    private static readonly SKColor MarkingRed = new(0xB0, 0x1C, 0x1C);
    private static readonly SKColor WatermarkInk = new(0xB4, 0xB8, 0xC0, 0x55);

    /// <summary>Pages drawn at once, on as many threads as there are cores, before they are written in order.</summary>
    private const int Window = 16;

    /// <summary>Composes <paramref name="spec"/> into <paramref name="output"/>; returns the number of pages.</summary>
    /// <exception cref="FontsMissingException">The fonts documents need are not installed.</exception>
    public int Write(DocumentSpec spec, Stream output)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(output);
        var pages = new PageLayout(fonts).Run(spec);
        var document = new PdfDocument(output, new PdfInfo(spec.Title, spec.Author, spec.Language, DateTime.UtcNow));
        var header = Header(fonts, spec);
        (TextOp Op, float Scale)? watermark = spec.Watermark.Length == 0 ? null : Watermark(fonts, spec.Watermark);
        var count = pages.Count;
        for (var i = 0; i < count; i++)
        {
            pages[i].Add(Footer(fonts, spec.PageLabel, i + 1, count));
            if (i == 0 && spec.FooterNote.Length > 0)
                pages[i].Add(Note(fonts, spec.FooterNote));
        }

        var drawn = new PdfPage[Math.Min(Window, count)];
        for (var start = 0; start < count; start += Window)
        {
            var window = Math.Min(Window, count - start);
            Parallel.For(0, window, k =>
            {
                var canvas = document.Page(PageFrame.Width, PageFrame.Height);
                if (watermark is { } w)
                {
                    canvas.Save();
                    canvas.Place(PageFrame.Width / 2, PageFrame.Height / 2, -45, w.Scale);
                    canvas.Text([w.Op]);
                    canvas.Restore();
                }

                canvas.Text(header);
                canvas.Line(new(PageFrame.Left, 52), new(PageFrame.Right, 52), Grey, 0.5f);
                canvas.Line(new(PageFrame.Left, PageFrame.Bottom + 12), new(PageFrame.Right, PageFrame.Bottom + 12), Grey, 0.5f);
                canvas.Draw(pages[start + k]);
                pages[start + k] = [];
                drawn[k] = canvas.Finish();
            });
            for (var k = 0; k < window; k++)
                document.Add(drawn[k]);
        }

        document.Close();
        return count;
    }

    /// <summary>Composes into a new byte array.</summary>
    public byte[] Write(DocumentSpec spec)
    {
        using var memory = new MemoryStream();
        Write(spec, memory);
        return memory.ToArray();
    }

    private static TextOp Footer(FontSet fonts, string label, int page, int count)
    {
        var line = TextLayout.Lines(fonts, [new Span(string.Format(CultureInfo.InvariantCulture, label, page, count))], 8.5f, PageFrame.Right - PageFrame.Left)[0];
        return new TextOp(line, (PageFrame.Width - line.Width) / 2, PageFrame.FooterBaseline, Grey);
    }

    /// <summary>The footer note (<see cref="DocumentSpec.FooterNote"/>), centred between the content and the page number.</summary>
    private static TextOp Note(FontSet fonts, string note)
    {
        var line = TextLayout.Lines(fonts, [new Span(note, Italic: true)], 8f, PageFrame.Right - PageFrame.Left)[0];
        return new TextOp(line, (PageFrame.Width - line.Width) / 2, PageFrame.NoteBaseline, Grey);
    }

    /// <summary>
    /// The running header's texts: organisation left, marking centred in red, title right. The organisation and the title
    /// take at most a third of the width each; the marking takes all the width they leave it, centred, so a protective
    /// marking ("ПРОЕКТ · Для служебного пользования") is never cut short.
    /// </summary>
    private static List<TextOp> Header(FontSet fonts, DocumentSpec spec)
    {
        const float third = (PageFrame.Right - PageFrame.Left) / 3;
        const float baseline = 44;
        const float gap = 8;
        TextLine? One(string text, bool bold, float width) => text.Length == 0 ? null : TextLayout.Lines(fonts, [new Span(text, bold)], 8, width)[0];
        var ops = new List<TextOp>();
        var organisation = One(spec.Organisation, false, third - gap);
        var title = One(spec.RunningTitle ?? spec.Title, false, third - gap);
        if (organisation is not null)
            ops.Add(new TextOp(organisation, PageFrame.Left, baseline, Grey));
        var centre = PageFrame.Width / 2;
        var room = 2 * Math.Min(centre - PageFrame.Left - (organisation?.Width ?? 0) - gap, PageFrame.Right - (title?.Width ?? 0) - gap - centre);
        if (One(spec.Marking, true, Math.Max(third - gap, room)) is { } marking)
            ops.Add(new TextOp(marking, (PageFrame.Width - marking.Width) / 2, baseline, MarkingRed));
        if (title is not null)
            ops.Add(new TextOp(title, PageFrame.Right - title.Width, baseline, Grey));
        return ops;
    }

    /// <summary>The watermark centred on the origin, and the scale that keeps it within 640 points.</summary>
    private static (TextOp Op, float Scale) Watermark(FontSet fonts, string text)
    {
        var line = TextLayout.Lines(fonts, [new Span(text, Bold: true)], 72, 2000)[0];
        return (new TextOp(line, -line.Width / 2, line.Size * 0.35f, WatermarkInk), Math.Min(1f, 640 / Math.Max(1, line.Width)));
    }
}
