using System.Globalization;

namespace Planner.Documents;

/// <summary>
/// The fixed texts of printed documents in one language: the catalogue's <c>print.*</c> entries by their short key
/// (<c>l["agenda"]</c> is <c>print.agenda</c>), and any other catalogue entry by its full key (<c>l["org.short"]</c>,
/// <c>l["headOfDelegation"]</c>). The catalogue is checked at start, so a document never prints a gap.
/// </summary>
public sealed class Labels
{
    private readonly Catalogue _catalogue;

    private Labels(Language language, Catalogue catalogue)
    {
        Lang = language;
        _catalogue = catalogue;
        Culture = Catalogue.Culture(language);
    }

    /// <summary>en, ru or zh.</summary>
    public string Language => Lang.Code;

    /// <summary>The language as a value.</summary>
    public Language Lang { get; }

    /// <summary>The culture whose month names dates are written with.</summary>
    public CultureInfo Culture { get; }

    public string this[string key] => _catalogue.Has("print." + key) ? _catalogue.Get("print." + key, Lang) : _catalogue.Get(key, Lang);

    /// <summary>
    /// Content in this language; where it is missing, the English text followed by the fallback mark
    /// ("[en]"), so a reader sees that a translation is due.
    /// </summary>
    public string Text(LocalizedText? text)
    {
        if (text is null)
            return "";
        if (text.HasOwn(Lang) || Lang == Planner.Text.Language.English || text.En.Length == 0)
            return text.In(Lang);
        return $"{text.En} {this["fallback"]}";
    }

    /// <summary>The date as this language writes it (<see cref="DateWords"/>).</summary>
    public string Date(NodaTime.LocalDate date) => DateWords.Date(date, Lang, _catalogue);

    /// <summary>The labels of every language, from the shipped catalogue.</summary>
    public static IReadOnlyDictionary<string, Labels> LoadAll() => LoadAll(Catalogue.Default);

    /// <summary>The labels of every language, from <paramref name="catalogue"/>.</summary>
    public static IReadOnlyDictionary<string, Labels> LoadAll(Catalogue catalogue) =>
        Planner.Text.Language.All.ToDictionary(l => l.Code, l => new Labels(l, catalogue), StringComparer.Ordinal);
}
