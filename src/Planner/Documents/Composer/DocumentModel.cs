namespace Planner.Documents.Composer;

/// <summary>
/// A document to compose: what every page carries (running header, footer, watermark), the PDF
/// metadata, and the blocks that flow from page to page. Build one and pass it to <see cref="PdfComposer"/>.
/// </summary>
/// <param name="Title">Document title: PDF metadata and the right of the running header.</param>
/// <param name="Author">PDF metadata author (the organisation or the secretariat).</param>
/// <param name="Language">BCP 47 language of the text (en, ru, zh), written to the PDF metadata.</param>
/// <param name="Organisation">Left of the running header on every page.</param>
/// <param name="Marking">Centre of the running header, in red (DRAFT, a protective marking); empty for none.</param>
/// <param name="Watermark">Large grey text drawn diagonally behind every page's content; empty for none.</param>
/// <param name="PageLabel">Footer text with {0} for the page number and {1} for the page count ("Page {0} of {1}").</param>
/// <param name="Blocks">The content, in reading order.</param>
public sealed record DocumentSpec(
    string Title,
    string Author,
    string Language,
    string Organisation,
    string Marking,
    string Watermark,
    string PageLabel,
    IReadOnlyList<Block> Blocks)
{
    /// <summary>Title in the running header, when shorter than <see cref="Title"/> is wanted.</summary>
    public string? RunningTitle { get; init; }

    /// <summary>
    /// A line printed once, in the footer of the first page above the page number: that some text is in
    /// English for want of a translation. Empty for none.
    /// </summary>
    public string FooterNote { get; init; } = "";

    /// <summary>Optional cover page before the content: emblem, title lines, a few more lines.</summary>
    public Cover? Cover { get; init; }
}

/// <summary>A cover page: an emblem image (PNG/JPEG bytes) centred at the top third, a title and lines below.</summary>
public sealed record Cover(byte[]? Emblem, string Title, IReadOnlyList<string> Lines);

/// <summary>A piece of content that the composer places on pages.</summary>
public abstract record Block;

/// <summary>A run of text in one style. Text may contain '\n' for a forced line break.</summary>
public sealed record Span(string Text, bool Bold = false, bool Italic = false);

/// <summary>Horizontal placement of the lines of a paragraph.</summary>
public enum Align
{
    Left,
    Center,
    Right,
}

/// <summary>
/// A heading (level 1 largest). It is kept on the same page as the start of the block that follows it (with a
/// paragraph kept with the next, or a heading, the start of what follows those): never the last line of a page.
/// </summary>
public sealed record Heading(string Text, int Level = 1) : Block;

/// <summary>A paragraph of styled spans broken into lines at spaces, or anywhere between CJK characters.</summary>
public sealed record Paragraph(IReadOnlyList<Span> Spans, float Size = 10.5f, Align Align = Align.Left) : Block
{
    public Paragraph(string text, bool bold = false, float size = 10.5f, Align align = Align.Left)
        : this([new Span(text, bold)], size, align)
    {
    }

    /// <summary>True to keep this paragraph on the page of the block that follows (a caption, a label).</summary>
    public bool KeepWithNext { get; init; }

    /// <summary>Extra space below, in points.</summary>
    public float SpaceAfter { get; init; } = 4;
}

/// <summary>A bulleted list; each item is one paragraph.</summary>
public sealed record BulletList(IReadOnlyList<IReadOnlyList<Span>> Items, float Size = 10.5f) : Block;

/// <summary>
/// A table: column widths (relative, e.g. 1, 3, 2), a header row repeated at the top of every page the
/// table spans, and rows that move to the next page whole, or split line by line when taller than a page.
/// A column that no row has anything in is left out, unless <see cref="KeepEmptyColumns"/>.
/// </summary>
public sealed record Table(IReadOnlyList<float> Widths, IReadOnlyList<Cell> Header, IReadOnlyList<IReadOnlyList<Cell>> Rows, float Size = 9.5f) : Block
{
    /// <summary>True to print every column even when empty: a scale whose empty columns say something (ratings P S M U), a form to fill in.</summary>
    public bool KeepEmptyColumns { get; init; }
}

/// <summary>A table cell: styled spans. <see cref="Shade"/> fills it light grey (a group row).</summary>
public sealed record Cell(IReadOnlyList<Span> Spans, bool Shade = false)
{
    public Cell(string text, bool bold = false)
        : this([new Span(text, bold)])
    {
    }

    /// <summary>What the cell shows instead when its row is the first on a new page: a group's name continued ("India (continued)").</summary>
    public IReadOnlyList<Span>? OnNewPage { get; init; }
}

/// <summary>An image (PNG/JPEG bytes) centred, <paramref name="Width"/> points wide.</summary>
public sealed record Picture(byte[] Data, float Width) : Block;

/// <summary>Vertical space in points.</summary>
public sealed record Spacer(float Height) : Block;

/// <summary>Starts a new page.</summary>
public sealed record PageBreak : Block;
