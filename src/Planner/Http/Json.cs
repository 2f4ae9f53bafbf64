using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Text;

namespace Planner.Http;

/// <summary>
/// How Planner writes and reads JSON: camelCase members, enums as camelCase strings,
/// NodaTime values as ISO-8601 text (<c>2023-09-08</c>, <c>2023-09-08T10:00</c>,
/// <c>10:00</c>, <c>2023-09-08T04:00:00Z</c>).
/// </summary>
public static class Json
{
    public static void Configure(JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.DefaultIgnoreCondition = JsonIgnoreCondition.Never;
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
        options.Converters.Add(new PatternConverter<LocalDate>(LocalDatePattern.Iso));
        options.Converters.Add(new PatternConverter<LocalTime>(
            LocalTimePattern.CreateWithInvariantCulture("HH':'mm"),
            LocalTimePattern.ExtendedIso));
        options.Converters.Add(new PatternConverter<LocalDateTime>(
            LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm"),
            LocalDateTimePattern.ExtendedIso));
        options.Converters.Add(new PatternConverter<Instant>(InstantPattern.General, InstantPattern.ExtendedIso));
    }

    /// <summary>Options for code outside the HTTP pipeline (the command line, tests).</summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        Configure(options);
        return options;
    }

    /// <summary>
    /// Writes a value with its first pattern; reads with any of the patterns, so
    /// <c>10:00</c> and <c>10:00:00</c> are both accepted.
    /// </summary>
    private sealed class PatternConverter<T>(IPattern<T> write, params IPattern<T>[] alsoRead) : JsonConverter<T>
    {
        public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType != JsonTokenType.String)
                throw new JsonException($"Expected a string like '{write.Format(Example())}'.");

            var text = reader.GetString()!;
            var result = write.Parse(text);
            foreach (var pattern in alsoRead)
            {
                if (result.Success)
                    break;
                result = pattern.Parse(text);
            }

            if (!result.Success)
                throw new JsonException($"'{text}' is not a valid {typeof(T).Name}; expected e.g. '{write.Format(Example())}'.");
            var date = result.Value switch
            {
                LocalDate d => d,
                LocalDateTime dt => dt.Date,
                Instant i => i.InUtc().Date,
                _ => (LocalDate?)null,
            };
            return date is { } day && !Dates.Supported(day) ? throw new JsonException($"'{text}': {Dates.OutOfRange}") : result.Value;
        }

        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
            writer.WriteStringValue(write.Format(value));

        private static T Example() => (T)(object)(typeof(T).Name switch
        {
            nameof(LocalDate) => new LocalDate(2023, 9, 8),
            nameof(LocalTime) => new LocalTime(10, 0),
            nameof(LocalDateTime) => new LocalDateTime(2023, 9, 8, 10, 0),
            _ => Instant.FromUtc(2023, 9, 8, 4, 0),
        });
    }
}
