using System.Runtime.InteropServices;

namespace Planner.Documents.Composer;

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

    /// <summary>
    /// The font file of <paramref name="face"/> cut down to <paramref name="glyphs"/> (ascending; glyph 0 is always
    /// kept), the same array for the same glyphs; null where HarfBuzz cannot subset the file.
    /// </summary>
    public static byte[]? Subset(Face face, IReadOnlyList<ushort> glyphs)
    {
        ArgumentNullException.ThrowIfNull(face);
        var key = new string(glyphs.Select(g => (char)g).ToArray());
        return face.Subsets.GetOrAdd(key, _ => new Lazy<byte[]?>(() => Run(face.Harfbuzz.Handle, glyphs))).Value;
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
                Native.hb_set_add(drop, HarfBuzzSharp.Tag.Parse(tag));
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
