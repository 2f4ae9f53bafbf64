using Dapper;
using System.Data.Common;

namespace Planner.Scheduling;

/// <summary>Names of the records in conflicts, as a planner recognises them ("40th meeting of the RATS SCO Council (2023-09-08)").</summary>
internal sealed class Labels
{
    private readonly Dictionary<(string, long), string> _names = [];
    private readonly Dictionary<long, string> _rooms = [];
    private readonly Dictionary<long, string> _cities = [];

    /// <summary>The language of the names and sentences: <c>en</c> or <c>ru</c> (<see cref="ConflictWords"/>).</summary>
    public string Language { get; private init; } = "en";

    /// <summary>The sentence in the language of these labels.</summary>
    public string Say(string en, string ru) => Language == "ru" ? ru : en;

    public string Of(string type, long id) => _names.GetValueOrDefault((type, id)) ?? $"{type} {id}";

    public string Event(long id) => Of("event", id);

    public string Session(long id) => Of("session", id);

    public string Person(long id) => Of("person", id);

    public string Party(long id) => Of("party", id);

    public string Venue(long id) => Of("venue", id);

    public string Blackout(long id) => Of("blackout", id);

    public string Room(long sessionId) => Say("Room ", "Зал ") + _rooms.GetValueOrDefault(sessionId, "?");

    public string City(long venueId) => _cities.GetValueOrDefault(venueId, "?");

    private sealed class Row
    {
        public long Id { get; init; }

        public string Label { get; init; } = "";

        public string? Extra { get; init; }
    }

    public static async Task<Labels> LoadAsync(DbConnection c, DbTransaction? tx, IEnumerable<(string Type, long Id)> records)
    {
        var labels = new Labels { Language = ConflictWords.Language };
        var ru = labels.Language == "ru";
        foreach (var group in records.GroupBy(r => r.Type))
        {
            var ids = group.Select(r => r.Id).Distinct().ToArray();
            var sql = group.Key switch
            {
                "event" => $"SELECT id, {Name("title", ru)} || ' (' || substr(start_local, 1, 10) || ')' AS Label, NULL AS Extra FROM event WHERE id IN @ids",
                "session" when ru => """
                    SELECT s.id, CASE s.title_en WHEN '' THEN '' ELSE '«' || CASE s.title_ru WHEN '' THEN s.title_en ELSE s.title_ru END || '» ' END
                           || replace(s.start_local, 'T', ' ') || '–' || substr(s.end_local, 12) || ', '
                           || CASE e.title_ru WHEN '' THEN e.title_en ELSE e.title_ru END AS Label,
                           s.room_en AS Extra
                    FROM agenda_session s JOIN event e ON e.id = s.event_id WHERE s.id IN @ids
                    """,
                "session" => """
                    SELECT s.id, CASE s.title_en WHEN '' THEN 'at ' ELSE '''' || s.title_en || ''' at ' END
                           || replace(s.start_local, 'T', ' ') || '–' || substr(s.end_local, 12) || ' of ' || e.title_en AS Label,
                           s.room_en AS Extra
                    FROM agenda_session s JOIN event e ON e.id = s.event_id WHERE s.id IN @ids
                    """,
                "person" => $"SELECT id, {Name("name", ru)} AS Label, NULL AS Extra FROM person WHERE id IN @ids",
                "party" => $"SELECT id, {Name("name", ru)} AS Label, NULL AS Extra FROM party WHERE id IN @ids",
                "venue" => $"SELECT id, {Name("name", ru)} || ', ' || {Name("city", ru)} AS Label, {Name("city", ru)} AS Extra FROM venue WHERE id IN @ids",
                "blackout" when ru => "SELECT id, title || ' (с ' || first_day || ' по ' || last_day || ')' AS Label, NULL AS Extra FROM blackout WHERE id IN @ids",
                "blackout" => "SELECT id, title || ' (' || first_day || ' to ' || last_day || ')' AS Label, NULL AS Extra FROM blackout WHERE id IN @ids",
                _ => throw new ArgumentOutOfRangeException(nameof(records), group.Key, "Unknown record type."),
            };
            foreach (var chunk in ids.Chunk(500))
            {
                foreach (var row in await c.QueryAsync<Row>(sql, new { ids = chunk }, tx))
                {
                    labels._names[(group.Key, row.Id)] = row.Label;
                    if (group.Key == "session")
                        labels._rooms[row.Id] = row.Extra ?? "";
                    if (group.Key == "venue")
                        labels._cities[row.Id] = row.Extra ?? "";
                }
            }
        }

        return labels;
    }

    /// <summary>A name column in Russian, falling back to English where there is none; English otherwise.</summary>
    private static string Name(string column, bool ru) => ru ? $"CASE {column}_ru WHEN '' THEN {column}_en ELSE {column}_ru END" : $"{column}_en";
}
