using System.Collections.Frozen;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Planner.Text;

/// <summary>
/// Every fixed text Planner shows, prints or sends, in each working language, from
/// <c>templates/text/{en,ru,zh}.json</c> (shipped inside the assembly): page words, document labels and
/// markings, mail sentences, RSVP texts, the titles and sentences of errors, date patterns and the names of
/// time zones. One lookup, <see cref="Get"/>, taking a <see cref="Language"/>.
/// </summary>
/// <remarks>
/// Loading checks the catalogue: every language has every key English has, no more, none empty, and no
/// entry names a placeholder (<c>{title}</c>, <c>{0}</c>) its English entry lacks (a language may leave one out, as
/// Russian says "your delegation" where English names the party), so a service never starts with a gap or a
/// sentence waiting for a value nobody gives. Sentences are whole entries with named placeholders, never glued
/// from parts. The organisation's own names (<c>org.*</c>) may be replaced from configuration
/// (<see cref="OrganisationOptions"/>).
/// </remarks>
public sealed partial class Catalogue
{
    private static readonly Lazy<Catalogue> Embedded = new(() => Load(ReadEmbedded));

    private readonly FrozenDictionary<string, string>[] _texts;

    private Catalogue(FrozenDictionary<string, string>[] texts) => _texts = texts;

    /// <summary>The catalogue as shipped, with the default organisation names (for code that has no configuration).</summary>
    public static Catalogue Default => Embedded.Value;

    /// <summary>Every key (the English file's).</summary>
    public IEnumerable<string> Keys => _texts[0].Keys;

    /// <summary>The text of <paramref name="key"/>; an unknown key is a programming error and throws.</summary>
    public string Get(string key, Language language) =>
        _texts[Index(language)].TryGetValue(key, out var text) ? text
            : throw new KeyNotFoundException($"templates/text has no entry '{key}'.");

    /// <summary><paramref name="items"/> as one list, joined as the language joins them ("Казахстан, Китай", "哈萨克斯坦、中国": entry <c>listSeparator</c>).</summary>
    public string List(IEnumerable<string> items, Language language) => string.Join(Get("listSeparator", language), items);

    /// <summary>Whether there is an entry <paramref name="key"/> (the same in every language).</summary>
    public bool Has(string key) => _texts[0].ContainsKey(key);

    /// <summary>The entry with its numbered placeholders (<c>{0}</c>, <c>{1}</c>) filled, numbers written as the language writes them.</summary>
    public string Format(string key, Language language, params object?[] values) =>
        string.Format(Culture(language), Get(key, language), values);

    /// <summary>The entry with its named placeholders (<c>{title}</c>) filled; a name without a value is left as it is.</summary>
    public string Fill(string key, Language language, IReadOnlyDictionary<string, string> values) =>
        Fill(Get(key, language), values);

    /// <summary>Fills the named placeholders of <paramref name="text"/>.</summary>
    public static string Fill(string text, IReadOnlyDictionary<string, string> values)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(values);
        return Placeholder().Replace(text, m => values.TryGetValue(m.Groups[1].Value, out var v) ? v : m.Value);
    }

    /// <summary>The culture whose numbers and month names a language uses.</summary>
    public static CultureInfo Culture(Language language) =>
        CultureInfo.GetCultureInfo(language == Language.Russian ? "ru-RU" : language == Language.Chinese ? "zh-CN" : "en-GB");

    /// <summary>A copy in which the organisation's configured names replace the shipped ones.</summary>
    public Catalogue With(OrganisationOptions organisation)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        var names = organisation.Entries().ToList();
        if (names.Count == 0)
            return this;
        var texts = Language.All.Select((language, i) =>
        {
            var copy = _texts[i].ToDictionary(t => t.Key, t => t.Value, StringComparer.Ordinal);
            foreach (var (key, values) in names)
            {
                if (values.TryGetValue(language.Code, out var value) && !string.IsNullOrWhiteSpace(value))
                    copy[key] = value.Trim();
            }

            return copy.ToFrozenDictionary(StringComparer.Ordinal);
        }).ToArray();
        return new Catalogue(texts);
    }

    /// <summary>Loads and checks the catalogue read by <paramref name="read"/> (a language's JSON text; null when missing).</summary>
    /// <exception cref="InvalidOperationException">A file is missing or empty, or a language lacks, adds or leaves empty an entry, or names a placeholder English lacks.</exception>
    public static Catalogue Load(Func<Language, string?> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        var texts = Language.All.Select(l => Parse(l, read(l))).ToArray();
        var english = texts[0];
        var problems = new List<string>();
        for (var i = 1; i < texts.Length; i++)
        {
            var language = Language.All[i];
            var missing = english.Keys.Where(k => string.IsNullOrWhiteSpace(texts[i].GetValueOrDefault(k))).ToList();
            if (missing.Count > 0)
                problems.Add($"templates/text/{language}.json lacks: {string.Join(", ", missing)}.");
            var extra = texts[i].Keys.Except(english.Keys).ToList();
            if (extra.Count > 0)
                problems.Add($"templates/text/{language}.json has entries English lacks: {string.Join(", ", extra)}.");
            var unlike = english.Where(e => texts[i].TryGetValue(e.Key, out var t) && !Names(t).IsSubsetOf(Names(e.Value))).Select(e => e.Key).ToList();
            if (unlike.Count > 0)
                problems.Add($"templates/text/{language}.json names placeholders English does not have in: {string.Join(", ", unlike)}.");
        }

        var emptyEnglish = english.Where(e => string.IsNullOrWhiteSpace(e.Value)).Select(e => e.Key).ToList();
        if (emptyEnglish.Count > 0)
            problems.Add($"templates/text/en.json has empty entries: {string.Join(", ", emptyEnglish)}.");
        if (problems.Count > 0)
            throw new InvalidOperationException("The text catalogue is not usable: " + string.Join(" ", problems));
        return new Catalogue(texts.Select(t => t.ToFrozenDictionary(StringComparer.Ordinal)).ToArray());
    }

    private static Dictionary<string, string> Parse(Language language, string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
            throw new InvalidOperationException($"templates/text/{language}.json is missing or empty.");
        return JsonSerializer.Deserialize<Dictionary<string, string>>(json)
            ?? throw new InvalidOperationException($"templates/text/{language}.json is empty.");
    }

    private static string? ReadEmbedded(Language language)
    {
        using var stream = typeof(Catalogue).Assembly.GetManifestResourceStream($"templates/text/{language}.json");
        if (stream is null)
            return null;
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    private static HashSet<string> Names(string text) =>
        Placeholder().Matches(text).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);

    private static int Index(Language language) => language == Language.Russian ? 1 : language == Language.Chinese ? 2 : 0;

    /// <summary>A placeholder: <c>{name}</c> or <c>{0}</c> (a format such as <c>{0:N0}</c> counts by its name).</summary>
    [GeneratedRegex(@"\{(\w+)(?::[^}]*)?\}")]
    private static partial Regex Placeholder();
}
