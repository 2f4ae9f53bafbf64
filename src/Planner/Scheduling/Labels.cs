using Dapper;
using System.Data.Common;

namespace Planner.Scheduling;

/// <summary>Names of the records in conflicts, as a planner recognises them ("40th meeting of the RATS SCO Council (2023-09-08)").</summary>
internal sealed class Labels
{
    private readonly Dictionary<(string, long), string> _names = [];
    private readonly Dictionary<long, string> _rooms = [];
    private readonly Dictionary<long, string> _cities = [];

    /// <summary>The language of the names and sentences.</summary>
    public Language Language { get; private init; }

    /// <summary>The catalogue's sentence <c>conflict.{key}</c> in the language of these labels, filled with <paramref name="values"/>.</summary>
    public string Say(string key, params (string Name, string Value)[] values) =>
        Catalogue.Default.Fill("conflict." + key, Language, values.ToDictionary(v => v.Name, v => v.Value, StringComparer.Ordinal));

    /// <summary>A party's standing as a sentence says it ("an observer"); "none" when it has none.</summary>
    public string Standing(string? status) =>
        Catalogue.Default.Get("conflict.standing." + (status is "member" or "observer" or "dialoguePartner" ? status : "none"), Language);

    public string Of(string type, long id) => _names.GetValueOrDefault((type, id)) ?? $"{type} {id}";

    public string Event(long id) => Of("event", id);

    public string Session(long id) => Of("session", id);

    public string Person(long id) => Of("person", id);

    public string Party(long id) => Of("party", id);

    public string Venue(long id) => Of("venue", id);

    public string Blackout(long id) => Of("blackout", id);

    public string Room(long sessionId) => Say("room", ("room", _rooms.GetValueOrDefault(sessionId, "?")));

    public string City(long venueId) => _cities.GetValueOrDefault(venueId, "?");

    private sealed class Row
    {
        public long Id { get; init; }

        public string Label { get; init; } = "";

        public string? Extra { get; init; }

        public string? Start { get; init; }

        public string? End { get; init; }

        public string? Owner { get; init; }
    }

    public static async Task<Labels> LoadAsync(DbConnection c, DbTransaction? tx, IEnumerable<(string Type, long Id)> records, Language language)
    {
        var labels = new Labels { Language = language };
        foreach (var group in records.GroupBy(r => r.Type))
        {
            var ids = group.Select(r => r.Id).Distinct().ToArray();
            var sql = group.Key switch
            {
                "event" => $"SELECT id, {Name("title", language)} || ' (' || substr(start_local, 1, 10) || ')' AS Label, NULL AS Extra FROM event WHERE id IN @ids",
                "session" => $"""
                    SELECT s.id, {Name("s.title", language)} AS Label, {Name("s.room", language)} AS Extra, replace(s.start_local, 'T', ' ') AS Start,
                           substr(s.end_local, 12) AS "End", {Name("e.title", language)} AS Owner
                    FROM agenda_session s JOIN event e ON e.id = s.event_id WHERE s.id IN @ids
                    """,
                "person" => $"SELECT id, {Name("name", language)} AS Label, NULL AS Extra FROM person WHERE id IN @ids",
                "party" => $"SELECT id, {Name("name", language)} AS Label, NULL AS Extra FROM party WHERE id IN @ids",
                "venue" => $"SELECT id, {Name("name", language)} || ', ' || {Name("city", language)} AS Label, {Name("city", language)} AS Extra FROM venue WHERE id IN @ids",
                "blackout" => "SELECT id, title AS Label, NULL AS Extra, first_day AS Start, last_day AS \"End\" FROM blackout WHERE id IN @ids",
                _ => throw new ArgumentOutOfRangeException(nameof(records), group.Key, "Unknown record type."),
            };
            foreach (var chunk in ids.Chunk(500))
            {
                foreach (var row in await c.QueryAsync<Row>(Data.Dialect.Of(c).Lists(sql), new { ids = chunk }, tx))
                {
                    labels._names[(group.Key, row.Id)] = group.Key switch
                    {
                        "session" => labels.Say(row.Label.Length > 0 ? "sessionLabel" : "sessionLabelUntitled",
                            ("title", row.Label), ("start", row.Start ?? ""), ("end", row.End ?? ""), ("event", row.Owner ?? "")),
                        "blackout" => labels.Say("blackoutLabel", ("title", row.Label), ("first", row.Start ?? ""), ("last", row.End ?? "")),
                        _ => row.Label,
                    };
                    if (group.Key == "session")
                        labels._rooms[row.Id] = row.Extra ?? "";
                    if (group.Key == "venue")
                        labels._cities[row.Id] = row.Extra ?? "";
                }
            }
        }

        return labels;
    }

    /// <summary>A name column in the language, falling back to English where there is none.</summary>
    private static string Name(string column, Language language) =>
        language == Language.English ? $"{column}_en" : $"CASE {column}_{language.Code} WHEN '' THEN {column}_en ELSE {column}_{language.Code} END";
}
