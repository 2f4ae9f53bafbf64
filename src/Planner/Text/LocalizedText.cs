using System.Text.Json;
using System.Text.Json.Serialization;
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

/// <summary>
/// A <see cref="LocalizedText"/> as a client sends it, before it is checked: the object
/// <c>{ "en": …, "ru": …, "zh": … }</c>, or a plain string, taken as the English text (what clients sent
/// before the field had three languages).
/// </summary>
[JsonConverter(typeof(LocalizedTextInputConverter))]
public sealed record LocalizedTextInput(string? En, string? Ru, string? Zh)
{
    /// <summary>The English text alone (a plain string sent for the field).</summary>
    public static LocalizedTextInput English(string? en) => new(en, null, null);

    /// <summary>
    /// Checks an optional text that may be left out or empty, but whose Russian or Chinese text needs its English one
    /// (<c>{field}.en</c>), the text the other languages fall back to (an exercise's texts).
    /// </summary>
    public static LocalizedText CheckOptional(Check check, string field, LocalizedTextInput? input, int maxLength = LocalizedText.MaxLength) =>
        Check(check, field, input, !string.IsNullOrWhiteSpace(input?.Ru) || !string.IsNullOrWhiteSpace(input?.Zh), maxLength);

    /// <summary>A stored text sent back as it is (a change that keeps it).</summary>
    public static LocalizedTextInput Of(LocalizedText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new(text.En, text.Ru, text.Zh);
    }

    /// <summary>Checks the texts under <paramref name="field"/> and returns the clean value.</summary>
    /// <param name="maxLength">The longest text in one language (<see cref="LocalizedText.MaxLength"/> unless the field allows more).</param>
    public static LocalizedText Check(Check check, string field, LocalizedTextInput? input, bool required = true, int maxLength = LocalizedText.MaxLength)
    {
        ArgumentNullException.ThrowIfNull(check);
        if (input is null)
        {
            if (required)
                check.Fail(field, $"{field} is required, with at least its English text ('en').");
            return new LocalizedText("", "", "");
        }

        var en = check.Text($"{field}.en", input.En, required, maxLength);
        var ru = check.Text($"{field}.ru", input.Ru, false, maxLength);
        var zh = check.Text($"{field}.zh", input.Zh, false, maxLength);
        return new LocalizedText(en, ru, zh);
    }
}

/// <summary>Reads a <see cref="LocalizedTextInput"/> from an object of languages or from a plain string (English).</summary>
public sealed class LocalizedTextInputConverter : JsonConverter<LocalizedTextInput>
{
    public override LocalizedTextInput? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String)
            return LocalizedTextInput.English(reader.GetString());
        if (reader.TokenType != JsonTokenType.StartObject)
            throw new JsonException("Expected a text: a string (English) or an object { \"en\": …, \"ru\": …, \"zh\": … }.");
        string? en = null, ru = null, zh = null;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var name = reader.GetString() ?? "";
            reader.Read();
            var value = reader.TokenType switch
            {
                JsonTokenType.String => reader.GetString(),
                JsonTokenType.Null => null,
                _ => throw new JsonException($"'{name}' must be a string."),
            };
            switch (name.ToLowerInvariant())
            {
                case "en": en = value; break;
                case "ru": ru = value; break;
                case "zh": zh = value; break;
                default: throw new JsonException($"'{name}' is not a language of a text; use en, ru or zh.");
            }
        }

        return new LocalizedTextInput(en, ru, zh);
    }

    public override void Write(Utf8JsonWriter writer, LocalizedTextInput value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        writer.WriteString("en", value.En);
        writer.WriteString("ru", value.Ru);
        writer.WriteString("zh", value.Zh);
        writer.WriteEndObject();
    }
}
