namespace Planner.Documents.Composer;

/// <summary>Shaping: text split where the face changes, each piece shaped word by word.</summary>
internal static partial class TextLayout
{
    /// <summary>A thread's list of shaped words, reused from run to run (shaping is done on several threads).</summary>
    [ThreadStatic]
    private static List<(Face.ShapedWord Word, int At)>? _words;

    /// <summary>Splits the text where the face changes (script, style) and shapes each piece.</summary>
    private static List<ShapedRun> Shape(FontSet fonts, string text, ReadOnlySpan<byte> styles, float size)
    {
        var runs = new List<ShapedRun>();
        var runStart = 0;
        Face? face = null;
        for (var i = 0; i < text.Length; i += char.IsHighSurrogate(text[i]) && i + 1 < text.Length ? 2 : 1)
        {
            var cp = char.IsSurrogatePair(text, i) ? char.ConvertToUtf32(text, i) : char.IsSurrogate(text[i]) ? 0xFFFD : text[i];
            var style = styles[i];
            var wanted = fonts.For(cp, (style & 1) != 0, (style & 2) != 0);
            if (face is not null && wanted != face && !(IsNeutral(cp) && styles[i] == styles[runStart] && face.Has(cp)))
            {
                runs.Add(ShapeRun(text, face, size, runStart, i));
                runStart = i;
                face = wanted;
            }

            face ??= wanted;
        }

        runs.Add(ShapeRun(text, face!, size, runStart, text.Length));
        return runs;
    }

    /// <summary>Characters that stay in the face of the text around them (digits do not: they keep the Latin face's figures next to Chinese).</summary>
    private static bool IsNeutral(int cp) => cp is ' ' or '-' or ',' or '.' or ':' or ';' or '(' or ')' or '/';

    /// <summary>Shapes text [start, end) in one face, word by word (a word: a stretch of spaces, or of anything else).</summary>
    private static ShapedRun ShapeRun(string text, Face face, float size, int start, int end)
    {
        var scale = size / Face.Scale;
        var words = _words ??= [];
        words.Clear();
        var count = 0;
        for (var at = start; at < end;)
        {
            var space = text[at] == ' ';
            var to = at + 1;
            while (to < end && (text[to] == ' ') == space)
                to++;
            var word = face.Shape(text.AsSpan(at, to - at));
            words.Add((word, at));
            count += word.Glyphs.Length;
            at = to;
        }

        var (glyphs, x, clusters) = (new ushort[count], new float[count], new int[count]);
        var (pen, n, identity) = (0, 0, start == 0);
        foreach (var (word, at) in words)
        {
            for (var g = 0; g < word.Glyphs.Length; g++, n++)
            {
                glyphs[n] = word.Glyphs[g];
                x[n] = (pen + word.X[g]) * scale;
                clusters[n] = at + word.Clusters[g];
                identity &= clusters[n] == n;
            }

            pen += word.Advance;
        }

        words.Clear();
        return new ShapedRun(text, face, size, start, end, glyphs, x, identity ? ShapedRun.InOrder(count) : clusters, pen * scale);
    }
}
