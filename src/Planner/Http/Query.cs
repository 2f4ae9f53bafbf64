using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace Planner.Http;

/// <summary>Reads query-string values; a value that does not parse ends the request with 400 naming the parameter.</summary>
public static class Query
{
    /// <summary>An ISO date (<c>2023-09-08</c>), or <paramref name="fallback"/> where absent.</summary>
    public static LocalDate Date(string name, string? text, LocalDate fallback) => Date(name, text) ?? fallback;

    public static LocalDate? Date(string name, string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return null;
        var result = LocalDatePattern.Iso.Parse(text.Trim());
        if (!result.Success)
            throw PlannerException.Malformed(name, $"'{text}' is not a date; write it as 2023-09-08.", ErrorCode.QueryNotDate, ("value", text));
        return Dates.Supported(result.Value) ? result.Value : throw PlannerException.Malformed(name, $"'{text}': {Dates.OutOfRange}", ErrorCode.QueryDateOutOfRange, ("value", text));
    }

    /// <summary>A comma-separated list of ids (<c>3,5,8</c>); empty where absent.</summary>
    public static IReadOnlyList<long> Ids(string name, string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return [];
        var ids = new List<long>();
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!long.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var id) || id <= 0)
                throw PlannerException.Malformed(name, $"'{part}' is not an id; {name} is a comma-separated list of ids such as 3,5,8.", ErrorCode.QueryNotIds, ("value", part));
            ids.Add(id);
        }

        return ids.Count <= 1000 ? ids : throw PlannerException.Malformed(name, $"{name} names at most 1,000 ids.", ErrorCode.QueryTooManyIds, ("max", 1000));
    }

    /// <summary>An enum value by its camelCase name (<c>dialoguePartner</c>), any case; null where absent.</summary>
    public static T? Enum<T>(string name, string? text)
        where T : struct, System.Enum
    {
        if (string.IsNullOrWhiteSpace(text))
            return null;
        if (Data.Enums.TryParse<T>(text) is { } value)
            return value;
        var names = string.Join(", ", System.Enum.GetValues<T>().Select(v => Data.Enums.Name(v)));
        throw PlannerException.Malformed(name, $"'{text}' is not one of {names}.", ErrorCode.QueryNotOneOf, ("value", text), ("names", names));
    }
}
