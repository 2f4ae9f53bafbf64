using Microsoft.Data.Sqlite;

namespace Planner.Data;

/// <summary>
/// SQLite's <c>LIKE</c>, replaced on Planner's connections so that it ignores case in every script:
/// SQLite's own folds only A–Z, so "россия" would not find "Россия". <c>%</c> and <c>_</c> keep their
/// meaning; <see cref="Contains"/> escapes them in what a person typed (use with <c>ESCAPE '\'</c>).
/// </summary>
/// <remarks>
/// Queries write <c>lower(column) LIKE lower(@pattern) ESCAPE '\'</c>, which ignores case on both databases: on
/// PostgreSQL <c>lower()</c> folds every alphabet (the database has a UTF-8 locale, or ICU), on SQLite this
/// <c>like()</c> does (SQLite's <c>lower()</c> folds only A–Z).
/// </remarks>
public static class Like
{
    /// <summary>The escape character of patterns made by <see cref="Contains"/>.</summary>
    public const char Escape = '\\';

    /// <summary>A pattern that finds <paramref name="search"/> anywhere, its <c>%</c>, <c>_</c> and <c>\</c> taken literally; null for no search.</summary>
    public static string? Contains(string? search)
    {
        if (string.IsNullOrWhiteSpace(search))
            return null;
        var escaped = search.Trim().Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);
        return "%" + escaped + "%";
    }

    /// <summary>A pattern that finds exactly <paramref name="text"/> (ignoring case), its wildcards taken literally.</summary>
    public static string Exactly(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Contains(text) is { } pattern ? pattern[1..^1] : "";
    }

    internal static void Register(SqliteConnection connection)
    {
        // X LIKE Y calls like(Y, X); X LIKE Y ESCAPE Z calls like(Y, X, Z).
        connection.CreateFunction<string?, string?, bool?>("like", (pattern, text) => Matches(pattern, text, null), isDeterministic: true);
        connection.CreateFunction<string?, string?, string?, bool?>("like",
            (pattern, text, escape) => Matches(pattern, text, escape is { Length: 1 } ? escape[0] : throw new SqliteException("ESCAPE expression must be a single character", 1)),
            isDeterministic: true);
    }

    /// <summary>Whether <paramref name="text"/> matches <paramref name="pattern"/>, ignoring case; null when either is null, as in SQL.</summary>
    public static bool? Matches(string? pattern, string? text, char? escape)
    {
        if (pattern is null || text is null)
            return null;
        int p = 0, t = 0, afterPercent = -1, resumeAt = 0;
        while (t < text.Length)
        {
            if (p < pattern.Length)
            {
                var c = pattern[p];
                if (c == '%')
                {
                    afterPercent = ++p;
                    resumeAt = t;
                    continue;
                }

                var literal = escape is { } e && c == e && p + 1 < pattern.Length;
                if (literal)
                    c = pattern[p + 1];
                if ((!literal && c == '_') || Same(c, text[t]))
                {
                    p += literal ? 2 : 1;
                    t++;
                    continue;
                }
            }

            // A mismatch: let the last % take one more character, or fail when there is none.
            if (afterPercent < 0)
                return false;
            p = afterPercent;
            t = ++resumeAt;
        }

        while (p < pattern.Length && pattern[p] == '%')
            p++;
        return p == pattern.Length;
    }

    private static bool Same(char a, char b) => a == b || char.ToUpperInvariant(a) == char.ToUpperInvariant(b);
}
