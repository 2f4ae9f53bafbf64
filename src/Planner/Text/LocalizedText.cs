using Planner.Http;

namespace Planner.Text;

/// <summary>
/// A name or title in the organisation's languages: English, Russian and Chinese.
/// English is required; a missing Russian or Chinese text is empty and readers fall
/// back to English (<see cref="In(Language)"/>).
/// </summary>
public sealed record LocalizedText(string En, string Ru, string Zh)
{
    /// <summary>The longest text Planner stores in one language.</summary>
    public const int MaxLength = 500;

    /// <summary>The text in <paramref name="language"/> (en, ru, zh), or the English text where that is empty.</summary>
    public string In(string language) => language switch
    {
        "ru" when Ru.Length > 0 => Ru,
        "zh" when Zh.Length > 0 => Zh,
        _ => En,
    };

    /// <summary>The text in <paramref name="language"/>, or the English text where that is empty.</summary>
    public string In(Language language) => In(language.Code);

    /// <summary>Whether <paramref name="language"/> has its own text (English always counts as translated).</summary>
    public bool HasOwn(Language language) => language.Code switch
    {
        "ru" => Ru.Length > 0,
        "zh" => Zh.Length > 0,
        _ => true,
    };
}

/// <summary>A <see cref="LocalizedText"/> as a client sends it, before it is checked.</summary>
public sealed record LocalizedTextInput(string? En, string? Ru, string? Zh)
{
    /// <summary>Checks the texts under <paramref name="field"/> and returns the clean value.</summary>
    public static LocalizedText Check(Check check, string field, LocalizedTextInput? input, bool required = true)
    {
        ArgumentNullException.ThrowIfNull(check);
        if (input is null)
        {
            if (required)
                check.Fail(field, $"{field} is required, with at least its English text ('en').");
            return new LocalizedText("", "", "");
        }

        var en = check.Text($"{field}.en", input.En, required, LocalizedText.MaxLength);
        var ru = check.Text($"{field}.ru", input.Ru, false, LocalizedText.MaxLength);
        var zh = check.Text($"{field}.zh", input.Zh, false, LocalizedText.MaxLength);
        return new LocalizedText(en, ru, zh);
    }
}
