using System.Text.Json;
using Dapper;
using System.Data.Common;
using NodaTime;
using Planner.Data;

namespace Planner.History;

/// <summary>One change to one record: when, who, what, and each field before and after.</summary>
public sealed record HistoryEntry(Instant At, string Actor, string Entity, long? EntityId, string Action, IReadOnlyList<FieldChange> Changes);

/// <summary>A field's value before and after a change (null before an insert, after a delete).</summary>
public sealed record FieldChange(string Field, JsonElement? Before, JsonElement? After);

/// <summary>Reads the history that the triggers of <see cref="HistoryTriggers"/> write.</summary>
public static class HistoryStore
{
    /// <summary>The entities whose history can be asked for, and how their records are found.</summary>
    public static readonly IReadOnlySet<string> Entities = new HashSet<string>(StringComparer.Ordinal)
    {
        "event", "party", "person", "venue", "series", "blackout",
    };

    /// <summary>
    /// The changes of one record, newest first. An event's and a party's history include the changes of
    /// the records under them (participations, delegations, agenda, exercise plan; statuses, people).
    /// </summary>
    public static async Task<IReadOnlyList<HistoryEntry>> ForAsync(DbConnection c, string entity, long id, int limit = 200)
    {
        ArgumentNullException.ThrowIfNull(c);
        var where = entity switch
        {
            "event" => "event_id = @id OR (entity = 'event' AND entity_id = @id)",
            "party" => "party_id = @id OR (entity = 'party' AND entity_id = @id)",
            _ => "entity = @entity AND entity_id = @id",
        };
        var rows = await c.QueryAsync<Row>(
            $"SELECT at, actor, entity, entity_id AS EntityId, action, changes FROM history WHERE {where} ORDER BY id DESC LIMIT @limit",
            new { entity, id, limit });
        return rows.Select(r => new HistoryEntry(Sql.Instant(r.At), r.Actor, r.Entity, r.EntityId, r.Action, Parse(r.Changes))).ToList();
    }

    private static List<FieldChange> Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.EnumerateArray().Select(e => new FieldChange(
            e.GetProperty("field").GetString() ?? "",
            Value(e, "before"),
            Value(e, "after"))).ToList();
    }

    private static JsonElement? Value(JsonElement change, string name) =>
        change.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? value.Clone() : null;

    private sealed record Row(long At, string Actor, string Entity, long? EntityId, string Action, string Changes);
}
