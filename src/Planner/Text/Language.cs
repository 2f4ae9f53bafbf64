using System.Diagnostics.CodeAnalysis;

namespace Planner.Text;

/// <summary>
/// One of the organisation's working languages: English, Russian or Chinese. A party corresponds in
/// one of them, documents are printed in each, and every fixed text has an entry per language.
/// </summary>
/// <remarks>
/// The default value is English, so a <see cref="Language"/> is never "no language". Codes are the
/// two-letter ISO 639-1 codes stored in the database and used in URLs (<c>en</c>, <c>ru</c>, <c>zh</c>).
/// </remarks>
public readonly record struct Language
{
    private readonly string? _code;

    private Language(string code) => _code = code;

    public static Language English { get; } = new("en");

    public static Language Russian { get; } = new("ru");

    public static Language Chinese { get; } = new("zh");

    /// <summary>Every working language, English first (the fallback and the API's default).</summary>
    public static IReadOnlyList<Language> All { get; } = [English, Russian, Chinese];

    /// <summary>The ISO 639-1 code: <c>en</c>, <c>ru</c> or <c>zh</c>.</summary>
    public string Code => _code ?? "en";

    /// <summary>Reads a code (case-insensitive; <c>ru-RU</c> and <c>zh-Hans</c> count as their language).</summary>
    public static bool TryParse([NotNullWhen(true)] string? code, out Language language)
    {
        language = English;
        if (string.IsNullOrWhiteSpace(code))
            return false;
        var primary = code.Trim().Split('-', '_')[0].ToLowerInvariant();
        foreach (var known in All)
        {
            if (known.Code == primary)
            {
                language = known;
                return true;
            }
        }

        return false;
    }

    /// <summary>Reads a code that is known to be valid (from the database); throws on anything else.</summary>
    public static Language Parse(string code) =>
        TryParse(code, out var language) ? language : throw new FormatException($"'{code}' is not one of en, ru, zh.");

    public override string ToString() => Code;
}
