using Dapper;
using Microsoft.Data.Sqlite;
using Npgsql;
using Planner.Access;
using Planner.Data;
using Planner.Tests.Support;

namespace Planner.Tests.Data;

/// <summary>
/// SQLite and PostgreSQL hold the same data the same way: the same migrations by name, the same tables and
/// columns, the same order of precedence and the same case-insensitive search; and hosts starting together on one
/// PostgreSQL database migrate it once.
/// </summary>
public sealed class PostgresSchemaTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "planner-tests", Guid.NewGuid().ToString("N"));
    private readonly List<string> _databases = [];

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder))
            Directory.Delete(_folder, recursive: true);
        foreach (var database in _databases)
            PostgresCluster.Instance.DropDatabase(database);
    }

    private string NewPostgres(bool migrated = true)
    {
        var database = PostgresCluster.Instance.CreateDatabase(migrated);
        _databases.Add(database);
        return database;
    }

    [Fact]
    public void Both_dialects_have_the_same_migrations_by_name()
    {
        Assert.NotEmpty(Migrator.ScriptsOf(Dialect.Postgres));
        Assert.Equal(Migrator.ScriptsOf(Dialect.Sqlite), Migrator.ScriptsOf(Dialect.Postgres));
    }

    [Fact]
    public async Task Both_schemas_have_the_same_tables_and_columns_with_types_of_the_same_kind()
    {
        Directory.CreateDirectory(_folder);
        var sqlite = new Db(Path.Combine(_folder, "planner.db"));
        new Migrator(sqlite).Upgrade();
        var postgres = new Db(NewPostgres());
        new Migrator(postgres).Upgrade();

        await using var s = await sqlite.OpenAsync();
        var sqliteColumns = (await s.QueryAsync<(string Table, string Column, string Type)>(
            "SELECT m.name, p.name, p.type FROM sqlite_master m, pragma_table_info(m.name) p WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite%' AND m.name <> 'SchemaVersions'"))
            .Select(c => Column(c.Table, c.Column, c.Type)).Order(StringComparer.Ordinal).ToList();
        await using var p = await postgres.OpenAsync();
        var postgresColumns = (await p.QueryAsync<(string Table, string Column, string Type)>(
            "SELECT table_name, column_name, data_type FROM information_schema.columns WHERE table_schema = current_schema() AND table_name <> 'schemaversions'"))
            .Select(c => Column(c.Table, c.Column, c.Type)).Order(StringComparer.Ordinal).ToList();

        // DbUp's own journal (SchemaVersions) is left out: each DbUp provider makes its own.
        Assert.True(sqliteColumns.Count > 300, $"Only {sqliteColumns.Count} columns were read.");
        Assert.Equal(sqliteColumns, postgresColumns);
    }

    /// <summary>A column as "table.column kind": names ignoring case (Quartz's SQLite tables are upper case), the type's kind.</summary>
    private static string Column(string table, string column, string type)
    {
        var t = type.ToUpperInvariant();
        // Quartz keeps its flags as BIT on SQLite and bool on PostgreSQL; Planner keeps its own as 0/1 integers on both.
        var kind = t.Contains("INT", StringComparison.Ordinal) ? "integer"
            : t is "BIT" or "BOOLEAN" or "BOOL" ? "flag"
            : t.Contains("CHAR", StringComparison.Ordinal) || t.Contains("TEXT", StringComparison.Ordinal) ? "text"
            : t is "BLOB" or "BYTEA" ? "bytes"
            : t is "NUMERIC" or "DECIMAL" || t.StartsWith("NUMERIC", StringComparison.Ordinal) || t.StartsWith("DECIMAL", StringComparison.Ordinal) ? "number"
            : t;
        return $"{table.ToLowerInvariant()}.{column.ToLowerInvariant()} {kind}";
    }

    [Fact]
    public async Task Hosts_migrating_one_postgres_database_at_once_apply_each_script_once()
    {
        var database = NewPostgres(migrated: false);
        var runs = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => Task.Run(() => new Migrator(new Db(database)).Upgrade())));

        Assert.Equal(Migrator.ScriptsOf(Dialect.Postgres), Assert.Single(runs, r => r.Count > 0));
        Assert.Equal(2, runs.Count(r => r.Count == 0));
        await using var c = new NpgsqlConnection(database);
        Assert.Equal(Migrator.Scripts.Count, await c.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM schemaversions"));
    }

    [Fact]
    public async Task Precedence_order_and_case_insensitive_search_read_the_same_on_both()
    {
        using var onSqlite = new PlannerApp();
        using var onPostgres = new PlannerApp(database: TestDatabase.Postgres);
        foreach (var query in (string[])["/api/parties?q=казах", "/api/parties?q=КЫРГЫЗ", "/api/parties?q=中国", "/api/parties?q=pAkIsTaN", "/api/venues?q=TASHKENT", "/api/events"])
        {
            var expected = (await (await onSqlite.ClientAsync(Role.Viewer)).GetJsonAsync(query)).ToJsonString();
            Assert.Equal(expected, (await (await onPostgres.ClientAsync(Role.Viewer)).GetJsonAsync(query)).ToJsonString());
            Assert.NotEqual("[]", expected);
        }

        foreach (var language in (string[])["ru", "en", "zh"])
        {
            var sql = $"SELECT code FROM party ORDER BY {new Planner.Parties.Precedence(language).OrderBy("name_en", "name_ru", "name_zh")}, code";
            var sqlite = await onSqlite.Db.ReadAsync(async c => (await c.QueryAsync<string>(sql)).ToList());
            Assert.Equal(sqlite, await onPostgres.Db.ReadAsync(async c => (await c.QueryAsync<string>(sql)).ToList()));
        }
    }

    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.Postgres)]
    public async Task Broken_rules_are_classified_alike_on_both_and_a_trigger_keeps_its_words(TestDatabase database)
    {
        Directory.CreateDirectory(_folder);
        var db = new Db(database == TestDatabase.Postgres ? NewPostgres() : Path.Combine(_folder, "planner.db"));
        new Migrator(db).Upgrade();
        await db.WriteAsync((c, tx) => c.ExecuteAsync(
            "INSERT INTO api_token (name, role, token_hash, created_at) VALUES ('admin', 'admin', 'h1', 0); " +
            "INSERT INTO party (code, kind, name_en, name_ru, name_zh) VALUES ('KAZ', 'state', 'Kazakhstan', 'Казахстан', '哈萨克斯坦')", transaction: tx));

        async Task<StorageFailure?> FailureOf(string sql)
        {
            var e = await Assert.ThrowsAnyAsync<Exception>(() => db.WriteAsync((c, tx) => c.ExecuteAsync(sql, transaction: tx)));
            return StorageFailure.Of(e);
        }

        Assert.Equal(StorageFailureKind.Duplicate, (await FailureOf("INSERT INTO party (code, kind, name_en, name_ru, name_zh) VALUES ('KAZ', 'state', 'a', 'b', 'c')"))?.Kind);
        Assert.Equal(StorageFailureKind.InUse, (await FailureOf("INSERT INTO person (name_en, name_ru, name_zh, party_id) VALUES ('a', 'b', 'c', 999)"))?.Kind);
        Assert.Equal(StorageFailureKind.Invalid, (await FailureOf("INSERT INTO party (code, kind, name_en, name_ru, name_zh) VALUES ('XYZ', 'planet', 'a', 'b', 'c')"))?.Kind);
        var refused = await FailureOf("DELETE FROM api_token WHERE role = 'admin'");
        Assert.Equal(StorageFailureKind.Refused, refused?.Kind);
        Assert.Equal("The last admin token cannot be revoked; create another admin token first.", refused?.Message);
        // Nothing of the refused writes was kept.
        Assert.Equal(1, await db.ReadAsync(c => c.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM party")));
    }
}
