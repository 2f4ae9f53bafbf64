namespace Planner.Documents.Composer;

/// <summary>
/// Removes the CJK radical characters (U+2E80–U+2FDF) from the format-12 character maps of one face of
/// an OpenType font or collection held in memory, so that ideographs sharing a glyph with a radical
/// (十 and ⼗) are written to a PDF's ToUnicode map as the ideograph. The groups keep their places
/// (the map stays sorted); they point to glyph 0, which every reader skips.
/// </summary>
internal static class CmapPatch
{
    private const uint CollectionTag = 0x74746366; // 'ttcf'
    private const uint CmapTag = 0x636D6170; // 'cmap'
    private const uint Os2Tag = 0x4F532F32; // 'OS/2'

    /// <summary>Patches <paramref name="font"/> in place; returns how many groups now point nowhere. A malformed file is left alone.</summary>
    public static int RemoveRadicals(byte[] font, int faceIndex)
    {
        ArgumentNullException.ThrowIfNull(font);
        try
        {
            long table = U32(font, 0) == CollectionTag ? U32(font, 12 + (4 * faceIndex)) : 0;
            var tables = U16(font, table + 4);
            long cmap = -1;
            for (var i = 0; i < tables; i++)
            {
                var record = table + 12 + (16 * i);
                if (U32(font, record) == CmapTag)
                    cmap = U32(font, record + 8);
            }

            if (cmap < 0)
                return 0;
            var patched = 0;
            var seen = new HashSet<long>();
            var subtables = U16(font, cmap + 2);
            for (var i = 0; i < subtables; i++)
            {
                var sub = cmap + U32(font, cmap + 4 + (8 * i) + 4);
                if (!seen.Add(sub) || U16(font, sub) != 12)
                    continue;
                var groups = U32(font, sub + 12);
                for (var g = 0L; g < groups; g++)
                {
                    var at = sub + 16 + (12 * g);
                    if (U32(font, at) >= 0x2E80 && U32(font, at + 4) <= 0x2FDF)
                    {
                        Array.Clear(font, (int)(at + 8), 4);
                        patched++;
                    }
                }
            }

            return patched;
        }
        catch (IndexOutOfRangeException)
        {
            return 0;
        }
    }

    /// <summary>
    /// Marks a face as "restricted licence embedding" (OS/2 fsType = 2). Skia's PDF writer in SkiaSharp's
    /// build cannot subset TrueType fonts and would embed the whole file (about 700 KB per style); for such
    /// faces it writes Type 3 fonts holding only the glyphs used, with a ToUnicode map, instead.
    /// </summary>
    public static bool EmbedGlyphsOnly(byte[] font, int faceIndex)
    {
        ArgumentNullException.ThrowIfNull(font);
        try
        {
            long table = U32(font, 0) == CollectionTag ? U32(font, 12 + (4 * faceIndex)) : 0;
            var tables = U16(font, table + 4);
            for (var i = 0; i < tables; i++)
            {
                var record = table + 12 + (16 * i);
                if (U32(font, record) != Os2Tag)
                    continue;
                var fsType = U32(font, record + 8) + 8;
                font[fsType] = 0;
                font[fsType + 1] = 2;
                return true;
            }

            return false;
        }
        catch (IndexOutOfRangeException)
        {
            return false;
        }
    }

    private static uint U32(byte[] b, long at) => (uint)((b[at] << 24) | (b[at + 1] << 16) | (b[at + 2] << 8) | b[at + 3]);

    private static int U16(byte[] b, long at) => (b[at] << 8) | b[at + 1];
}
