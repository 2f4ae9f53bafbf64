using System.Globalization;
using System.Text.Json;
using Planner.Http;
using Planner.Parties;

namespace Planner.Documents;

/// <summary>
/// The fixed texts of printed documents in one language, from <c>templates/documents/{lang}.json</c>
/// (shipped inside the assembly). Every language must have every label English has: a missing one
/// stops the service at start rather than printing a gap.
/// </summary>
public sealed class Labels
{
    private readonly IReadOnlyDictionary<string, string> _texts;

    /// <summary>Whether these labels count untranslated texts: only those made for one document do (the shared ones are read by many at once).</summary>
    private readonly bool _counts;

    private Labels(string language, IReadOnlyDictionary<string, string> texts, bool counts = false)
    {
        _counts = counts;
        Language = language;
        _texts = texts;
        Culture = CultureInfo.GetCultureInfo(language switch { "ru" => "ru-RU", "zh" => "zh-CN", _ => "en-GB" });
    }

    /// <summary>
    /// The same labels for one document: it counts the stored texts printed in English for want of a
    /// translation (<see cref="Untranslated"/>), so the document can say so once, in its footer.
    /// </summary>
    public Labels ForDocument() => new(Language, _texts, counts: true);

    /// <summary>
    /// How many stored texts <see cref="Text"/> gave in English because this language has none (only on
    /// labels made by <see cref="ForDocument"/> for one document).
    /// </summary>
    public int Untranslated { get; private set; }

    /// <summary>
    /// The footer note of a document that printed any text untranslated ("Часть текста приводится на
    /// английском языке: перевод отсутствует."), or empty when everything is in the document's language.
    /// </summary>
    public string UntranslatedNote => Untranslated > 0 ? this["untranslatedNote"] : "";

    /// <summary>en, ru or zh.</summary>
    public string Language { get; }

    /// <summary>The culture whose month names dates are written with.</summary>
    public CultureInfo Culture { get; }

    public string this[string key] => _texts.TryGetValue(key, out var text) ? text
        : throw new KeyNotFoundException($"No document label '{key}' in templates/documents/{Language}.json.");

    /// <summary>
    /// A stored text in this language; where it has none, the English text as it is (no mark inline: the
    /// document's footer says once that some text is untranslated, see <see cref="UntranslatedNote"/>).
    /// </summary>
    public string Text(LocalizedText? text)
    {
        if (text is null)
            return "";
        if (_counts && !text.HasOwn(Planner.Text.Language.Parse(Language)) && text.En.Length > 0)
            Untranslated++;
        return text.In(Language);
    }

    public string Date(NodaTime.LocalDate date) => date.ToString(this["datePattern"], Culture);

    /// <summary>Loads and checks the labels of every language.</summary>
    public static IReadOnlyDictionary<string, Labels> LoadAll()
    {
        var all = Languages.All.ToDictionary(l => l, Read, StringComparer.Ordinal);
        var keys = all["en"]._texts.Keys.ToHashSet(StringComparer.Ordinal);
        foreach (var (language, labels) in all)
        {
            var missing = keys.Except(labels._texts.Keys).ToList();
            if (missing.Count > 0)
                throw new InvalidOperationException($"templates/documents/{language}.json lacks the labels {string.Join(", ", missing)}.");
        }

        return all;
    }

    private static Labels Read(string language)
    {
        var name = $"templates/documents/{language}.json";
        using var stream = typeof(Labels).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The document labels {name} are missing from the build.");
        var texts = JsonSerializer.Deserialize<Dictionary<string, string>>(stream)
            ?? throw new InvalidOperationException($"{name} is empty.");
        return new Labels(language, texts);
    }
}
