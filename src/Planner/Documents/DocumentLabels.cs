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

    private Labels(string language, IReadOnlyDictionary<string, string> texts)
    {
        Language = language;
        _texts = texts;
        Culture = CultureInfo.GetCultureInfo(language switch { "ru" => "ru-RU", "zh" => "zh-CN", _ => "en-GB" });
    }

    /// <summary>en, ru or zh.</summary>
    public string Language { get; }

    /// <summary>The culture whose month names dates are written with.</summary>
    public CultureInfo Culture { get; }

    public string this[string key] => _texts.TryGetValue(key, out var text) ? text
        : throw new KeyNotFoundException($"No document label '{key}' in templates/documents/{Language}.json.");

    /// <summary>
    /// Content in this language; where it is missing, the English text followed by the fallback mark
    /// ("[en]"), so a reader sees that a translation is due.
    /// </summary>
    public string Text(LocalizedText? text)
    {
        if (text is null)
            return "";
        var own = Language switch { "ru" => text.Ru, "zh" => text.Zh, _ => text.En };
        if (own.Length > 0 || Language == "en" || text.En.Length == 0)
            return text.In(Language);
        return $"{text.En} {this["fallback"]}";
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
