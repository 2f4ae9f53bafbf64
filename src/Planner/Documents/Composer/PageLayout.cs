using SkiaSharp;

namespace Planner.Documents.Composer;

/// <summary>Something to draw on a page, placed in points from the page's top-left corner.</summary>
internal abstract record Op;

internal sealed record TextOp(TextLine Line, float X, float Baseline, SKColor Color) : Op;

internal sealed record RectOp(SKRect Rect, SKColor? Fill, SKColor? Stroke) : Op;

internal sealed record ImageOp(byte[] Data, SKRect Rect) : Op;

/// <summary>The A4 page and its frame: where the content, running header and footer go.</summary>
public static class PageFrame
{
    public const float Width = 595.28f;
    public const float Height = 841.89f;
    public const float Left = 56.7f;
    public const float Right = Width - 56.7f;

    /// <summary>Top of the content area; the running header sits above it.</summary>
    public const float Top = 76f;

    /// <summary>Bottom of the content area; the footer sits below it.</summary>
    public const float Bottom = Height - 64f;

    /// <summary>Baseline of the footer's note, between the content and the page number.</summary>
    public const float NoteBaseline = Height - 49f;

    /// <summary>Baseline of the footer ("Page X of Y").</summary>
    public const float FooterBaseline = Height - 36f;
}

/// <summary>Flows blocks onto pages: line breaking, page breaking, keep-with-next, table header repetition and row splitting.</summary>
internal sealed class PageLayout(FontSet fonts)
{
    private const float CellPadX = 4f;
    private const float CellPadY = 3f;
    private static readonly SKColor Ink = new(0x1A, 0x1A, 0x1A);
    private static readonly SKColor Rule = new(0x8A, 0x8A, 0x8A);
    private static readonly SKColor HeaderFill = new(0xE4, 0xE8, 0xEE);
    private static readonly SKColor ShadeFill = new(0xF3, 0xF4, 0xF6);

    private readonly List<List<Op>> _pages = [];
    private List<Op> _page = [];
    private List<Block> _blocks = [];
    private float _y;

    private static float ContentWidth => PageFrame.Right - PageFrame.Left;

    public List<List<Op>> Run(DocumentSpec spec)
    {
        NewPage();
        if (spec.Cover is { } cover)
        {
            LayCover(cover);
            NewPage();
        }

        _blocks = [.. spec.Blocks.Select(b => b is Table t ? WithoutEmptyColumns(t) : b)];
        for (var i = 0; i < _blocks.Count; i++)
            Lay(_blocks[i], i + 1);
        return _pages;
    }

    private void NewPage()
    {
        _page = [];
        _pages.Add(_page);
        _y = PageFrame.Top;
    }

    private bool AtTop => _y <= PageFrame.Top + 0.1f;

    private void Ensure(float height)
    {
        if (_y + height > PageFrame.Bottom && !AtTop)
            NewPage();
    }

    /// <summary>Places <paramref name="block"/>; <paramref name="next"/> is the index of the block after it.</summary>
    private void Lay(Block block, int next)
    {
        switch (block)
        {
            case Heading h:
                {
                    var size = HeadingSize(h);
                    var lines = TextLayout.Lines(fonts, [new Span(h.Text, Bold: true)], size, ContentWidth);
                    var before = AtTop ? 0 : size * 0.7f;
                    Ensure(before + lines.Sum(l => l.Height) + 4 + KeptHeight(next));
                    _y += AtTop ? 0 : before;
                    PlaceLines(lines, PageFrame.Left, ContentWidth, Align.Left, Ink);
                    _y += 4;
                    break;
                }

            case Paragraph p:
                {
                    var lines = TextLayout.Lines(fonts, p.Spans, p.Size, ContentWidth);
                    if (p.KeepWithNext)
                        Ensure(lines.Sum(l => l.Height) + p.SpaceAfter + KeptHeight(next));
                    PlaceLines(lines, PageFrame.Left, ContentWidth, p.Align, Ink);
                    _y += p.SpaceAfter;
                    break;
                }

            case BulletList list:
                foreach (var item in list.Items)
                {
                    var lines = TextLayout.Lines(fonts, item, list.Size, ContentWidth - 14);
                    var bullet = TextLayout.Lines(fonts, [new Span("•")], list.Size, 20)[0];
                    Ensure(lines[0].Height);
                    _page.Add(new TextOp(bullet, PageFrame.Left + 3, _y + bullet.Ascent, Ink));
                    PlaceLines(lines, PageFrame.Left + 14, ContentWidth - 14, Align.Left, Ink);
                    _y += 2;
                }

                _y += 3;
                break;

            case Table table:
                LayTable(table);
                break;

            case Picture picture:
                {
                    var height = PictureHeight(picture);
                    Ensure(height);
                    var x = PageFrame.Left + ((ContentWidth - picture.Width) / 2);
                    _page.Add(new ImageOp(picture.Data, SKRect.Create(x, _y, picture.Width, height)));
                    _y += height + 6;
                    break;
                }

            case Spacer spacer:
                _y += spacer.Height;
                break;

            case PageBreak:
                if (!AtTop)
                    NewPage();
                break;
        }
    }

    /// <summary>
    /// The least height the blocks from index <paramref name="at"/> on need on a page for a heading (or a paragraph
    /// kept with the next) to stand before them: a heading or kept paragraph there counts whole, with what it is kept
    /// with in turn, so a session heading, its details line and the first row of its table go to a page together.
    /// </summary>
    private float KeptHeight(int at)
    {
        if (at >= _blocks.Count)
            return 0;
        return _blocks[at] switch
        {
            Heading h => (HeadingSize(h) * 0.7f) + TextLayout.Lines(fonts, [new Span(h.Text, Bold: true)], HeadingSize(h), ContentWidth).Sum(l => l.Height) + 4 + KeptHeight(at + 1),
            Paragraph { KeepWithNext: true } p => TextLayout.Lines(fonts, p.Spans, p.Size, ContentWidth).Sum(l => l.Height) + p.SpaceAfter + KeptHeight(at + 1),
            Paragraph p => TextLayout.Lines(fonts, p.Spans, p.Size, ContentWidth).Take(2).Sum(l => l.Height),
            BulletList b => b.Size * 1.32f,
            Table t => RowHeight(t, t.Header, t.Size, bold: true) + (t.Rows.Count > 0 ? Math.Min(RowHeight(t, t.Rows[0], t.Size, bold: false), 60) : 0),
            Picture p => PictureHeight(p),
            _ => 0,
        };
    }

    private static float HeadingSize(Heading h) => h.Level switch { 1 => 16f, 2 => 13f, _ => 11.5f };

    /// <summary>
    /// The table without the columns no row has anything in (a Speakers column when no item has a speaker), their
    /// widths shared out among the others; a table with no rows, all empty, or marked <see cref="Table.KeepEmptyColumns"/> is kept as it is.
    /// </summary>
    private static Table WithoutEmptyColumns(Table table)
    {
        if (table.KeepEmptyColumns || table.Rows.Count == 0)
            return table;
        static bool Blank(IReadOnlyList<Span>? spans) => spans is null || spans.All(s => string.IsNullOrWhiteSpace(s.Text));
        var kept = Enumerable.Range(0, table.Widths.Count)
            .Where(i => table.Rows.Any(r => i < r.Count && !(Blank(r[i].Spans) && Blank(r[i].OnNewPage))))
            .ToList();
        if (kept.Count == table.Widths.Count || kept.Count == 0)
            return table;
        IReadOnlyList<Cell> Keep(IReadOnlyList<Cell> cells) => [.. kept.Where(i => i < cells.Count).Select(i => cells[i])];
        return table with
        {
            Widths = [.. kept.Select(i => table.Widths[i])],
            Header = Keep(table.Header),
            Rows = [.. table.Rows.Select(Keep)],
        };
    }

    private static float PictureHeight(Picture picture)
    {
        using var codec = SKCodec.Create(new SKMemoryStream(picture.Data));
        return codec is null ? picture.Width : picture.Width * codec.Info.Height / codec.Info.Width;
    }

    private void PlaceLines(List<TextLine> lines, float x, float width, Align align, SKColor color)
    {
        foreach (var line in lines)
        {
            Ensure(line.Height);
            var dx = align switch { Align.Center => (width - line.Width) / 2, Align.Right => width - line.Width, _ => 0 };
            if (line.Parts.Length > 0)
                _page.Add(new TextOp(line, x + dx, _y + line.Ascent, color));
            _y += line.Height;
        }
    }

    private void LayCover(Cover cover)
    {
        _y = PageFrame.Top + 120;
        if (cover.Emblem is { } emblem)
            Lay(new Picture(emblem, 110), int.MaxValue);
        _y += 30;
        PlaceLines(TextLayout.Lines(fonts, [new Span(cover.Title, Bold: true)], 22, ContentWidth), PageFrame.Left, ContentWidth, Align.Center, Ink);
        _y += 16;
        foreach (var line in cover.Lines)
            PlaceLines(TextLayout.Lines(fonts, [new Span(line)], 13, ContentWidth), PageFrame.Left, ContentWidth, Align.Center, Ink);
    }

    private float[] ColumnWidths(Table table)
    {
        var total = table.Widths.Sum();
        return table.Widths.Select(w => ContentWidth * w / total).ToArray();
    }

    private List<TextLine>[] CellLines(Table table, IReadOnlyList<Cell> cells, float size, bool bold)
    {
        var total = 0f;
        foreach (var w in table.Widths)
            total += w;
        var result = new List<TextLine>[table.Widths.Count];
        for (var i = 0; i < result.Length; i++)
        {
            var spans = i < cells.Count ? cells[i].Spans : [];
            if (bold)
                spans = spans.Select(s => s with { Bold = true }).ToList();
            result[i] = spans.Count == 0 ? [] : TextLayout.Lines(fonts, spans, size, (ContentWidth * table.Widths[i] / total) - (2 * CellPadX));
        }

        return result;
    }

    private float RowHeight(Table table, IReadOnlyList<Cell> cells, float size, bool bold) =>
        CellLines(table, cells, size, bold).Max(c => c.Sum(l => l.Height)) + (2 * CellPadY);

    private void LayTable(Table table)
    {
        var widths = ColumnWidths(table);
        var header = CellLines(table, table.Header, table.Size, bold: true);
        var headerHeight = header.Max(c => c.Sum(l => l.Height)) + (2 * CellPadY);
        var firstRow = table.Rows.Count > 0 ? RowHeight(table, table.Rows[0], table.Size, false) : 0;
        Ensure(headerHeight + Math.Min(firstRow, 60));
        PlaceRow(widths, header, headerHeight, HeaderFill);

        // Shaping and line breaking of the cells is independent row by row: done on all cores, then paginated in order.
        var laid = new List<TextLine>[table.Rows.Count][];
        if (table.Rows.Count >= 64)
            Parallel.For(0, table.Rows.Count, i => laid[i] = CellLines(table, table.Rows[i], table.Size, bold: false));
        for (var r = 0; r < table.Rows.Count; r++)
        {
            var row = table.Rows[r];
            var cells = laid[r] ?? CellLines(table, row, table.Size, bold: false);
            laid[r] = null!;
            var shade = row.Any(c => c.Shade) ? ShadeFill : (SKColor?)null;
            var height = cells.Max(c => c.Sum(l => l.Height)) + (2 * CellPadY);
            if (_y + height > PageFrame.Bottom)
            {
                var pageBody = PageFrame.Bottom - PageFrame.Top - headerHeight;
                if (height <= pageBody || PageFrame.Bottom - _y < 3 * table.Size)
                {
                    NewPage();
                    PlaceRow(widths, header, headerHeight, HeaderFill);
                    if (row.Any(c => c.OnNewPage is not null))
                    {
                        cells = CellLines(table, row.Select(c => c.OnNewPage is { } spans ? c with { Spans = spans } : c).ToList(), table.Size, bold: false);
                        height = cells.Max(c => c.Sum(l => l.Height)) + (2 * CellPadY);
                    }
                }
            }

            // A row taller than what is left of the page (and than a whole page) is split between lines.
            while (_y + height > PageFrame.Bottom)
            {
                var room = PageFrame.Bottom - _y - (2 * CellPadY);
                var now = new List<TextLine>[cells.Length];
                for (var i = 0; i < cells.Length; i++)
                {
                    var (fit, used) = (0, 0f);
                    while (fit < cells[i].Count && used + cells[i][fit].Height <= room)
                        used += cells[i][fit++].Height;
                    now[i] = cells[i].GetRange(0, fit);
                    cells[i] = cells[i].GetRange(fit, cells[i].Count - fit);
                }

                PlaceRow(widths, now, PageFrame.Bottom - _y, shade);
                NewPage();
                PlaceRow(widths, header, headerHeight, HeaderFill);
                height = cells.Max(c => c.Sum(l => l.Height)) + (2 * CellPadY);
            }

            PlaceRow(widths, cells, height, shade);
        }

        _y += 8;
    }

    private void PlaceRow(float[] widths, List<TextLine>[] cells, float height, SKColor? fill)
    {
        var x = PageFrame.Left;
        for (var i = 0; i < widths.Length; i++)
        {
            _page.Add(new RectOp(SKRect.Create(x, _y, widths[i], height), fill, Rule));
            var y = _y + CellPadY;
            foreach (var line in cells[i])
            {
                if (line.Parts.Length > 0)
                    _page.Add(new TextOp(line, x + CellPadX, y + line.Ascent, Ink));
                y += line.Height;
            }

            x += widths[i];
        }

        _y += height;
    }
}
