using System.Text.Json;

namespace Planner.Data;

/// <summary>Enum values as stored and shown: camelCase names (<c>dialoguePartner</c>).</summary>
public static class Enums
{
    public static string Name<T>(T value)
        where T : struct, Enum => JsonNamingPolicy.CamelCase.ConvertName(value.ToString());

    public static T Parse<T>(string text)
        where T : struct, Enum => Enum.Parse<T>(text, ignoreCase: true);

    /// <summary>
    /// A value by its name in any case (<c>dialoguePartner</c>, <c>DialoguePartner</c>); null for an empty,
    /// unknown or numeric text, since <see cref="Enum.TryParse{TEnum}(string, bool, out TEnum)"/> would take "5" as a value.
    /// </summary>
    public static T? TryParse<T>(string? text)
        where T : struct, Enum
    {
        var trimmed = text?.Trim();
        if (string.IsNullOrEmpty(trimmed) || !char.IsLetter(trimmed[0]))
            return null;
        return Enum.TryParse<T>(trimmed, ignoreCase: true, out var value) && Enum.IsDefined(value) ? value : null;
    }
}
