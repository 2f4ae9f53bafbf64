using System.Collections.Concurrent;
using System.IO.Compression;
using System.Text;
using Planner.Documents.Composer;
using SkiaSharp;

namespace Planner.Documents.Pdf;

/// <summary>
/// The fonts of one PDF: one per face file (a synthesised italic shares its file's), each named in content streams
/// as <c>/F1</c>, <c>/F2</c>, … and noting the glyphs drawn with it on any thread. When the pages are written, each
/// is embedded as a CID TrueType font subset to exactly those glyphs (HarfBuzz's subsetter, glyph ids kept), with
/// its widths and a ToUnicode map (each glyph to the lowest code point the font maps to it; runs whose glyphs do not
/// map back so carry their text as ActualText, see <see cref="PdfCanvas"/>).
/// </summary>
internal sealed class PdfFonts
{
    private readonly ConcurrentDictionary<SKTypeface, Entry> _fonts = new(ReferenceEqualityComparer.Instance);
    private int _count;

    /// <summary>The resource name of <paramref name="face"/>'s file ("/F3"), noting <paramref name="glyphs"/> as drawn with it.</summary>
    public string Use(Face face, ReadOnlySpan<ushort> glyphs)
    {
        if (!_fonts.TryGetValue(face.Typeface, out var entry))
            entry = _fonts.GetOrAdd(face.Typeface, new Entry(face, $"/F{Interlocked.Increment(ref _count)}"));
        var used = entry.Used;
        foreach (var glyph in glyphs)
            used[glyph] = true;
        return entry.Name;
    }

    /// <summary>The width PDF readers advance by after <paramref name="glyph"/>, in thousandths of the font size (as written in <c>/W</c>).</summary>
    public static double Width(Face face, ushort glyph) => Math.Round(face.Advance(glyph) * 1000.0 / Face.Scale, PdfBytes.Decimals);

    /// <summary>Writes every font used; returns their resource names ("/F1") and object numbers.</summary>
    public IEnumerable<(string Name, int Number)> Write(PdfFile file)
    {
        foreach (var entry in _fonts.Values.OrderBy(e => e.Name.Length).ThenBy(e => e.Name, StringComparer.Ordinal))
            yield return (entry.Name, WriteFont(file, entry));
    }

    private static int WriteFont(PdfFile file, Entry entry)
    {
        var face = entry.Face;
        var glyphs = new List<ushort>();
        for (var g = 0; g < entry.Used.Length; g++)
        {
            if (entry.Used[g])
                glyphs.Add((ushort)g);
        }

        var data = FontSubsetter.Subset(face, glyphs) ?? WholeFile(face.Typeface);
        var name = Tag(glyphs) + "+" + PostScriptName(face.Typeface);
        var (type0, cid, descriptor, program, toUnicode) = (file.Reserve(), file.Reserve(), file.Reserve(), file.Reserve(), file.Reserve());
        file.Object(type0, new PdfBytes(256).Put(
            $"<</Type /Font /Subtype /Type0 /BaseFont /{name} /Encoding /Identity-H /DescendantFonts [{cid} 0 R] /ToUnicode {toUnicode} 0 R>>"));

        var widths = new PdfBytes(64 + (glyphs.Count * 8)).Put("<</Type /Font /Subtype /CIDFontType2 /BaseFont /" + name
            + " /CIDSystemInfo <</Registry (Adobe) /Ordering (Identity) /Supplement 0>> /FontDescriptor " + descriptor + " 0 R /CIDToGIDMap /Identity /W [");
        for (var i = 0; i < glyphs.Count; i++)
        {
            if (i == 0 || glyphs[i] != glyphs[i - 1] + 1)
                widths.Put(i == 0 ? "" : "] ").Num(glyphs[i]).Put((byte)'[');
            else
                widths.Put((byte)' ');
            widths.Number(Width(face, glyphs[i]));
        }

        file.Object(cid, widths.Put(glyphs.Count > 0 ? "]]>>" : "]>>"));

        using var font = new SKFont(face.Typeface, 1000);
        var m = font.Metrics;
        file.Object(descriptor, new PdfBytes(256).Put($"<</Type /FontDescriptor /FontName /{name} /Flags 4 /FontBBox [")
            .Num(m.XMin).Num(-m.Bottom).Num(m.XMax).Number(-m.Top).Put("] /ItalicAngle 0 /Ascent ").Number(-m.Ascent)
            .Put(" /Descent ").Number(-m.Descent).Put(" /CapHeight ").Number(m.CapHeight > 0 ? m.CapHeight : -m.Ascent)
            .Put($" /StemV 80 /FontFile2 {program} 0 R>>"));
        file.Stream(program, $"/Length1 {data.Length} /Filter /FlateDecode", PdfBytes.Compress(data, CompressionLevel.Optimal));
        file.Stream(toUnicode, " /Filter /FlateDecode", PdfBytes.Compress(ToUnicode(face, glyphs).Span, CompressionLevel.Optimal));
        return type0;
    }

    /// <summary>The CMap from glyph ids to text: each glyph the font's character map reaches, to the lowest code point reaching it.</summary>
    private static PdfBytes ToUnicode(Face face, List<ushort> glyphs)
    {
        var pairs = glyphs.Select(g => (Glyph: g, CodePoint: face.LowestCodePoint(g))).Where(p => p.CodePoint > 0).ToList();
        var map = new PdfBytes(512 + (pairs.Count * 16)).Put(
            "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n/CIDSystemInfo <</Registry (Adobe) /Ordering (UCS) /Supplement 0>> def\n"
            + "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
        foreach (var chunk in pairs.Chunk(100))
        {
            map.Put($"{chunk.Length} beginbfchar\n");
            foreach (var (glyph, codePoint) in chunk)
                map.Put((byte)'<').Glyph(glyph).Put("> <"u8).Glyph((ushort)codePoint).Put(">\n"u8);
            map.Put("endbfchar\n"u8);
        }

        return map.Put("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n"u8);
    }

    /// <summary>Six capital letters naming the subset, the same for the same glyphs (PDF's convention for subset fonts).</summary>
    private static string Tag(List<ushort> glyphs)
    {
        var hash = 17u;
        foreach (var glyph in glyphs)
            hash = unchecked((hash * 31) + glyph);
        var tag = new char[6];
        for (var i = 0; i < 6; i++, hash /= 26)
            tag[i] = (char)('A' + (hash % 26));
        return new string(tag);
    }

    /// <summary>The font's PostScript name (name id 6 of its <c>name</c> table), or its family name without spaces.</summary>
    private static string PostScriptName(SKTypeface typeface)
    {
        if (typeface.TryGetTableData(HarfBuzzSharp.Tag.Parse("name"), out var table) && NameTable.PostScript(table) is { Length: > 0 } name)
            return name;
        return new string(typeface.FamilyName.Where(char.IsAsciiLetterOrDigit).ToArray());
    }

    private static byte[] WholeFile(SKTypeface typeface)
    {
        using var stream = typeface.OpenStream();
        var bytes = new byte[stream.Length];
        stream.Read(bytes, bytes.Length);
        return bytes;
    }

    private sealed record Entry(Face Face, string Name)
    {
        /// <summary>Glyphs drawn (written from several threads; a flag only ever set to true).</summary>
        public bool[] Used { get; } = new bool[ushort.MaxValue + 1];
    }

    /// <summary>Reads the PostScript name out of a font's <c>name</c> table (Windows UTF-16 records first, then Macintosh Roman).</summary>
    private static class NameTable
    {
        public static string? PostScript(byte[] t)
        {
            if (t.Length < 6)
                return null;
            int U16(int at) => (t[at] << 8) | t[at + 1];
            var (count, strings) = (U16(2), U16(4));
            string? mac = null;
            for (var r = 0; r < count && 6 + (r * 12) + 12 <= t.Length; r++)
            {
                var at = 6 + (r * 12);
                var (platform, id, length, offset) = (U16(at), U16(at + 6), U16(at + 8), U16(at + 10));
                if (id != 6 || strings + offset + length > t.Length)
                    continue;
                if (platform == 3)
                    return Clean(Encoding.BigEndianUnicode.GetString(t, strings + offset, length));
                if (platform == 1)
                    mac ??= Clean(Encoding.ASCII.GetString(t, strings + offset, length));
            }

            return mac;
        }

        private static string Clean(string name) => new([.. name.Where(c => c is > ' ' and < (char)0x7F and not ('[' or ']' or '(' or ')' or '{' or '}' or '<' or '>' or '/' or '%'))]);
    }
}
