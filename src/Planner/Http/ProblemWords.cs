using System.Globalization;
using NodaTime;

namespace Planner.Http;

/// <summary>
/// Says an error in the reader's language, at the edge only: the error's code becomes the catalogue's
/// <c>{prefix}{code}</c> entry (<c>problem.rsvp.closed</c>), filled with its named arguments (<c>{deadline}</c>).
/// Dates and moments are written with <see cref="DateWords"/> as the pages write them, numbers as the language writes them,
/// a <see cref="IPhrase"/> as it says itself. A code without an entry of its own is said by its family in the registry
/// (<see cref="ErrorCode.Find"/>: <c>*.notFound</c>, <c>*.stale</c>, <c>conflict.*</c>); otherwise the English sentence the error carries is kept.
/// </summary>
public static class ProblemWords
{
    /// <summary>The code of a refusal that has no code of its own; its field messages are kept as they are.</summary>
    private const string Generic = "value.invalid";

    /// <summary>The title of an HTTP status ("Invalid value", "Недопустимое значение").</summary>
    public static string Title(int status, Catalogue catalogue, Language language)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        var key = $"problem.title.{status}";
        return catalogue.Has(key) ? catalogue.Get(key, language) : catalogue.Get("problem.title.500", language);
    }

    /// <summary>
    /// The error's sentence: a page's own (<paramref name="prefix"/> <c>form.</c>) or the API's. The API in English keeps the error's own
    /// sentence, which may say more than the catalogue's (the ids at fault).
    /// </summary>
    public static string Detail(PlannerException error, Catalogue catalogue, Language language, string prefix = "problem.")
    {
        ArgumentNullException.ThrowIfNull(error);
        if (language == Language.English && prefix == "problem.")
            return error.Message;
        // A refusal collected field by field (Check) carries its code's values on the field that failed first.
        var arguments = error.Arguments.Count > 0 ? error.Arguments
            : error.Reasons.SelectMany(r => r.Value).FirstOrDefault(r => r.Code == error.Code)?.Arguments ?? error.Arguments;
        return Say(error.Code, arguments, catalogue, language, prefix)
            ?? (prefix != "problem." ? Say(error.Code, arguments, catalogue, language, "problem.") : null)
            ?? error.Message;
    }

    /// <summary>
    /// The messages per field in the reader's language: each field's reasons said from the catalogue (<c>{prefix}{code}</c>,
    /// else <c>problem.{code}</c>); a field without reasons, or a reason without an entry or with the generic <c>value.invalid</c>, keeps its message.
    /// </summary>
    public static Dictionary<string, string[]> Fields(PlannerException error, Catalogue catalogue, Language language, string prefix = "problem.")
    {
        ArgumentNullException.ThrowIfNull(error);
        var fields = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var (field, messages) in error.Errors)
        {
            if ((language == Language.English && prefix == "problem.") || !error.Reasons.TryGetValue(field, out var reasons) || reasons.Length != messages.Length)
            {
                fields[field] = messages;
                continue;
            }

            // The generic code says nothing the message does not: the message (perhaps already in the page's words) stays.
            fields[field] = reasons.Select((r, i) => r.Code == Generic ? messages[i] :
                    Say(r.Code, r.Arguments, catalogue, language, prefix)
                    ?? (prefix != "problem." ? Say(r.Code, r.Arguments, catalogue, language, "problem.") : null)
                    ?? messages[i])
                .Distinct().ToArray();
        }

        return fields;
    }

    private static string? Say(string code, IReadOnlyDictionary<string, object?> arguments, Catalogue catalogue, Language language, string prefix)
    {
        var key = prefix + code;
        if (!catalogue.Has(key) && (ErrorCode.Find(code) is not { } family || !catalogue.Has(key = prefix + family.Sentence)))
            return null;
        var values = arguments.ToDictionary(a => a.Key, a => Written(a.Value, language, catalogue), StringComparer.Ordinal);
        return catalogue.Fill(key, language, values);
    }

    /// <summary>A value as the language writes it.</summary>
    private static string Written(object? value, Language language, Catalogue catalogue) => value switch
    {
        null => "",
        ZonedDateTime at => DateWords.Zoned(at.ToInstant(), at.Zone, language, catalogue),
        LocalDate day => DateWords.Date(day, language, catalogue),
        LocalDateTime at => DateWords.DateTime(at, language, catalogue),
        IPhrase phrase => phrase.In(language, catalogue),
        IFormattable number => number.ToString(null, Catalogue.Culture(language)),
        _ => value.ToString() ?? "",
    };
}
