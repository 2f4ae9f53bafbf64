using System.Text.Json;

namespace Planner.Data;

/// <summary>Enum values as stored and shown: camelCase names (<c>dialoguePartner</c>).</summary>
public static class Enums
{
    public static string Name<T>(T value)
        where T : struct, Enum => JsonNamingPolicy.CamelCase.ConvertName(value.ToString());

    public static T Parse<T>(string text)
        where T : struct, Enum => Enum.Parse<T>(text, ignoreCase: true);
}
