using System.Text;

namespace Planner.Documents.Composer;

/// <summary>
/// Shapes styled text with HarfBuzz and breaks it into lines: at spaces (not inside "2009 г.", "№ 1", "15 апреля"),
/// between any two CJK characters, and at hyphenation points of Russian and English words (drawing the hyphen).
/// </summary>
internal static partial class TextLayout
{
    private const string NoBreakBefore = "，。、；：！？）」』》〉】…,.;:!?)]}%";
    private const string NoBreakAfter = "（「『《〈【([{";

    /// <summary>Texts laid out at most once per font set, size and width while kept: documents repeat them (titles, labels, roles).</summary>
    public const int MaxKept = 50_000;

    /// <summary>
    /// Lays out <paramref name="spans"/> in lines no wider than <paramref name="maxWidth"/> points. Lines are
    /// immutable and may be shared: the same text, styles, size and width give the lines laid out before.
    /// </summary>
    public static List<TextLine> Lines(FontSet fonts, IReadOnlyList<Span> spans, float size, float maxWidth)
    {
        ArgumentNullException.ThrowIfNull(fonts);
        var key = (KeyOf(spans), size, maxWidth);
        if (fonts.LaidOut.TryGet(key, out var known))
            return [.. known];
        var lines = Lay(fonts, spans, size, maxWidth);
        fonts.LaidOut.Add(key, [.. lines]);
        return lines;
    }

    /// <summary>
    /// The spans' texts and styles as one string: per span its style, its length, a NUL, then its text; one plain span
    /// without a NUL is its own key (no other key lacks a NUL), so the common cell or line makes no key of its own.
    /// </summary>
    private static string KeyOf(IReadOnlyList<Span> spans)
    {
        if (spans is [{ Bold: false, Italic: false } only] && !only.Text.Contains('\0', StringComparison.Ordinal))
            return only.Text;
        var key = new StringBuilder();
        foreach (var span in spans)
            key.Append((span.Bold ? 1 : 0) | (span.Italic ? 2 : 0)).Append(span.Text.Length).Append('\0').Append(span.Text);
        return key.ToString();
    }

    private static List<TextLine> Lay(FontSet fonts, IReadOnlyList<Span> spans, float size, float maxWidth)
    {
        var lines = new List<TextLine>();
        if (spans is [{ Bold: false, Italic: false } only] && !only.Text.AsSpan().ContainsAnyInRange('\0', '\u001F') && !only.Text.AsSpan().ContainsAnyInRange('\u007F', '\u009F'))
        {
            // The common case, one plain span without control characters (so one hard line): laid out as it is, its
            // lines referring to the span's own string rather than to a copy.
            HardLine(fonts, only.Text, Plain(only.Text.Length), size, maxWidth, lines);
            return lines;
        }

        var text = new StringBuilder();
        var styles = new List<byte>();
        foreach (var span in spans)
        {
            // Tabs and other control characters have no glyph: they print as spaces ('\n' breaks the line).
            foreach (var c in span.Text)
                text.Append(c == '\n' || !char.IsControl(c) ? c : ' ');
            var style = (byte)((span.Bold ? 1 : 0) | (span.Italic ? 2 : 0));
            for (var i = 0; i < span.Text.Length; i++)
                styles.Add(style);
        }

        var all = text.ToString();
        var from = 0;
        while (true)
        {
            var nl = all.IndexOf('\n', from);
            var to = nl < 0 ? all.Length : nl;
            HardLine(fonts, all[from..to], System.Runtime.InteropServices.CollectionsMarshal.AsSpan(styles).Slice(from, to - from), size, maxWidth, lines);
            if (nl < 0)
                break;
            from = nl + 1;
        }

        return lines;
    }

    /// <summary>Styles of plain text (all zero), shared: a long table lays out a hundred thousand cells.</summary>
    private static byte[] _plain = new byte[256];

    private static ReadOnlySpan<byte> Plain(int length)
    {
        var known = Volatile.Read(ref _plain);
        if (known.Length < length)
            Volatile.Write(ref _plain, known = new byte[Math.Max(length, known.Length * 2)]);
        return known.AsSpan(0, length);
    }

    private static void HardLine(FontSet fonts, string text, ReadOnlySpan<byte> styles, float size, float maxWidth, List<TextLine> lines)
    {
        if (text.Length == 0)
        {
            lines.Add(new TextLine([], 0, size));
            return;
        }

        var runs = Shape(fonts, text, styles, size);
        var charX = System.Buffers.ArrayPool<float>.Shared.Rent(text.Length + 1);
        var offsets = System.Buffers.ArrayPool<float>.Shared.Rent(runs.Count);
        try
        {
            Break(text, runs, charX, offsets, size, maxWidth, lines);
        }
        finally
        {
            System.Buffers.ArrayPool<float>.Shared.Return(charX);
            System.Buffers.ArrayPool<float>.Shared.Return(offsets);
        }
    }

    /// <summary>Breaks one hard line's shaped <paramref name="runs"/> into lines (<paramref name="charX"/> and <paramref name="offsets"/>: scratch of at least the text's length + 1 and the runs' count).</summary>
    private static void Break(string text, List<ShapedRun> runs, float[] charX, float[] offsets, float size, float maxWidth, List<TextLine> lines)
    {
        Array.Fill(charX, float.NaN, 0, text.Length + 1);
        var offset = 0f;
        for (var r = 0; r < runs.Count; r++)
        {
            var run = runs[r];
            offsets[r] = offset;
            for (var g = 0; g < run.Glyphs.Length; g++)
            {
                var c = run.Clusters[g];
                if (float.IsNaN(charX[c]) || offset + run.X[g] < charX[c])
                    charX[c] = offset + run.X[g];
            }

            if (float.IsNaN(charX[run.Start]))
                charX[run.Start] = offset;
            offset += run.Width;
        }

        charX[text.Length] = offset;
        for (var i = 1; i < text.Length; i++)
        {
            if (float.IsNaN(charX[i]))
                charX[i] = charX[i - 1];
        }

        var start = 0;
        while (start < text.Length)
        {
            var (end, hyphen) = FitEnd(text, runs, charX, start, maxWidth);
            lines.Add(MakeLine(text, runs, offsets, charX, start, TrimEnd(text, start, end), size, hyphen));
            start = end;
            while (start < text.Length && text[start] == ' ')
                start++;
        }
    }

    /// <summary>
    /// The end of the longest line from <paramref name="start"/> that fits, at a break opportunity if there is one,
    /// and the hyphen to draw at its end when it ends inside a word. A word wider than the whole line (a long Russian
    /// word in a narrow column) is hyphenated: the line takes as much of it as fits up to one of its hyphenation
    /// points. A word that fits on a line of its own is not: it goes to the next line whole, so names on badges and
    /// plates and phrases in tables stay whole. A word with no point that fits is broken between characters, with a
    /// hyphen between two letters of a script that hyphenates (never between Chinese characters).
    /// </summary>
    private static (int End, ShapedRun? Hyphen) FitEnd(string text, List<ShapedRun> runs, float[] charX, int start, float maxWidth)
    {
        var lastFit = -1;
        var over = -1;
        for (var i = start + 1; i <= text.Length; i++)
        {
            if (i < text.Length && !CanBreak(text, i))
                continue;
            if (charX[TrimEnd(text, start, i)] - charX[start] <= maxWidth + 0.01f)
                lastFit = i;
            else
            {
                over = i;
                break;
            }
        }

        if (over < 0 || lastFit > start)
            return (lastFit, null);
        if (Hyphenated(text, runs, charX, start, over, maxWidth) is { } hyphenated)
            return hyphenated;

        // One word wider than the line and no hyphenation point that fits: break it between characters.
        var end = start + 1;
        while (end < text.Length && (char.IsLowSurrogate(text[end]) || charX[end + 1] - charX[start] <= maxWidth))
            end++;
        if (end < text.Length && end - start > 1 && HyphenatesBetween(text[end - 1], text[end]))
        {
            var hyphen = Hyphen(runs, end - 1);
            while (end - start > 1 && charX[end] - charX[start] + hyphen.Width > maxWidth)
                end--;
            if (HyphenatesBetween(text[end - 1], text[end]))
                return (end, hyphen);
        }

        return (end, null);
    }

    /// <summary>
    /// The furthest hyphenation point in the words of [<paramref name="start"/>, <paramref name="to"/>) where the line
    /// still fits with its hyphen, or null. Words all in capitals (ШОС, RATS) are not hyphenated.
    /// </summary>
    private static (int End, ShapedRun Hyphen)? Hyphenated(string text, List<ShapedRun> runs, float[] charX, int start, int to, float maxWidth)
    {
        (int End, ShapedRun Hyphen)? best = null;
        for (var a = start; a < to;)
        {
            if (!char.IsLetter(text[a]))
            {
                a++;
                continue;
            }

            var b = a;
            while (b < text.Length && char.IsLetter(text[b]))
                b++;
            var word = text.AsSpan(a, b - a);
            if (Hyphenator.For(word[0]) is { } hyphenator && HasLower(word))
            {
                var points = hyphenator.Points(word);
                if (points.Count > 0 && charX[a + points[0]] - charX[start] < maxWidth)
                {
                    var hyphen = Hyphen(runs, a);
                    foreach (var point in points)
                    {
                        if (charX[a + point] - charX[start] + hyphen.Width > maxWidth)
                            break;
                        best = (a + point, hyphen);
                    }
                }
            }

            a = b;
        }

        return best;
    }

    private static bool HasLower(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (char.IsLower(c))
                return true;
        }

        return false;
    }

    private static bool HyphenatesBetween(char before, char after) =>
        char.IsLetter(before) && char.IsLetter(after) && Hyphenator.For(before) is not null;

    /// <summary>A hyphen shaped in the face of the run holding <paramref name="index"/>, at that run's size.</summary>
    private static ShapedRun Hyphen(List<ShapedRun> runs, int index)
    {
        var run = runs.First(r => index >= r.Start && index < r.End);
        var shaped = run.Face.Shape("-");
        var scale = run.Size / Face.Scale;
        return new ShapedRun("-", run.Face, run.Size, 0, 1, shaped.Glyphs, [.. shaped.X.Select(x => x * scale)], shaped.Clusters, shaped.Advance * scale);
    }

    private static bool CanBreak(string text, int i)
    {
        var before = text[i - 1];
        var at = text[i];
        if (at == ' ' || char.IsLowSurrogate(at))
            return false;
        if (before == ' ')
            return !Binds(text, i);
        if (NoBreakBefore.Contains(at, StringComparison.Ordinal) || NoBreakAfter.Contains(before, StringComparison.Ordinal))
            return false;
        return FontSet.IsCjk(at) || FontSet.IsCjk(before) || before == '-' && char.IsLetter(at) && i > 1 && char.IsLetter(text[i - 2]);
    }

    /// <summary>
    /// Whether the spaces before <paramref name="i"/> hold two words together: a number and the word after it
    /// ("2009 г.", "15 апреля", "15 April"), "№" or "§" and what follows ("№ 1"), and a short abbreviation and the
    /// number after it ("No. 1", "п. 3").
    /// </summary>
    private static bool Binds(string text, int i)
    {
        var end = i - 1;
        while (end >= 0 && text[end] == ' ')
            end--;
        if (end < 0)
            return false;
        var begin = end;
        while (begin > 0 && text[begin - 1] != ' ')
            begin--;
        var before = text.AsSpan(begin, end - begin + 1);
        var at = text[i];
        if (before is "№" or "§")
            return true;
        if (char.IsDigit(at))
            return before.Length is >= 2 and <= 4 && before[^1] == '.' && IsLetters(before[..^1]);
        return char.IsLetter(at) && !FontSet.IsCjk(at) && IsDigits(before);
    }

    private static bool IsDigits(ReadOnlySpan<char> span)
    {
        foreach (var c in span)
        {
            if (!char.IsAsciiDigit(c))
                return false;
        }

        return true;
    }

    private static bool IsLetters(ReadOnlySpan<char> span)
    {
        foreach (var c in span)
        {
            if (!char.IsLetter(c))
                return false;
        }

        return true;
    }

    private static int TrimEnd(string text, int start, int end)
    {
        while (end > start && text[end - 1] == ' ')
            end--;
        return end;
    }

    private static TextLine MakeLine(string text, List<ShapedRun> runs, float[] offsets, float[] charX, int start, int end, float size, ShapedRun? hyphen)
    {
        var parts = new LinePart[runs.Count + (hyphen is null ? 0 : 1)];
        var n = 0;
        for (var r = 0; r < runs.Count; r++)
        {
            var run = runs[r];
            if (run.End <= start || run.Start >= end)
                continue;
            int first = -1, last = -1;
            for (var g = 0; g < run.Glyphs.Length; g++)
            {
                if (run.Clusters[g] >= start && run.Clusters[g] < end)
                {
                    if (first < 0)
                        first = g;
                    last = g;
                }
            }

            if (first >= 0)
                parts[n++] = new LinePart(run, first, last - first + 1, offsets[r] - charX[start], Math.Max(run.Start, start), Math.Min(run.End, end));
        }

        var width = charX[end] - charX[start];
        if (hyphen is not null)
        {
            parts[n++] = new LinePart(hyphen, 0, hyphen.Glyphs.Length, width, 0, 1);
            width += hyphen.Width;
        }

        return new TextLine(n == parts.Length ? parts : parts[..n], width, size);
    }
}
