namespace Planner.Documents.Composer;

/// <summary>
/// Text in one face shaped by HarfBuzz: glyphs, their x positions from the run's start, and the
/// UTF-16 index in <see cref="Text"/> of the character each glyph came from (its cluster).
/// </summary>
internal sealed class ShapedRun(string text, Face face, float size, int start, int end, ushort[] glyphs, float[] x, int[] clusters, float width)
{
    public string Text { get; } = text;

    public Face Face { get; } = face;

    public float Size { get; } = size;

    public int Start { get; } = start;

    public int End { get; } = end;

    public ushort[] Glyphs { get; } = glyphs;

    public float[] X { get; } = x;

    /// <summary>
    /// The cluster of each glyph (index it only below <see cref="Glyphs"/>' length: a run whose glyph g came from character
    /// g, as most do, shares one longer array of 0, 1, 2, … rather than holding its own).
    /// </summary>
    public int[] Clusters { get; } = clusters;

    private static int[] _inOrder = [.. Enumerable.Range(0, 256)];

    /// <summary>An array of 0, 1, 2, … of at least <paramref name="count"/> items, shared: see <see cref="Clusters"/>.</summary>
    public static int[] InOrder(int count)
    {
        var known = Volatile.Read(ref _inOrder);
        if (known.Length >= count)
            return known;
        var longer = Enumerable.Range(0, Math.Max(count, known.Length * 2)).ToArray();
        Volatile.Write(ref _inOrder, longer);
        return longer;
    }

    public float Width { get; } = width;
}

/// <summary>Glyphs <see cref="First"/>..+<see cref="Count"/> of a run, drawn at <see cref="OffsetX"/> + the run's x, for text [TextStart, TextEnd).</summary>
internal readonly record struct LinePart(ShapedRun Run, int First, int Count, float OffsetX, int TextStart, int TextEnd);

/// <summary>One line of laid-out text: its parts, natural width and height (leading included).</summary>
internal sealed class TextLine(LinePart[] parts, float width, float size)
{
    /// <summary>The line's parts, in an array of their exact number (a long document holds tens of thousands of lines).</summary>
    public LinePart[] Parts { get; } = parts;

    public float Width { get; } = width;

    public float Size { get; } = size;

    public float Height => Size * 1.32f;

    /// <summary>Distance from the line's top to its baseline.</summary>
    public float Ascent => Size * 1.02f;

    /// <summary>The text the line shows (what a reader extracts).</summary>
    public string Text => string.Concat(Parts.Select(p => p.Run.Text[p.TextStart..p.TextEnd]));
}
