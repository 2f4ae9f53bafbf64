using System.Text;
using Dapper;
using System.Data.Common;

namespace Planner.Data;

/// <summary>
/// Makes the triggers that write the history: for every table of records, one trigger each for
/// insert, update and delete, recording who (<c>planner_actor()</c>), when (<c>planner_now()</c>), the
/// record, and each changed field with its value before and after, in the transaction of the change.
/// </summary>
/// <remarks>
/// On PostgreSQL each trigger runs a PL/pgSQL function of the same name (<see cref="PostgresHistoryTriggers"/>) that
/// reads who and when from the settings <c>planner.actor</c> and <c>planner.now</c>, which every write unit sets for
/// its transaction (<see cref="Dialect"/>); a change made outside a write unit is Planner's own (<c>system</c>, now).
/// </remarks>
/// <remarks>
/// <para>The triggers are made again from the schema after every migration, so a table added later
/// has its history without anyone remembering to write it, whichever caller (API, page, reply link,
/// command line, job) changes it.</para>
/// <para>Left out: the mail queue (its bodies carry live reply links), the sign-in sessions, the scheduler's own tables,
/// derived tables, the history itself; and in every table, the <c>version</c> counter and any column
/// that holds a secret (hashes, passwords, tokens).</para>
/// </remarks>
public static class HistoryTriggers
{
    private const string Prefix = "history_";

    private static readonly HashSet<string> Untracked = new(StringComparer.OrdinalIgnoreCase)
    {
        "history", "schemaversions", "booking", "outbox", "outbox_body", "outbox_part", "reminder_sent", "rsvp_token", "sign_in",
        "sign_in_attempt", "data_protection_key", "shared_secret",
    };

    /// <summary>True for a column whose value must never be written to the history.</summary>
    public static bool IsSecret(string column) =>
        column.Contains("hash", StringComparison.OrdinalIgnoreCase)
        || column.Contains("password", StringComparison.OrdinalIgnoreCase)
        || column.Contains("secret", StringComparison.OrdinalIgnoreCase)
        || column.Contains("key", StringComparison.OrdinalIgnoreCase)
        || column.Equals("token", StringComparison.OrdinalIgnoreCase);

    /// <summary>The field name shown for a column: <c>start_local</c> → <c>startLocal</c>, <c>name_ru</c> → <c>name.ru</c>.</summary>
    public static string FieldName(string column)
    {
        foreach (var language in (string[])["_en", "_ru", "_zh"])
        {
            if (column.EndsWith(language, StringComparison.Ordinal) && column.Length > 3)
                return FieldName(column[..^3]) + "." + language[1..];
        }

        var parts = column.Split('_', StringSplitOptions.RemoveEmptyEntries);
        return string.Concat(parts.Select((p, i) => i == 0 ? p : char.ToUpperInvariant(p[0]) + p[1..]));
    }

    /// <summary>Drops Planner's history triggers (before migrations run on connections that cannot feed them).</summary>
    public static void Drop(DbConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        using var transaction = connection.BeginTransaction();
        Drop(connection, transaction);
        transaction.Commit();
    }

    /// <summary>Drops Planner's history triggers and makes them again for the tables there are now.</summary>
    public static void Rebuild(DbConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        using var transaction = connection.BeginTransaction();
        Drop(connection, transaction);

        var postgres = Dialect.Of(connection) == Dialect.Postgres;
        var schema = Schema.Read(connection, transaction);
        foreach (var table in schema.Tables.Values.Where(t => Tracked(t.Name)))
        {
            foreach (var action in (string[])["insert", "update", "delete"])
            {
                var fields = table.Columns.Where(c => c != "version" && !IsSecret(c)).ToList();
                connection.Execute(postgres ? PostgresHistoryTriggers.Trigger(schema, table, fields, action) : Trigger(schema, table, fields, action), transaction: transaction);
            }
        }

        transaction.Commit();
    }

    private static void Drop(DbConnection connection, DbTransaction transaction)
    {
        if (Dialect.Of(connection) == Dialect.Postgres)
        {
            PostgresHistoryTriggers.Drop(connection, transaction);
            return;
        }

        var names = connection.Query<string>("SELECT name FROM sqlite_master WHERE type = 'trigger' AND substr(name, 1, 8) = 'history_'", transaction: transaction).ToList();
        foreach (var name in names)
            connection.Execute($"DROP TRIGGER \"{name}\"", transaction: transaction);
    }

    internal const string TriggerPrefix = Prefix;

    private static bool Tracked(string table) =>
        !Untracked.Contains(table) && !table.StartsWith("qrtz_", StringComparison.OrdinalIgnoreCase)
        && !table.StartsWith("sqlite_", StringComparison.OrdinalIgnoreCase);

    private static string Trigger(Schema schema, Schema.Table table, List<string> fields, string action)
    {
        var row = action == "delete" ? "OLD" : "NEW";
        var changes = string.Join("\n        UNION ALL ", fields.Select(c => Change(c, action)));
        var id = RecordId(table, row);
        var sql = new StringBuilder();
        sql.Append(CultureInvariant($"CREATE TRIGGER \"{Prefix}{table.Name}_{action}\" AFTER {action.ToUpperInvariant()} ON \"{table.Name}\" BEGIN\n"));
        sql.Append("    INSERT INTO history (at, actor, entity, entity_id, action, changes, event_id, party_id)\n");
        sql.Append(CultureInvariant($"    SELECT planner_now(), planner_actor(), '{table.Name}', {id}, '{action}', json_group_array(json_object('field', f, 'before', b, 'after', a)),\n"));
        sql.Append(CultureInvariant($"        {schema.RootOf(table.Name, "event", row)}, {schema.RootOf(table.Name, "party", row)}\n"));
        sql.Append(CultureInvariant($"    FROM (SELECT NULL AS f, NULL AS b, NULL AS a WHERE 0\n        UNION ALL {changes})\n"));
        // An update that changed no recorded field (only the version, or a secret) leaves no entry.
        sql.Append("    HAVING COUNT(*) > 0;\nEND;");
        return sql.ToString();
    }

    /// <summary>The id of the changed record: its <c>id</c>, an exercise's event, or NULL.</summary>
    internal static string RecordId(Schema.Table table, string row) =>
        table.Columns.Contains("id") ? $"{row}.id" : table.Columns.Contains("event_id") && table.Name == "exercise" ? $"{row}.event_id" : "NULL";

    private static string Change(string column, string action)
    {
        var field = FieldName(column);
        return action switch
        {
            "insert" => $"SELECT '{field}', NULL, NEW.\"{column}\" WHERE NEW.\"{column}\" IS NOT NULL",
            "delete" => $"SELECT '{field}', OLD.\"{column}\", NULL WHERE OLD.\"{column}\" IS NOT NULL",
            _ => $"SELECT '{field}', OLD.\"{column}\", NEW.\"{column}\" WHERE OLD.\"{column}\" IS NOT NEW.\"{column}\"",
        };
    }

    internal static string CultureInvariant(FormattableString text) => FormattableString.Invariant(text);
}
