using System.Collections.Concurrent;
using HarfBuzzSharp;
using SkiaSharp;
using SkiaSharp.HarfBuzz;
using Buffer = HarfBuzzSharp.Buffer;

namespace Planner.Documents.Composer;

/// <summary>A face of the document font in a given style, with its HarfBuzz font made once (units of 1/<see cref="Scale"/> em).</summary>
internal sealed class Face
{
    public const int Scale = 2048;


    /// <summary>Words are shaped once per process and face: documents repeat them (names, titles, labels).</summary>
    private const int MaxWords = 100_000;

    /// <summary>
    /// Ligatures off: a ligature glyph (ﬀ) maps back to one character in the PDF, so "Affairs" would be
    /// extracted as "Aﬀairs"; documents are read and searched more than typeset.
    /// </summary>
    private static readonly Feature[] NoLigatures = [new(Tag.Parse("liga"), 0), new(Tag.Parse("clig"), 0), new(Tag.Parse("dlig"), 0)];

    /// <summary>A thread's HarfBuzz buffer, cleared and reused word after word (shaping runs on several threads).</summary>
    [ThreadStatic]
    private static Buffer? _buffer;

    private readonly Lazy<CharacterMap> _map;

    /// <summary>Each glyph's advance in font units, read on first use (-1: not yet); shared by the faces of one file.</summary>
    private readonly int[] _advances;
    private readonly ConcurrentDictionary<string, ShapedWord> _words;
    private readonly ConcurrentDictionary<string, ShapedWord>.AlternateLookup<ReadOnlySpan<char>> _wordsBySpan;

    /// <summary>
    /// A face; faces of one typeface (a synthesised italic) share <paramref name="sameFile"/>'s HarfBuzz font and
    /// character map rather than other copies.
    /// </summary>
    public Face(SKTypeface typeface, bool fakeBold, bool fakeItalic, Face? sameFile = null)
    {
        Typeface = typeface;
        FakeBold = fakeBold;
        FakeItalic = fakeItalic;
        if (sameFile is not null && sameFile.Typeface == typeface)
        {
            Shaper = sameFile.Shaper;
            Harfbuzz = sameFile.Harfbuzz;
            _map = sameFile._map;
            Subsets = sameFile.Subsets;
            _advances = sameFile._advances;
        }
        else
        {
            using var stream = typeface.OpenStream(out var index);
            using var blob = stream.ToHarfBuzzBlob();
            Harfbuzz = new HarfBuzzSharp.Face(blob, index);
            Shaper = new HarfBuzzSharp.Font(Harfbuzz);
            Shaper.SetScale(Scale, Scale);
            Shaper.SetFunctionsOpenType();
            _map = new Lazy<CharacterMap>(() => CharacterMap.Of(typeface));
            Subsets = new(FontSubsetter.MaxKept);
            _advances = new int[ushort.MaxValue + 1];
            Array.Fill(_advances, -1);
        }

        // Synthesised styles shape alike but are other faces: each keeps its own words.
        _words = new ConcurrentDictionary<string, ShapedWord>(StringComparer.Ordinal);
        _wordsBySpan = _words.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public SKTypeface Typeface { get; }

    /// <summary>Subsets of this face's file (shared by the faces of one file), by glyph set: see <see cref="FontSubsetter"/>.</summary>
    public Kept<string, Lazy<byte[]?>> Subsets { get; }

    /// <summary>True where no bold file exists and strokes are thickened instead.</summary>
    public bool FakeBold { get; }

    /// <summary>True where no italic file exists and glyphs are slanted instead.</summary>
    public bool FakeItalic { get; }

    /// <summary>The face file as HarfBuzz reads it: shaped with (through <see cref="Shaper"/>) and subset (<see cref="FontSubsetter"/>).</summary>
    public HarfBuzzSharp.Face Harfbuzz { get; }

    /// <summary>The HarfBuzz font; immutable once made, so shaping may run on several threads.</summary>
    public HarfBuzzSharp.Font Shaper { get; }

    /// <summary>Whether the face has a glyph for <paramref name="codepoint"/> (asked for every character laid out).</summary>
    public bool Has(int codepoint) => codepoint is >= 0 and < CharacterMap.Size ? _map.Value.GlyphOf[codepoint] != 0 : Typeface.ContainsGlyph(codepoint);

    /// <summary>
    /// Whether a PDF reader turns <paramref name="glyph"/> back into exactly <paramref name="c"/>: the PDF's
    /// ToUnicode map names, for each glyph, the lowest code point the font maps to it. Where this holds for every
    /// glyph of a run, the run needs no ActualText (<see cref="Pdf.PdfCanvas"/>).
    /// </summary>
    public bool MapsBack(ushort glyph, char c)
    {
        var map = _map.Value;
        return glyph != 0 && map.GlyphOf[c] == glyph && glyph < map.Lowest.Length && map.Lowest[glyph] == c;
    }

    /// <summary>The lowest code point of the Basic Multilingual Plane the face maps to <paramref name="glyph"/>, or -1 (what the PDF's ToUnicode map says).</summary>
    public int LowestCodePoint(ushort glyph)
    {
        var lowest = _map.Value.Lowest;
        return glyph < lowest.Length ? lowest[glyph] : -1;
    }

    /// <summary>
    /// The advance of <paramref name="glyph"/> in units of 1/<see cref="Scale"/> em, as HarfBuzz shapes with it (before
    /// kerning): the width the PDF declares for the glyph. Safe on several threads (a race writes the same value twice).
    /// </summary>
    public int Advance(ushort glyph)
    {
        var known = Volatile.Read(ref _advances[glyph]);
        if (known >= 0)
            return known;
        var advance = Shaper.GetHorizontalGlyphAdvance(glyph);
        Volatile.Write(ref _advances[glyph], advance);
        return advance;
    }

    /// <summary>
    /// <paramref name="word"/> shaped by HarfBuzz (ligatures off), in font units; remembered, so each word is
    /// shaped once. Text is shaped word by word: no kerning or contextual form crosses a space, which documents
    /// in Latin, Cyrillic and Chinese script never need.
    /// </summary>
    public ShapedWord Shape(ReadOnlySpan<char> word)
    {
        if (_wordsBySpan.TryGetValue(word, out var known))
            return known;
        var buffer = _buffer ??= new Buffer();
        buffer.ClearContents();
        buffer.AddUtf16(word);
        buffer.GuessSegmentProperties();
        Shaper.Shape(buffer, NoLigatures);
        var infos = buffer.GetGlyphInfoSpan();
        var positions = buffer.GetGlyphPositionSpan();
        var count = infos.Length;
        var (glyphs, x, clusters) = (new ushort[count], new int[count], new int[count]);
        var pen = 0;
        for (var g = 0; g < count; g++)
        {
            glyphs[g] = (ushort)infos[g].Codepoint;
            x[g] = pen + positions[g].XOffset;
            clusters[g] = (int)infos[g].Cluster;
            pen += positions[g].XAdvance;
        }

        var shaped = new ShapedWord(glyphs, x, clusters, pen);
        if (word.Length <= 64)
        {
            if (_words.Count >= MaxWords)
                _words.Clear();
            _wordsBySpan.TryAdd(word, shaped);
        }

        return shaped;
    }

    /// <summary>A shaped word in font units: glyphs, their x from the word's start, their clusters (UTF-16 index in the word), and the advance.</summary>
    internal sealed record ShapedWord(ushort[] Glyphs, int[] X, int[] Clusters, int Advance);

    /// <summary>A typeface's character map over the Basic Multilingual Plane, both ways, read once.</summary>
    private sealed class CharacterMap(ushort[] glyphOf, int[] lowest)
    {
        public const int Size = 0x10000;

        /// <summary>The glyph of each BMP code point (0: none).</summary>
        public ushort[] GlyphOf { get; } = glyphOf;

        /// <summary>The lowest BMP code point of each glyph (-1: none).</summary>
        public int[] Lowest { get; } = lowest;

        public static CharacterMap Of(SKTypeface typeface)
        {
            var codepoints = new int[Size];
            for (var i = 0; i < Size; i++)
                codepoints[i] = char.IsSurrogate((char)i) ? 0 : i;
            var glyphs = typeface.GetGlyphs(codepoints);
            var lowest = new int[Math.Max(typeface.GlyphCount, glyphs.Length == 0 ? 0 : glyphs.Max() + 1)];
            Array.Fill(lowest, -1);
            for (var c = 0; c < Size; c++)
            {
                if (glyphs[c] != 0 && lowest[glyphs[c]] < 0)
                    lowest[glyphs[c]] = c;
            }

            return new CharacterMap(glyphs, lowest);
        }
    }
}
