using System.Globalization;
using SkiaSharp;

namespace Planner.Documents.Composer;

/// <summary>
/// The fonts of every document: DejaVu Sans for Latin and Cyrillic (and most symbols), LXGW WenKai for
/// Chinese, chosen character by character with fallback from one to the other. Found in the Debian
/// packages' folders (fonts-dejavu-core, fonts-lxgw-wenkai) or through fontconfig; loaded once per font set, on
/// the first text laid out. The host registers one font set (and the <see cref="PdfComposer"/> that uses it) as a
/// singleton; the command line, the tests and the benchmarks make their own.
/// </summary>
/// <remarks>
/// Every face has TrueType outlines (a <c>glyf</c> table): the PDF writer embeds each as a CID TrueType font
/// (<c>FontFile2</c>, subset by <see cref="FontSubsetter"/>); faces with CFF outlines, such as Noto Sans CJK, are not
/// used. LXGW WenKai is the Chinese face in Debian with TrueType outlines, the full
/// simplified set with Chinese punctuation, and a real bold; it also keeps the Kangxi radicals apart from the
/// ideographs (⼗ and 十 are two glyphs), so a PDF's ToUnicode map gives each back as itself.
/// </remarks>
public sealed class FontSet : IDisposable
{
    private static readonly string[] DejaVuFolders = ["/usr/share/fonts/truetype/dejavu", "/usr/share/fonts/dejavu", "/usr/local/share/fonts"];
    private static readonly string[] CjkFolders = ["/usr/share/fonts/truetype/lxgw-wenkai", "/usr/share/fonts/lxgw-wenkai", "/usr/local/share/fonts"];
    private readonly Lock _latinLock = new();
    private readonly Lock _cjkLock = new();
    private Face[]? _latin;
    private Face[]? _cjk;
    private long _cjkLookedAt = -30_001;

    /// <summary>
    /// DejaVu Sans in its four styles; throws <see cref="FontsMissingException"/> naming the package to install. A failure
    /// is not remembered: once the package is installed, the next document finds the fonts, no restart needed.
    /// </summary>
    private Face[] Latins
    {
        get
        {
            if (Volatile.Read(ref _latin) is { } faces)
                return faces;
            lock (_latinLock)
                return _latin ??= LoadLatinFaces();
        }
    }

    private static Face[] LoadLatinFaces()
    {
        var regular = Load(DejaVuFolders, "DejaVuSans.ttf", "DejaVu Sans", SKFontStyle.Normal)
            ?? throw Missing("DejaVu Sans (Latin and Cyrillic)", "fonts-dejavu-core");
        var bold = Load(DejaVuFolders, "DejaVuSans-Bold.ttf", "DejaVu Sans", SKFontStyle.Bold);
        var italic = Load(DejaVuFolders, "DejaVuSans-Oblique.ttf", "DejaVu Sans", SKFontStyle.Italic);
        var boldItalic = Load(DejaVuFolders, "DejaVuSans-BoldOblique.ttf", "DejaVu Sans", SKFontStyle.BoldItalic);
        var latin = new Face(regular, false, false);
        var latinBold = new Face(bold ?? regular, bold is null, false, latin);
        return
        [
            latin,
            latinBold,
            new Face(italic ?? regular, false, italic is null, latin),
            new Face(boldItalic ?? bold ?? regular, bold is null, boldItalic is null, latinBold),
        ];
    }

    /// <summary>
    /// LXGW WenKai, loaded on the first CJK character (the files are 15 MB each, so documents in English
    /// and Russian never load them). Null where it is not installed: those documents still print, and text
    /// in Chinese is refused (see <see cref="For"/>).
    /// </summary>
    private static Face[]? LoadCjkFaces()
    {
        var cjkRegular = LoadCjk("LXGWWenKai-Regular.ttf", bold: false);
        if (cjkRegular is null)
            return null;
        var cjkBold = LoadCjk("LXGWWenKai-Bold.ttf", bold: true);
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

    /// <summary>Texts this font set has laid out (see <see cref="TextLayout.Lines"/>), by text and styles, size and width.</summary>
    internal Kept<(string Key, float Size, float MaxWidth), TextLine[]> LaidOut { get; } = new(TextLayout.MaxKept);

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
            return Cjk is { } cjk ? cjk[style] : throw Missing("LXGW WenKai (Chinese)", "fonts-lxgw-wenkai");
        var latin = Latins;
        if (latin[0].Has(codepoint) || Cjk is not { } other || !other[0].Has(codepoint))
            return latin[style];
        return other[style];
    }

    /// <summary>Latin face of the style, for measuring fixed texts such as bullets.</summary>
    internal Face Latin(bool bold, bool italic) => Latins[(bold ? 1 : 0) + (italic ? 2 : 0)];

    /// <summary>Ideographs, kana, CJK punctuation and full-width forms: text that may break between any two characters.</summary>
    public static bool IsCjk(int c) =>
        c is >= 0x2E80 and <= 0x9FFF or >= 0xF900 and <= 0xFAFF or >= 0xFE30 and <= 0xFE4F or >= 0xFF00 and <= 0xFFEF or >= 0x20000 and <= 0x3FFFF;

    private static SKTypeface? Load(string[] folders, string file, string family, SKFontStyle style)
    {
        if (folders.Select(f => Path.Combine(f, file)).FirstOrDefault(File.Exists) is { } path)
            return SKTypeface.FromFile(path);

        // Elsewhere (another distribution): ask fontconfig, and accept only the family asked for.
        var typeface = SKFontManager.Default.MatchFamily(family, style);
        return typeface is not null && typeface.FamilyName == family && typeface.FontStyle.Weight == style.Weight
            && typeface.FontStyle.Slant == style.Slant && HasTrueTypeOutlines(typeface) ? typeface : null;
    }

    private static SKTypeface? LoadCjk(string file, bool bold)
    {
        if (Load(CjkFolders, file, "LXGW WenKai", bold ? SKFontStyle.Bold : SKFontStyle.Normal) is { } wenkai)
            return wenkai;

        // Another Chinese face that fontconfig knows, used as it is when it has the glyphs and TrueType outlines.
        var match = !bold ? SKFontManager.Default.MatchCharacter('中') : null;
        return match is not null && match.ContainsGlyph('中') && HasTrueTypeOutlines(match) ? match : null;
    }

    /// <summary>Whether the face's outlines are TrueType (<c>glyf</c>), the kind a PDF embeds as a subset font.</summary>
    private static bool HasTrueTypeOutlines(SKTypeface typeface) => typeface.GetTableTags().Contains(0x676C7966u);

    private static FontsMissingException Missing(string what, string package) =>
        new(string.Create(CultureInfo.InvariantCulture,
            $"Documents need the font {what}, which is not installed. On Debian or Ubuntu: apt-get install {package} (tests/run.sh installs it)."));

    public void Dispose()
    {
        foreach (var shaper in (_latin ?? []).Concat(_cjk ?? []).Select(f => f.Shaper).Distinct())
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
