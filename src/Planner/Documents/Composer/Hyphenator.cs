using System.Text;

namespace Planner.Documents.Composer;

/// <summary>
/// Where a word may be hyphenated, by Liang's algorithm (as in TeX) over the patterns Debian ships for
/// LibreOffice's libhyphen: <c>hyphen-ru</c> (<c>/usr/share/hyphen/hyph_ru_RU.dic</c>) and <c>hyphen-en-us</c>
/// (<c>hyph_en_US.dic</c>). A pattern file's first line names its charset (UTF-8, KOI8-R, ISO8859-1…); it may set
/// <c>LEFTHYPHENMIN</c> and <c>RIGHTHYPHENMIN</c>, the fewest letters left before and carried after a break (2 each
/// when it does not, as libhyphen assumes). Each language is read once per process, when a word of it first needs
/// breaking; a language whose package is not installed has no hyphenator (asked again later, so installing the
/// package takes effect without a restart).
/// </summary>
internal sealed class Hyphenator
{
    /// <summary>Where Debian's hyphen-* packages put their patterns.</summary>
    public const string Folder = "/usr/share/hyphen";

    private static readonly object Loading = new();
    private static Hyphenator? _russian;
    private static Hyphenator? _english;

    private readonly Dictionary<string, byte[]> _patterns;
    private readonly Dictionary<string, byte[]>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly int _longest;

    private Hyphenator(Dictionary<string, byte[]> patterns, int leftMin, int rightMin)
    {
        _patterns = patterns;
        _lookup = patterns.GetAlternateLookup<ReadOnlySpan<char>>();
        _longest = patterns.Count == 0 ? 0 : patterns.Keys.Max(k => k.Length);
        LeftMin = leftMin;
        RightMin = rightMin;
    }

    /// <summary>The fewest letters a break leaves at the end of a line.</summary>
    public int LeftMin { get; }

    /// <summary>The fewest letters a break carries to the next line.</summary>
    public int RightMin { get; }

    /// <summary>
    /// The hyphenator for a word starting with <paramref name="letter"/>: Russian patterns for Cyrillic, American
    /// English for Latin; null for other scripts (Chinese breaks between characters) or when the package is missing.
    /// </summary>
    public static Hyphenator? For(char letter)
    {
        if (letter is >= '\u0400' and <= '\u04FF')
            return _russian ?? TryLoad(ref _russian, "hyph_ru_RU.dic");
        if (letter is >= 'A' and <= 'Z' or >= 'a' and <= 'z' or >= '\u00C0' and <= '\u024F')
            return _english ?? TryLoad(ref _english, "hyph_en_US.dic");
        return null;
    }

    /// <summary>Reads the file into <paramref name="kept"/> once, though table rows are laid out on several threads.</summary>
    private static Hyphenator? TryLoad(ref Hyphenator? kept, string file)
    {
        var path = Path.Combine(Folder, file);
        lock (Loading)
        {
            if (kept is null && File.Exists(path))
                kept = Parse(File.ReadAllBytes(path));
            return kept;
        }
    }

    /// <summary>Reads a libhyphen pattern file: the charset line, then patterns and settings one a line.</summary>
    public static Hyphenator Parse(byte[] file)
    {
        ArgumentNullException.ThrowIfNull(file);
        var firstLine = Array.IndexOf(file, (byte)'\n');
        var charset = Encoding.ASCII.GetString(file, 0, firstLine < 0 ? file.Length : firstLine).Trim();
        var text = EncodingOf(charset).GetString(file, firstLine + 1, file.Length - firstLine - 1);
        var patterns = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        var (leftMin, rightMin) = (2, 2);
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line[0] is '%' or '#')
                continue;
            if (line.StartsWith("LEFTHYPHENMIN", StringComparison.Ordinal))
                leftMin = int.Parse(line.AsSpan(13).Trim(), System.Globalization.CultureInfo.InvariantCulture);
            else if (line.StartsWith("RIGHTHYPHENMIN", StringComparison.Ordinal))
                rightMin = int.Parse(line.AsSpan(14).Trim(), System.Globalization.CultureInfo.InvariantCulture);
            else if (char.IsUpper(line[0]) || line.Contains('/', StringComparison.Ordinal))
            {
                // Other settings (COMPOUND…, NEXTLEVEL) and non-standard patterns (with a replacement after '/') do not apply.
            }
            else
                Add(patterns, line);
        }

        return new Hyphenator(patterns, leftMin, rightMin);
    }

    /// <summary>"a2ch4" → letters "ach" with the values 0 2 0 4 between and around them.</summary>
    private static void Add(Dictionary<string, byte[]> patterns, string pattern)
    {
        var letters = new StringBuilder(pattern.Length);
        var values = new List<byte> { 0 };
        foreach (var c in pattern)
        {
            if (c is >= '0' and <= '9')
                values[^1] = (byte)(c - '0');
            else
            {
                letters.Append(char.ToLowerInvariant(c));
                values.Add(0);
            }
        }

        patterns[letters.ToString()] = [.. values];
    }

    private static Encoding EncodingOf(string charset)
    {
        if (charset.Equals("UTF-8", StringComparison.OrdinalIgnoreCase))
            return Encoding.UTF8;
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(charset.Replace("ISO8859", "ISO-8859", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// The places <paramref name="word"/> (letters only) may break, as indexes of the letter the next line starts
    /// with, in ascending order; none in a word too short for <see cref="LeftMin"/> + <see cref="RightMin"/>.
    /// </summary>
    public List<int> Points(ReadOnlySpan<char> word)
    {
        var points = new List<int>();
        if (word.Length < LeftMin + RightMin)
            return points;

        // ".word." lower-cased; values[k] is the highest value any pattern puts between dotted[k - 1] and dotted[k].
        Span<char> dotted = word.Length <= 126 ? stackalloc char[word.Length + 2] : new char[word.Length + 2];
        dotted[0] = '.';
        for (var i = 0; i < word.Length; i++)
            dotted[i + 1] = char.ToLowerInvariant(word[i]);
        dotted[^1] = '.';
        Span<byte> values = dotted.Length < 128 ? stackalloc byte[dotted.Length + 1] : new byte[dotted.Length + 1];
        values.Clear();
        for (var from = 0; from < dotted.Length; from++)
        {
            for (var length = 1; length <= _longest && from + length <= dotted.Length; length++)
            {
                if (!_lookup.TryGetValue(dotted.Slice(from, length), out var pattern))
                    continue;
                for (var k = 0; k < pattern.Length; k++)
                    values[from + k] = Math.Max(values[from + k], pattern[k]);
            }
        }

        // A break before word[i] lies between dotted[i] and dotted[i + 1]: an odd value there allows it.
        for (var i = LeftMin; i <= word.Length - RightMin; i++)
        {
            if (values[i + 1] % 2 == 1)
                points.Add(i);
        }

        return points;
    }

    /// <summary>The word with a hyphen at each of its points ("hy-phen-ation"): for tests and for reading.</summary>
    public string Hyphenate(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var result = new StringBuilder(word);
        var points = Points(word);
        for (var i = points.Count - 1; i >= 0; i--)
            result.Insert(points[i], '-');
        return result.ToString();
    }

    /// <summary>How many patterns were read (a file read as the wrong charset or format would give few or none).</summary>
    public int Count => _patterns.Count;
}
