using System.Reflection;

namespace Planner.Errors;

/// <summary>
/// A stable error code (<c>venue.notFound</c>, <c>event.endsBeforeStart</c>): what clients and tests branch on, and the
/// key of the sentence that says it (<c>problem.{code}</c> in each catalogue). Every code is one of the registry's
/// (<c>ErrorCodes.cs</c>), so the registry lists every error Planner can raise and a test checks each has a sentence in
/// every language.
/// </summary>
/// <remarks>
/// A code may be made more specific at run time (<see cref="Specific"/>: <c>event.notFound</c> from
/// <see cref="RecordNotFound"/>, <c>conflict.venue.doubleBooked</c> from <see cref="ConflictOne"/>); the specific code
/// is what the API answers, and it is said with its family's sentence unless the catalogue has one of its own.
/// </remarks>
public readonly partial record struct ErrorCode
{
    private ErrorCode(string value, string sentence)
    {
        Value = value;
        Sentence = sentence;
    }

    private ErrorCode(string value)
        : this(value, value)
    {
    }

    /// <summary>The code as the API gives it.</summary>
    public string Value { get; }

    /// <summary>The code whose sentence says this one: itself, or its family's for a <see cref="Specific"/> code.</summary>
    public string Sentence { get; }

    /// <summary>A more specific code of this family (<c>event.notFound</c>), said with this code's sentence.</summary>
    public ErrorCode Specific(string value) => new(value, Sentence);

    /// <summary>The registry's code <paramref name="value"/>, or a <see cref="Specific"/> code of <paramref name="family"/> when it has none of its own.</summary>
    public static ErrorCode Known(string value, ErrorCode family) => Registry.ByValue.TryGetValue(value, out var known) ? known : family.Specific(value);

    /// <summary>Every code of the registry.</summary>
    public static IReadOnlyList<ErrorCode> All => Registry.All;

    /// <summary>
    /// The registry's code whose sentence says <paramref name="code"/>: the code itself, else its family by the last part
    /// (<c>*.notFound</c>, <c>*.stale</c>) or the first (<c>conflict.*</c>); null for a code Planner never raises.
    /// </summary>
    public static ErrorCode? Find(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        if (Registry.ByValue.TryGetValue(code, out var known))
            return known;
        if (code.EndsWith(".notFound", StringComparison.Ordinal))
            return RecordNotFound;
        if (code.EndsWith(".stale", StringComparison.Ordinal))
            return RecordStale;
        return code.StartsWith("conflict.", StringComparison.Ordinal) ? ConflictOne : null;
    }

    public override string ToString() => Value;

    /// <summary>Read on first use, once the registry's fields (in another part of this type) are set.</summary>
    private static class Registry
    {
        public static readonly IReadOnlyList<ErrorCode> All = typeof(ErrorCode).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.FieldType == typeof(ErrorCode)).Select(f => (ErrorCode)f.GetValue(null)!).ToList();

        public static readonly Dictionary<string, ErrorCode> ByValue = All.ToDictionary(c => c.Value, StringComparer.Ordinal);
    }
}
