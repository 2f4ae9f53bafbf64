using System.Globalization;
using SkiaSharp;

namespace Planner.Documents.Composer;

/// <summary>
/// The fonts of every document: DejaVu Sans for Latin and Cyrillic (and most symbols), Noto Sans CJK SC
/// for Chinese, chosen character by character with fallback from one to the other. Found in the Debian
/// packages' folders (fonts-dejavu-core, fonts-noto-cjk) or through fontconfig; loaded once per process.
/// </summary>
/// <remarks>
/// Noto CJK maps the Kangxi radicals (U+2F00–U+2FDF) and the CJK radicals supplement to the same glyphs
/// as ideographs such as 十 (U+5341). A PDF's ToUnicode map names one character per glyph, and Skia picks
/// the lowest code point, so 十 would be extracted as ⼗. The CJK font is therefore loaded from memory
/// with those radicals removed from its character map (<see cref="CmapPatch"/>); documents never need them.
/// </remarks>
public sealed class FontSet : IDisposable
{
    private static readonly string[] DejaVuFolders = ["/usr/share/fonts/truetype/dejavu", "/usr/share/fonts/dejavu", "/usr/local/share/fonts"];
    private static readonly string[] NotoFolders = ["/usr/share/fonts/opentype/noto", "/usr/share/fonts/noto-cjk", "/usr/share/fonts/google-noto-cjk", "/usr/local/share/fonts"];
    private static readonly Lock SharedLock = new();
    private static FontSet? _shared;

    private readonly Face[] _latin;
    private readonly Lock _cjkLock = new();
    private Face[]? _cjk;
    private long _cjkLookedAt = -30_001;

    private FontSet()
    {
        var regular = Load(DejaVuFolders, "DejaVuSans.ttf", "DejaVu Sans", SKFontStyle.Normal)
            ?? throw Missing("DejaVu Sans (Latin and Cyrillic)", "fonts-dejavu-core");
        var bold = Load(DejaVuFolders, "DejaVuSans-Bold.ttf", "DejaVu Sans", SKFontStyle.Bold);
        var italic = Load(DejaVuFolders, "DejaVuSans-Oblique.ttf", "DejaVu Sans", SKFontStyle.Italic);
        var boldItalic = Load(DejaVuFolders, "DejaVuSans-BoldOblique.ttf", "DejaVu Sans", SKFontStyle.BoldItalic);
        var latin = new Face(regular, false, false);
        var latinBold = new Face(bold ?? regular, bold is null, false, latin);
        _latin =
        [
            latin,
            latinBold,
            new Face(italic ?? regular, false, italic is null, latin),
            new Face(boldItalic ?? bold ?? regular, bold is null, boldItalic is null, latinBold),
        ];
    }

    /// <summary>
    /// Noto Sans CJK, loaded on the first CJK character (the files are 20 MB each, so documents in English
    /// and Russian never load them). Null where it is not installed: those documents still print, and text
    /// in Chinese is refused (see <see cref="For"/>).
    /// </summary>
    private static Face[]? LoadCjkFaces()
    {
        var cjkRegular = LoadCjk("NotoSansCJK-Regular.ttc");
        if (cjkRegular is null)
            return null;
        var cjkBold = LoadCjk("NotoSansCJK-Bold.ttc");
        var upright = new Face(cjkRegular, false, false);
        var boldUpright = new Face(cjkBold ?? cjkRegular, cjkBold is null, false, upright);
        return
        [
            upright,
            boldUpright,
            new Face(cjkRegular, false, true, upright),
            new Face(cjkBold ?? cjkRegular, cjkBold is null, true, boldUpright),
        ];
    }

    /// <summary>The fonts of this process; throws <see cref="FontsMissingException"/> naming the package to install.</summary>
    /// <remarks>A failure is not remembered: once the packages are installed, the next document finds them, no restart needed.</remarks>
    public static FontSet Instance
    {
        get
        {
            if (Volatile.Read(ref _shared) is { } fonts)
                return fonts;
            lock (SharedLock)
                return _shared ??= new FontSet();
        }
    }

    /// <summary>The CJK faces, or null while none is installed (looked for again at most every 30 seconds).</summary>
    private Face[]? Cjk
    {
        get
        {
            if (Volatile.Read(ref _cjk) is { } faces)
                return faces;
            lock (_cjkLock)
            {
                if (_cjk is null && Environment.TickCount64 - _cjkLookedAt > 30_000)
                {
                    _cjkLookedAt = Environment.TickCount64;
                    _cjk = LoadCjkFaces();
                }

                return _cjk;
            }
        }
    }

    /// <summary>The face for text in style (bold, italic) that should show <paramref name="codepoint"/>.</summary>
    /// <exception cref="FontsMissingException">The text is Chinese and no CJK font is installed.</exception>
    internal Face For(int codepoint, bool bold, bool italic)
    {
        var style = (bold ? 1 : 0) + (italic ? 2 : 0);
        if (IsCjk(codepoint))
            return Cjk is { } cjk ? cjk[style] : throw Missing("Noto Sans CJK (Chinese)", "fonts-noto-cjk");
        if (_latin[0].Has(codepoint) || Cjk is not { } other || !other[0].Has(codepoint))
            return _latin[style];
        return other[style];
    }

    /// <summary>Latin face of the style, for measuring fixed texts such as bullets.</summary>
    internal Face Latin(bool bold, bool italic) => _latin[(bold ? 1 : 0) + (italic ? 2 : 0)];

    /// <summary>Ideographs, kana, CJK punctuation and full-width forms: text that may break between any two characters.</summary>
    public static bool IsCjk(int c) =>
        c is >= 0x2E80 and <= 0x9FFF or >= 0xF900 and <= 0xFAFF or >= 0xFE30 and <= 0xFE4F or >= 0xFF00 and <= 0xFFEF or >= 0x20000 and <= 0x3FFFF;

    private static SKTypeface? Load(string[] folders, string file, string family, SKFontStyle style)
    {
        foreach (var folder in folders)
        {
            var path = Path.Combine(folder, file);
            if (File.Exists(path))
            {
                var bytes = File.ReadAllBytes(path);
                CmapPatch.EmbedGlyphsOnly(bytes, 0);
                using var data = SKData.CreateCopy(bytes);
                return SKTypeface.FromData(data);
            }
        }

        // Elsewhere (another distribution): ask fontconfig, and accept only the family asked for.
        var typeface = SKFontManager.Default.MatchFamily(family, style);
        return typeface is not null && typeface.FamilyName == family && typeface.FontStyle.Weight == style.Weight
            && typeface.FontStyle.Slant == style.Slant ? typeface : null;
    }

    private static SKTypeface? LoadCjk(string file)
    {
        var path = NotoFolders.Select(f => Path.Combine(f, file)).FirstOrDefault(File.Exists);
        if (path is null)
        {
            // Another CJK font that fontconfig knows (not the Debian package): used as it is, when it has the glyphs.
            var match = file.Contains("Regular", StringComparison.Ordinal) ? SKFontManager.Default.MatchCharacter('中') : null;
            return match is not null && match.ContainsGlyph('中') ? match : null;
        }
        var bytes = File.ReadAllBytes(path);
        for (var index = 0; index < 10; index++)
        {
            using var probe = SKTypeface.FromFile(path, index);
            if (probe is null)
                break;
            if (probe.FamilyName != "Noto Sans CJK SC")
                continue;
            CmapPatch.RemoveRadicals(bytes, index);
            using var data = SKData.CreateCopy(bytes);
            return SKTypeface.FromData(data, index);
        }

        return SKTypeface.FromFile(path);
    }

    private static FontsMissingException Missing(string what, string package) =>
        new(string.Create(CultureInfo.InvariantCulture,
            $"Documents need the font {what}, which is not installed. On Debian or Ubuntu: apt-get install {package} (tests/run.sh installs it)."));

    public void Dispose()
    {
        foreach (var shaper in _latin.Concat(_cjk ?? []).Select(f => f.Shaper).Distinct())
            shaper.Dispose();
    }
}

/// <summary>A font that documents need is not installed; the message names the package.</summary>
public sealed class FontsMissingException : Exception
{
    public FontsMissingException()
    {
    }

    public FontsMissingException(string message)
        : base(message)
    {
    }

    public FontsMissingException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
