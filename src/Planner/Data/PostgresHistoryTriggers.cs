using System.Text;
using Dapper;
using System.Data.Common;

namespace Planner.Data;

/// <summary>
/// The history triggers of <see cref="HistoryTriggers"/> on PostgreSQL: per table and action a PL/pgSQL function and
/// an <c>AFTER … FOR EACH ROW</c> trigger of the same name (<c>history_&lt;table&gt;_&lt;action&gt;</c>), writing the
/// same rows as on SQLite. Values go into the JSON as themselves (numbers as numbers, texts as strings).
/// </summary>
internal static class PostgresHistoryTriggers
{
    // Who and when, as the write unit set them for its transaction; Planner itself, now, outside write units.
    private const string Actor = "COALESCE(NULLIF(current_setting('planner.actor', true), ''), 'system')";
    private const string Now = "COALESCE(NULLIF(current_setting('planner.now', true), '')::bigint, extract(epoch FROM now())::bigint)";

    /// <summary>Drops every history function, and with it its trigger.</summary>
    public static void Drop(DbConnection connection, DbTransaction transaction)
    {
        var names = connection.Query<string>(
            "SELECT proname FROM pg_proc WHERE pronamespace = current_schema()::regnamespace AND starts_with(proname, @prefix)",
            new { prefix = HistoryTriggers.TriggerPrefix }, transaction).ToList();
        foreach (var name in names)
            connection.Execute($"DROP FUNCTION \"{name}\"() CASCADE", transaction: transaction);
    }

    /// <summary>The function and trigger recording <paramref name="action"/> on <paramref name="table"/>.</summary>
    public static string Trigger(Schema schema, Schema.Table table, IReadOnlyList<string> fields, string action)
    {
        var row = action == "delete" ? "OLD" : "NEW";
        var name = HistoryTriggers.CultureInvariant($"{HistoryTriggers.TriggerPrefix}{table.Name}_{action}");
        var changes = string.Concat(fields.Select((c, i) => "\n            UNION ALL " + Change(c, action, i + 1)));
        var sql = new StringBuilder();
        sql.Append(HistoryTriggers.CultureInvariant($"CREATE FUNCTION \"{name}\"() RETURNS trigger LANGUAGE plpgsql AS $history$\nBEGIN\n"));
        sql.Append("    INSERT INTO history (at, actor, entity, entity_id, action, changes, event_id, party_id)\n");
        sql.Append(HistoryTriggers.CultureInvariant($"    SELECT {Now}, {Actor}, '{table.Name}', {HistoryTriggers.RecordId(table, row)}, '{action}',\n"));
        sql.Append("        json_agg(json_build_object('field', f, 'before', b, 'after', a) ORDER BY n)::text,\n");
        sql.Append(HistoryTriggers.CultureInvariant($"        {schema.RootOf(table.Name, "event", row)}, {schema.RootOf(table.Name, "party", row)}\n"));
        sql.Append(HistoryTriggers.CultureInvariant($"    FROM (SELECT 0 AS n, NULL::text AS f, NULL::jsonb AS b, NULL::jsonb AS a WHERE false{changes}) AS c\n"));
        // An update that changed no recorded field (only the version, or a secret) leaves no entry.
        sql.Append("    HAVING COUNT(*) > 0;\n    RETURN NULL;\nEND;\n$history$;\n");
        sql.Append(HistoryTriggers.CultureInvariant(
            $"CREATE TRIGGER \"{name}\" AFTER {action.ToUpperInvariant()} ON \"{table.Name}\" FOR EACH ROW EXECUTE FUNCTION \"{name}\"();"));
        return sql.ToString();
    }

    private static string Change(string column, string action, int position)
    {
        var field = HistoryTriggers.FieldName(column);
        var n = position.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return action switch
        {
            "insert" => $"SELECT {n}, '{field}', NULL, to_jsonb(NEW.\"{column}\") WHERE NEW.\"{column}\" IS NOT NULL",
            "delete" => $"SELECT {n}, '{field}', to_jsonb(OLD.\"{column}\"), NULL WHERE OLD.\"{column}\" IS NOT NULL",
            _ => $"SELECT {n}, '{field}', to_jsonb(OLD.\"{column}\"), to_jsonb(NEW.\"{column}\") WHERE OLD.\"{column}\" IS DISTINCT FROM NEW.\"{column}\"",
        };
    }
}
