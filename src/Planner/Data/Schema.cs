using Dapper;
using System.Data.Common;

namespace Planner.Data;

/// <summary>
/// The tables, columns and foreign keys of the database as SQLite or PostgreSQL reports them, enough to find the
/// event or party a record belongs to through its parents.
/// </summary>
internal sealed class Schema
{
    private Schema(Dictionary<string, Table> tables) => Tables = tables;

    public IReadOnlyDictionary<string, Table> Tables { get; }

    public static Schema Read(DbConnection connection, DbTransaction transaction) => Dialect.Of(connection).ReadSchema(connection, transaction);

    internal static Schema ReadSqlite(DbConnection connection, DbTransaction transaction)
    {
        var tables = new Dictionary<string, Table>(StringComparer.OrdinalIgnoreCase);
        foreach (var name in connection.Query<string>("SELECT name FROM sqlite_master WHERE type = 'table'", transaction: transaction))
        {
            var columns = connection.Query<string>($"SELECT name FROM pragma_table_info('{name.Replace("'", "''", StringComparison.Ordinal)}')", transaction: transaction).ToList();
            var keys = connection.Query<(string Table, string From, string To)>(
                $"SELECT \"table\", \"from\", \"to\" FROM pragma_foreign_key_list('{name.Replace("'", "''", StringComparison.Ordinal)}')", transaction: transaction).ToList();
            tables[name] = new Table(name, columns, keys);
        }

        return new Schema(tables);
    }

    /// <summary>The tables of the current schema (<c>public</c>), their columns in order and their foreign keys, from the catalogue.</summary>
    internal static Schema ReadPostgres(DbConnection connection, DbTransaction transaction)
    {
        var columns = connection.Query<(string Table, string Column)>(
            """
            SELECT c.table_name, c.column_name FROM information_schema.columns c
            JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name AND t.table_type = 'BASE TABLE'
            WHERE c.table_schema = current_schema() ORDER BY c.table_name, c.ordinal_position
            """, transaction: transaction).ToList();
        var keys = connection.Query<(string Owner, string Table, string From, string To)>(
            """
            SELECT owner.relname, target.relname, af.attname, at.attname
            FROM pg_constraint k
            JOIN pg_class owner ON owner.oid = k.conrelid
            JOIN pg_class target ON target.oid = k.confrelid
            CROSS JOIN LATERAL unnest(k.conkey, k.confkey) AS pair (from_column, to_column)
            JOIN pg_attribute af ON af.attrelid = k.conrelid AND af.attnum = pair.from_column
            JOIN pg_attribute at ON at.attrelid = k.confrelid AND at.attnum = pair.to_column
            WHERE k.contype = 'f' AND k.connamespace = current_schema()::regnamespace
            """, transaction: transaction).ToLookup(k => k.Owner, StringComparer.OrdinalIgnoreCase);
        var tables = columns.GroupBy(c => c.Table, StringComparer.OrdinalIgnoreCase).ToDictionary(
            g => g.Key,
            g => new Table(g.Key, g.Select(c => c.Column).ToList(), keys[g.Key].Select(k => (k.Table, k.From, k.To)).ToList()),
            StringComparer.OrdinalIgnoreCase);
        return new Schema(tables);
    }

    /// <summary>
    /// An SQL expression for the id of the <paramref name="root"/> (<c>event</c> or <c>party</c>) that a row of
    /// <paramref name="table"/> (named <paramref name="row"/>: <c>NEW</c>, <c>OLD</c> or an alias) belongs to,
    /// following foreign keys up to three levels; <c>NULL</c> when it belongs to none.
    /// </summary>
    public string RootOf(string table, string root, string row, int depth = 0)
    {
        if (!Tables.TryGetValue(table, out var t) || depth > 3)
            return "NULL";
        if (string.Equals(t.Name, root, StringComparison.OrdinalIgnoreCase))
            return t.Columns.Contains("id") ? $"{row}.id" : "NULL";
        var direct = t.Keys.FirstOrDefault(k => string.Equals(k.Table, root, StringComparison.OrdinalIgnoreCase));
        if (direct.From is not null)
            return $"{row}.\"{direct.From}\"";
        // The exercise's key is its event's id; records of an exercise point at it.
        if (root == "event" && string.Equals(t.Name, "exercise", StringComparison.OrdinalIgnoreCase))
            return $"{row}.event_id";
        // Each parent that leads to the root is tried in turn: a record may leave its first key empty (an inject
        // tied to no objective still belongs to its exercise).
        var paths = new List<string>();
        foreach (var key in t.Keys.Where(k => !string.Equals(k.Table, t.Name, StringComparison.OrdinalIgnoreCase)))
        {
            var alias = "p" + depth.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var inner = RootOf(key.Table, root, alias, depth + 1);
            if (inner != "NULL")
                // A composite key is matched on one of its columns: the first match is the parent (PostgreSQL wants one row).
                paths.Add($"(SELECT {inner} FROM \"{key.Table}\" AS {alias} WHERE {alias}.\"{key.To}\" = {row}.\"{key.From}\" LIMIT 1)");
        }

        return paths.Count switch
        {
            0 => "NULL",
            1 => paths[0],
            _ => $"COALESCE({string.Join(", ", paths)})",
        };
    }

    public sealed record Table(string Name, List<string> Columns, List<(string Table, string From, string To)> Keys);
}
