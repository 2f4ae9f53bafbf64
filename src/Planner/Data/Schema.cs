using Dapper;
using System.Data.Common;

namespace Planner.Data;

/// <summary>
/// The tables, columns and foreign keys of the database as SQLite reports them, enough to find the
/// event or party a record belongs to through its parents.
/// </summary>
internal sealed class Schema
{
    private Schema(Dictionary<string, Table> tables) => Tables = tables;

    public IReadOnlyDictionary<string, Table> Tables { get; }

    public static Schema Read(DbConnection connection, DbTransaction transaction)
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
        foreach (var key in t.Keys.Where(k => !string.Equals(k.Table, t.Name, StringComparison.OrdinalIgnoreCase)))
        {
            var alias = "p" + depth.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var inner = RootOf(key.Table, root, alias, depth + 1);
            if (inner != "NULL")
                return $"(SELECT {inner} FROM \"{key.Table}\" AS {alias} WHERE {alias}.\"{key.To}\" = {row}.\"{key.From}\")";
        }

        return "NULL";
    }

    public sealed record Table(string Name, List<string> Columns, List<(string Table, string From, string To)> Keys);
}
