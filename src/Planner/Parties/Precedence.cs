using Microsoft.Extensions.Options;
using Planner.Hosting;

namespace Planner.Parties;

/// <summary>
/// The order of precedence of parties in lists, seating and rotation: alphabetical by their
/// names in the configured language under that language's collation (Russian for the SCO:
/// Беларусь, Индия, Иран, Казахстан, Китай, Кыргызстан, Пакистан, Россия, Таджикистан, Узбекистан).
/// </summary>
public sealed class Precedence
{
    public Precedence(IOptions<PlannerOptions> options)
        : this(options?.Value.PrecedenceLanguage ?? "ru")
    {
    }

    public Precedence(string language)
    {
        if (!Languages.IsKnown(language))
            throw new ArgumentOutOfRangeException(nameof(language), language, "Planner:PrecedenceLanguage is one of en, ru, zh.");
        Language = language;
    }

    /// <summary>en, ru or zh.</summary>
    public string Language { get; }

    /// <summary>An ORDER BY term over the name columns given per language, with the language's collation.</summary>
    public string OrderBy(string en, string ru, string zh) => Language switch
    {
        "ru" => $"{ru} COLLATE ru",
        "zh" => $"{zh} COLLATE zh",
        _ => $"{en} COLLATE en",
    };

    /// <summary>An ORDER BY term over columns named <c>{prefix}en</c>, <c>{prefix}ru</c>, <c>{prefix}zh</c>.</summary>
    public string OrderBy(string prefix) => OrderBy(prefix + "en", prefix + "ru", prefix + "zh");
}
