namespace Planner.Scheduling;

public enum Severity
{
    /// <summary>Refuses the change that causes it, unless the request accepts conflicts.</summary>
    Error,

    /// <summary>Shown, never blocks.</summary>
    Warning,
}

/// <summary>A record involved in a conflict: <c>event</c>, <c>session</c>, <c>person</c>, <c>party</c>, <c>venue</c> or <c>blackout</c>.</summary>
public sealed record ConflictRecord(string Type, long Id, string Label);

/// <summary>
/// A clash found by Planner, with a code (<c>venue.doubleBooked</c>, <c>person.travel</c>…),
/// its severity, the records involved and a sentence for people.
/// </summary>
public sealed record Conflict(string Code, Severity Severity, string Message, IReadOnlyList<ConflictRecord> Records)
{
    /// <summary>The sentence in every language (<see cref="Message"/> is the English one, which the API gives).</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public LocalizedText? Said { get; init; }

    /// <summary>The sentence in <paramref name="language"/>.</summary>
    public string In(Language language) => Said?.In(language) ?? Message;

    /// <summary>Identifies the clash regardless of the order its records were found in.</summary>
    public string Key => Code + ":" + string.Join(",", Records.Select(r => $"{r.Type}{r.Id}").Order(StringComparer.Ordinal));
}
