using Dapper;

namespace Planner.Exercises;

/// <summary>Query parameters for texts kept in three columns (<c>scope_en</c>, <c>scope_ru</c>, <c>scope_zh</c>).</summary>
internal static class TextParameters
{
    /// <summary>
    /// The parameters of <paramref name="values"/> and, for each named text, <c>@{name}En</c>, <c>@{name}Ru</c> and
    /// <c>@{name}Zh</c> (<c>("scope", plan.Scope)</c> gives <c>@scopeEn</c>, <c>@scopeRu</c>, <c>@scopeZh</c>).
    /// </summary>
    public static DynamicParameters With(object values, params (string Name, LocalizedText Text)[] texts)
    {
        var parameters = new DynamicParameters(values);
        foreach (var (name, text) in texts)
        {
            parameters.Add(name + "En", text.En);
            parameters.Add(name + "Ru", text.Ru);
            parameters.Add(name + "Zh", text.Zh);
        }

        return parameters;
    }
}
