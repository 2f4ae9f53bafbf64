using System.Collections.Concurrent;
using System.Runtime.InteropServices;
using SkiaSharp;

namespace Planner.Documents.Composer;

/// <summary>
/// The glyphs a document draws, face file by face file, and the subset fonts that hold only them. A document's text
/// is drawn with the subsets, so Skia's PDF writer embeds each as a small CID TrueType font (<c>FontFile2</c>). Skia's
/// build in SkiaSharp has no subsetter: it names every embedded TrueType font as a subset (<c>AAAAAA+Name</c>) but
/// writes the file it is given whole (1.1 MB for DejaVu Sans, 20 MB for a Chinese document's two faces).
/// </summary>
/// <remarks>
/// Glyph ids are kept (HarfBuzz's subsetter with "retain glyph ids"): the text is shaped once with the whole font
/// and drawn with the subset unchanged. The ids not kept cost a few zero bytes in <c>loca</c> and <c>hmtx</c>,
/// which the PDF's compression removes.
/// </remarks>
internal sealed class GlyphUse
{
    private readonly Dictionary<SKTypeface, (Face Face, bool[] Used)> _used = new(ReferenceEqualityComparer.Instance);

    /// <summary>Notes the glyphs of every text in <paramref name="ops"/>.</summary>
    public void Add(IEnumerable<Op> ops)
    {
        foreach (var op in ops)
        {
            if (op is not TextOp text)
                continue;
            foreach (var part in text.Line.Parts)
            {
                var face = part.Run.Face;
                if (!_used.TryGetValue(face.Typeface, out var entry))
                    _used[face.Typeface] = entry = (face, new bool[ushort.MaxValue + 1]);
                var glyphs = part.Run.Glyphs;
                for (var g = part.First; g < part.First + part.Count; g++)
                    entry.Used[glyphs[g]] = true;
            }
        }
    }

    /// <summary>The subset of each face file used (made once per face file and glyph set, see <see cref="FontSubsetter"/>).</summary>
    public SubsetFonts Subset()
    {
        var subsets = new Dictionary<SKTypeface, (SKTypeface, bool[])>(ReferenceEqualityComparer.Instance);
        foreach (var (typeface, (face, used)) in _used)
        {
            var glyphs = new List<ushort>();
            for (var g = 0; g < used.Length; g++)
            {
                if (used[g])
                    glyphs.Add((ushort)g);
            }

            subsets[typeface] = (FontSubsetter.Subset(face, glyphs), used);
        }

        return new SubsetFonts(subsets);
    }
}

/// <summary>
/// The typeface to draw glyphs of a face with: the face's subset for this document, or the whole face for glyphs
/// the subset lacks (text drawn without being noted first: correct, only larger). Also the document's
/// <see cref="SKFont"/>s, made once per face, size and file rather than once per page; disposed with the document.
/// </summary>
internal sealed class SubsetFonts(Dictionary<SKTypeface, (SKTypeface Subset, bool[] Has)> subsets) : IDisposable
{
    private readonly ConcurrentDictionary<(Face Face, float Size, SKTypeface File), SKFont> _fonts = new();

    /// <summary>The font to draw <paramref name="face"/> at <paramref name="size"/> with <paramref name="file"/>; owned by this object.</summary>
    public SKFont Font(Face face, float size, SKTypeface file) =>
        _fonts.GetOrAdd((face, size, file), key => key.Face.Font(key.Size, key.File));

    public void Dispose()
    {
        foreach (var font in _fonts.Values)
            font.Dispose();
        _fonts.Clear();
    }

    public SKTypeface For(Face face, ReadOnlySpan<ushort> glyphs)
    {
        if (!subsets.TryGetValue(face.Typeface, out var subset))
            return face.Typeface;
        foreach (var glyph in glyphs)
        {
            if (!subset.Has[glyph])
                return face.Typeface;
        }

        return subset.Subset;
    }
}

/// <summary>
/// Subsets a face file to a set of glyphs with HarfBuzz's subsetter (exported by the <c>libHarfBuzzSharp</c> that
/// SkiaSharp.HarfBuzz ships), keeping glyph ids. A subset is made once per face file and glyph set and kept by the face (up to
/// <see cref="MaxKept"/>), so documents printed again, or alike, do not subset again.
/// </summary>
internal static class FontSubsetter
{
    /// <summary>Subsets kept: a Chinese subset with its glyph ids retained is up to about 300 KB in memory.</summary>
    public const int MaxKept = 64;

    // hb_subset_flags_t and hb_subset_sets_t (hb-subset.h).
    private const uint RetainGids = 0x2;
    private const int DropTableTags = 3;

    /// <summary>Tables the PDF never reads: shaping (done with the whole font beforehand), vertical metrics, glyph names.</summary>
    private static readonly string[] Dropped = ["GSUB", "GPOS", "GDEF", "BASE", "JSTF", "vhea", "vmtx", "VORG", "DSIG", "kern", "morx", "MATH", "COLR", "CPAL", "SVG "];

    /// <summary>The subset of <paramref name="face"/>'s file holding <paramref name="glyphs"/> (ascending; glyph 0 is always kept), or the whole face where HarfBuzz cannot subset it.</summary>
    public static SKTypeface Subset(Face face, IReadOnlyList<ushort> glyphs)
    {
        ArgumentNullException.ThrowIfNull(face);
        var key = new string(glyphs.Select(g => (char)g).ToArray());
        return face.Subsets.GetOrAdd(key, _ => new Lazy<SKTypeface>(() => Make(face, glyphs))).Value;
    }

    private static SKTypeface Make(Face face, IReadOnlyList<ushort> glyphs)
    {
        var bytes = Run(face.Harfbuzz.Handle, glyphs);
        if (bytes is null)
            return face.Typeface;
        using var data = SKData.CreateCopy(bytes);
        return SKTypeface.FromData(data) ?? face.Typeface;
    }

    private static byte[]? Run(IntPtr source, IReadOnlyList<ushort> glyphs)
    {
        var input = Native.hb_subset_input_create_or_fail();
        if (input == IntPtr.Zero)
            return null;
        try
        {
            Native.hb_subset_input_set_flags(input, RetainGids);
            var glyphSet = Native.hb_subset_input_set(input, 0);
            Native.hb_set_add(glyphSet, 0);
            foreach (var glyph in glyphs)
                Native.hb_set_add(glyphSet, glyph);
            var drop = Native.hb_subset_input_set(input, DropTableTags);
            foreach (var tag in Dropped)
                Native.hb_set_add(drop, (uint)((tag[0] << 24) | (tag[1] << 16) | (tag[2] << 8) | tag[3]));
            var subset = Native.hb_subset_or_fail(source, input);
            if (subset == IntPtr.Zero)
                return null;
            var blob = Native.hb_face_reference_blob(subset);
            try
            {
                var data = Native.hb_blob_get_data(blob, out var length);
                if (data == IntPtr.Zero || length == 0)
                    return null;
                var bytes = new byte[length];
                Marshal.Copy(data, bytes, 0, (int)length);
                return bytes;
            }
            finally
            {
                Native.hb_blob_destroy(blob);
                Native.hb_face_destroy(subset);
            }
        }
        finally
        {
            Native.hb_subset_input_destroy(input);
        }
    }

    private static class Native
    {
        private const string Library = "libHarfBuzzSharp";

        [DllImport(Library)]
        public static extern IntPtr hb_subset_input_create_or_fail();

        [DllImport(Library)]
        public static extern void hb_subset_input_destroy(IntPtr input);

        [DllImport(Library)]
        public static extern void hb_subset_input_set_flags(IntPtr input, uint flags);

        [DllImport(Library)]
        public static extern IntPtr hb_subset_input_set(IntPtr input, int setType);

        [DllImport(Library)]
        public static extern void hb_set_add(IntPtr set, uint codepoint);

        [DllImport(Library)]
        public static extern IntPtr hb_subset_or_fail(IntPtr source, IntPtr input);

        [DllImport(Library)]
        public static extern IntPtr hb_face_reference_blob(IntPtr face);

        [DllImport(Library)]
        public static extern void hb_face_destroy(IntPtr face);

        [DllImport(Library)]
        public static extern IntPtr hb_blob_get_data(IntPtr blob, out uint length);

        [DllImport(Library)]
        public static extern void hb_blob_destroy(IntPtr blob);
    }
}
