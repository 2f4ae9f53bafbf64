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

    /// <summary>Whether these labels count untranslated texts: only those made for one document do (the shared ones are read by many at once).</summary>
    private readonly bool _counts;

    private Labels(Language language, Catalogue catalogue, bool counts = false)
    {
        _counts = counts;
        Lang = language;
        _catalogue = catalogue;
        Culture = Catalogue.Culture(language);
    }

    /// <summary>
    /// The same labels for one document: it counts the stored texts printed in English for want of a
    /// translation (<see cref="Untranslated"/>), so the document can say so once, in its footer.
    /// </summary>
    public Labels ForDocument() => new(Lang, _catalogue, counts: true);

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
    public string Language => Lang.Code;

    /// <summary>The language as a value.</summary>
    public Language Lang { get; }

    /// <summary>The culture whose month names dates are written with.</summary>
    public CultureInfo Culture { get; }

    public string this[string key] => _catalogue.Has("print." + key) ? _catalogue.Get("print." + key, Lang) : _catalogue.Get(key, Lang);

    /// <summary>
    /// A stored text in this language; where it has none, the English text as it is (no mark inline: the
    /// document's footer says once that some text is untranslated, see <see cref="UntranslatedNote"/>).
    /// </summary>
    public string Text(LocalizedText? text)
    {
        if (text is null)
            return "";
        if (_counts && !text.HasOwn(Lang) && text.En.Length > 0)
            Untranslated++;
        return text.In(Lang);
    }

    /// <summary>The label <paramref name="key"/> as it introduces a value: "Дата: ", "日期：" (full-width, no space, in Chinese).</summary>
    public string Labelled(string key) => Leading(this[key]);

    /// <summary><paramref name="text"/> introducing what follows it, as <see cref="Labelled"/> writes a label ("Этап: ", "阶段：").</summary>
    public string Leading(string text) => _catalogue.Format("print.labelled", Lang, text);

    /// <summary><paramref name="items"/> joined as this language joins a list (<see cref="Catalogue.List"/>).</summary>
    public string List(IEnumerable<string> items) => _catalogue.List(items, Lang);

    /// <summary>The date as this language writes it (<see cref="DateWords"/>).</summary>
    public string Date(NodaTime.LocalDate date) => DateWords.Date(date, Lang, _catalogue);

    /// <summary>The labels of every language, from the shipped catalogue.</summary>
    public static IReadOnlyDictionary<string, Labels> LoadAll() => LoadAll(Catalogue.Default);

    /// <summary>The labels of every language, from <paramref name="catalogue"/>.</summary>
    public static IReadOnlyDictionary<string, Labels> LoadAll(Catalogue catalogue) =>
        Planner.Text.Language.All.ToDictionary(l => l.Code, l => new Labels(l, catalogue), StringComparer.Ordinal);
}
