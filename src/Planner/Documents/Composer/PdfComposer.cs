using System.Collections.Concurrent;
using System.Globalization;
using SkiaSharp;

namespace Planner.Documents.Composer;

/// <summary>
/// Planner's document composer: lays out a <see cref="DocumentSpec"/> on A4 pages and writes it as PDF
/// to a stream, page by page: while the PDF writer takes one page, the next few are prepared on another
/// thread; each page is dropped once written, and only the laid-out lines of pages not yet prepared are held.
/// Glyphs a reader cannot map back to their characters by the font alone are drawn with their source text and
/// clusters, so text extracted or copied from the PDF is the source text; fonts are subset to the glyphs used.
/// Draws with <paramref name="fonts"/> (the host's singleton; the command line, tests and benchmarks make their own).
/// </summary>
public sealed class PdfComposer(FontSet fonts)
{
    private static readonly SKColor Grey = new(0x55, 0x5B, 0x66);
    private static readonly SKColor MarkingRed = new(0xB0, 0x1C, 0x1C);
    private static readonly SKColor WatermarkInk = new(0xB4, 0xB8, 0xC0, 0x55);

    /// <summary>Composes <paramref name="spec"/> into <paramref name="output"/>; returns the number of pages.</summary>
    /// <exception cref="FontsMissingException">The fonts documents need are not installed.</exception>
    public int Write(DocumentSpec spec, Stream output)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(output);
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

        // Every glyph the document draws is known before the first page is written: its fonts are subset to them.
        var header = Header(fonts, spec);
        (TextOp Op, float Scale)? watermarkText = spec.Watermark.Length == 0 ? null : Watermark(fonts, spec.Watermark);
        var glyphs = new GlyphUse();
        glyphs.Add(header);
        glyphs.Add(watermarkText is null ? [] : [watermarkText.Value.Op]);
        var count = pages.Count;
        for (var i = 0; i < count; i++)
        {
            pages[i].Add(Footer(fonts, spec.PageLabel, i + 1, count));
            if (i == 0 && spec.FooterNote.Length > 0)
                pages[i].Add(Note(fonts, spec.FooterNote));
            glyphs.Add(pages[i]);
        }

        using var files = glyphs.Subset();
        using var chrome = PreparedPage.Of(header, files);
        using var watermark = watermarkText is { } w ? PreparedPage.Of([w.Op], files) : null;
        using var rule = new SKPaint { Color = Grey, StrokeWidth = 0.5f, IsStroke = true };
        using var language = new LanguageStream(output, spec.Language);
        using (var document = SKDocument.CreatePdf(language, metadata))
        {
            foreach (var page in Prepare(pages, files))
            {
                using (page)
                {
                    var canvas = document.BeginPage(PageFrame.Width, PageFrame.Height);
                    if (watermark is not null)
                    {
                        canvas.Save();
                        canvas.Translate(PageFrame.Width / 2, PageFrame.Height / 2);
                        canvas.RotateDegrees(-45);
                        canvas.Scale(watermarkText!.Value.Scale);
                        watermark.DrawOn(canvas);
                        canvas.Restore();
                    }

                    chrome.DrawOn(canvas);
                    canvas.DrawLine(PageFrame.Left, 52, PageFrame.Right, 52, rule);
                    canvas.DrawLine(PageFrame.Left, PageFrame.Bottom + 12, PageFrame.Right, PageFrame.Bottom + 12, rule);
                    page.DrawOn(canvas);
                    document.EndPage();
                }
            }

            document.Close();
        }

        language.Dispose();

        return pages.Count;
    }

    /// <summary>Composes into a new byte array.</summary>
    public byte[] Write(DocumentSpec spec)
    {
        using var memory = new MemoryStream();
        Write(spec, memory);
        return memory.ToArray();
    }

    /// <summary>
    /// The pages, prepared for drawing on another thread while the caller writes the previous ones (a few pages
    /// ahead, so memory stays bounded); each laid-out page is dropped once prepared.
    /// </summary>
    private static IEnumerable<PreparedPage> Prepare(List<List<Op>> pages, SubsetFonts files)
    {
        using var queue = new BlockingCollection<PreparedPage>(boundedCapacity: 4);
        using var stop = new CancellationTokenSource();
        var producer = Task.Run(() =>
        {
            try
            {
                for (var i = 0; i < pages.Count; i++)
                {
                    var page = PreparedPage.Of(pages[i], files);
                    pages[i] = [];
                    try
                    {
                        queue.Add(page, stop.Token);
                    }
                    catch
                    {
                        page.Dispose();
                        throw;
                    }
                }
            }
            finally
            {
                queue.CompleteAdding();
            }
        });

        try
        {
            foreach (var page in queue.GetConsumingEnumerable())
                yield return page;
            producer.GetAwaiter().GetResult();
        }
        finally
        {
            if (!producer.IsCompleted)
            {
                // The caller stopped early (it failed): stop preparing, and leave the caller's exception to propagate.
                stop.Cancel();
                try
                {
                    producer.Wait();
                }
                catch (AggregateException)
                {
                }
            }

            while (queue.TryTake(out var left))
                left.Dispose();
        }
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
    private static List<Op> Header(FontSet fonts, DocumentSpec spec)
    {
        const float third = (PageFrame.Right - PageFrame.Left) / 3;
        const float baseline = 44;
        const float gap = 8;
        TextLine? One(string text, bool bold, float width) => text.Length == 0 ? null : TextLayout.Lines(fonts, [new Span(text, bold)], 8, width)[0];
        var ops = new List<Op>();
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
