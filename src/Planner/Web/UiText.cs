using System.Collections.Frozen;
using System.Text.Json;

namespace Planner.Web;

/// <summary>
/// The words of the web pages in each interface language, from <c>templates/web/&lt;lang&gt;.json</c>.
/// Loaded at start: a language that lacks a word English has, or has an empty one, stops the service,
/// so a page never shows a blank or a key.
/// </summary>
public sealed class UiText
{
    /// <summary>The interface languages; the first is the default.</summary>
    public static readonly string[] Languages = ["en", "ru"];

    private readonly FrozenDictionary<string, FrozenDictionary<string, string>> _words;

    private UiText(FrozenDictionary<string, FrozenDictionary<string, string>> words) => _words = words;

    public static UiText Load()
    {
        var words = Languages.ToDictionary(l => l, Read);
        var english = words["en"];
        foreach (var (language, texts) in words)
        {
            var missing = english.Keys.Where(k => string.IsNullOrWhiteSpace(texts.GetValueOrDefault(k))).ToList();
            if (missing.Count > 0)
                throw new InvalidOperationException($"templates/web/{language}.json lacks: {string.Join(", ", missing)}.");
            var extra = texts.Keys.Except(english.Keys).ToList();
            if (extra.Count > 0)
                throw new InvalidOperationException($"templates/web/{language}.json has words English lacks: {string.Join(", ", extra)}.");
        }

        return new UiText(words.ToFrozenDictionary(w => w.Key, w => w.Value.ToFrozenDictionary()));
    }

    /// <summary>The word for <paramref name="key"/>; an unknown key is a programming error and throws.</summary>
    public string Get(string key, string language) =>
        _words.GetValueOrDefault(language, _words["en"]).TryGetValue(key, out var text)
            ? text
            : throw new KeyNotFoundException($"templates/web has no word '{key}'.");

    /// <summary>Whether there is a word for <paramref name="key"/> (used for enum values).</summary>
    public bool Has(string key) => _words["en"].ContainsKey(key);

    private static Dictionary<string, string> Read(string language)
    {
        var name = $"templates/web/{language}.json";
        using var stream = typeof(UiText).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"{name} is missing from the build.");
        return JsonSerializer.Deserialize<Dictionary<string, string>>(stream)
            ?? throw new InvalidOperationException($"{name} is empty.");
    }
}
