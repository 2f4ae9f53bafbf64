using System.Data;
using System.Data.Common;
using Dapper;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Planner.Data;

/// <summary>
/// Everything in which Planner's two databases differ, in one place: how a connection is made and
/// prepared, how a write unit starts, where the migrations are, how the history triggers are made, and
/// the few expressions the queries cannot write the same way on both. The queries themselves are one set
/// of standard SQL (named <c>@param</c>s, <c>RETURNING id</c>, <c>ON CONFLICT … DO NOTHING</c>), as Quartz
/// keeps standard SQL with per-database overrides.
/// </summary>
public abstract partial class Dialect
{
    /// <summary>The embedded SQLite file (the default).</summary>
    public static readonly Dialect Sqlite = new SqliteDialect();

    /// <summary>A PostgreSQL server, through Npgsql.</summary>
    public static readonly Dialect Postgres = new PostgresDialect();

    /// <summary>The dialect of an open connection made by <see cref="Db"/>.</summary>
    public static Dialect Of(DbConnection connection) => connection is NpgsqlConnection ? Postgres : Sqlite;

    /// <summary>
    /// The dialect of a <c>Planner:Database</c> setting: a connection string (<c>Host=…;Database=…</c>) is
    /// PostgreSQL; anything else is the path of an SQLite file.
    /// </summary>
    public static Dialect For(string database) =>
        database.Contains('=', StringComparison.Ordinal) && database.Contains("host", StringComparison.OrdinalIgnoreCase) ? Postgres : Sqlite;

    /// <summary>The folder of this dialect's migrations (<c>migrations/&lt;name&gt;/</c>): <c>sqlite</c> or <c>postgres</c>.</summary>
    public abstract string Name { get; }

    /// <summary>The connection string for <paramref name="database"/> (a file path or a connection string).</summary>
    internal abstract string ConnectionString(string database);

    /// <summary>Says where the data is, without a password: for logs.</summary>
    internal abstract string Describe(string connectionString);

    internal abstract DbConnection Connect(string connectionString);

    /// <summary>Readies a freshly opened connection for Planner's queries.</summary>
    internal abstract void Prepare(DbConnection connection, IChangeContext changes);

    /// <summary>
    /// Begins a write unit and records who makes the change. On SQLite the unit has the database to itself; on PostgreSQL
    /// writers run side by side, and a unit that reads before it writes (numbering a series with <c>MAX(number) + 1</c>,
    /// checking conflicts) takes the <see cref="WriteLock"/>s of what it reads (<see cref="LockAsync"/>).
    /// </summary>
    internal abstract Task<DbTransaction> BeginWriteAsync(DbConnection connection, IChangeContext changes, CancellationToken cancellationToken);

    /// <summary>True when a write unit is the only writer (SQLite): then it need not lock anything.</summary>
    internal abstract bool OneWriter { get; }

    /// <summary>Takes <paramref name="locks"/> until the unit of <paramref name="transaction"/> ends (see <see cref="Locks"/>).</summary>
    internal abstract Task LockAsync(DbConnection connection, DbTransaction transaction, IEnumerable<WriteLock> locks);

    /// <summary>The aggregate joining the texts of <paramref name="expression"/> with <paramref name="separator"/> (an SQL literal).</summary>
    public abstract string JoinTexts(string expression, string separator);

    /// <summary>
    /// <paramref name="sql"/> with its list parameters written for this database: Dapper expands <c>x IN @list</c> into one
    /// parameter per item on SQLite, but hands Npgsql the list as one array, which PostgreSQL reads as <c>x = ANY(@list)</c>.
    /// </summary>
    public abstract string Lists(string sql);

    /// <summary>Reads the tables, columns and foreign keys of the database.</summary>
    internal abstract Schema ReadSchema(DbConnection connection, DbTransaction transaction);

    private sealed class SqliteDialect : Dialect
    {
        public override string Name => "sqlite";

        internal override string ConnectionString(string database) => new SqliteConnectionStringBuilder
        {
            DataSource = database,
            ForeignKeys = true,
            DefaultTimeout = 30,
            Pooling = true,
        }.ToString();

        internal override string Describe(string connectionString) => new SqliteConnectionStringBuilder(connectionString).DataSource;

        internal override DbConnection Connect(string connectionString) => new SqliteConnection(connectionString);

        internal override void Prepare(DbConnection connection, IChangeContext changes)
        {
            var sqlite = (SqliteConnection)connection;
            Collations.Register(sqlite);
            Like.Register(sqlite);
            sqlite.CreateFunction("planner_actor", () => changes.Actor);
            sqlite.CreateFunction("planner_now", () => changes.Now.ToUnixTimeSeconds());
            // SQLite opens a file it cannot write read-only (the file system turned read-only): such a connection
            // must not go back to the pool, or it would refuse every write once the storage is writable again.
            if (SQLitePCL.raw.sqlite3_db_readonly(sqlite.Handle, "main") == 1)
                SqliteConnection.ClearPool(sqlite);
        }

        // BEGIN IMMEDIATE: SQLite's one writer at a time, waited for (the busy timeout) rather than failed.
        internal override Task<DbTransaction> BeginWriteAsync(DbConnection connection, IChangeContext changes, CancellationToken cancellationToken) =>
            Task.FromResult<DbTransaction>(((SqliteConnection)connection).BeginTransaction(deferred: false));

        internal override bool OneWriter => true;

        // The unit already is the only writer.
        internal override Task LockAsync(DbConnection connection, DbTransaction transaction, IEnumerable<WriteLock> locks) => Task.CompletedTask;

        public override string JoinTexts(string expression, string separator) => $"group_concat({expression}, {separator})";

        public override string Lists(string sql) => sql;

        internal override Schema ReadSchema(DbConnection connection, DbTransaction transaction) => Schema.ReadSqlite(connection, transaction);
    }

    private sealed partial class PostgresDialect : Dialect
    {
        [System.Text.RegularExpressions.GeneratedRegex(@"\bIN @(\w+)")]
        private static partial System.Text.RegularExpressions.Regex InList();

        public override string Name => "postgres";

        internal override string ConnectionString(string database) => new NpgsqlConnectionStringBuilder(database).ToString();

        internal override string Describe(string connectionString)
        {
            var builder = new NpgsqlConnectionStringBuilder(connectionString);
            return $"PostgreSQL database {builder.Database} on {builder.Host}:{builder.Port}";
        }

        internal override DbConnection Connect(string connectionString) => new NpgsqlConnection(connectionString);

        internal override void Prepare(DbConnection connection, IChangeContext changes)
        {
        }

        // The history triggers read the actor and the time of the change from settings local to the transaction.
        internal override async Task<DbTransaction> BeginWriteAsync(DbConnection connection, IChangeContext changes, CancellationToken cancellationToken)
        {
            var transaction = await connection.BeginTransactionAsync(IsolationLevel.ReadCommitted, cancellationToken);
            try
            {
                await connection.ExecuteAsync(new CommandDefinition(
                    "SELECT set_config('planner.actor', @actor, true), set_config('planner.now', @now, true)",
                    new { actor = changes.Actor, now = changes.Now.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture) },
                    transaction, cancellationToken: cancellationToken));
                return transaction;
            }
            catch
            {
                await transaction.DisposeAsync();
                throw;
            }
        }

        internal override bool OneWriter => false;

        // Transaction-level advisory locks on two int4 keys (kind, id): a key space apart from the one-bigint locks (the
        // migration's). An id beyond int4 is folded, which can only make two units wait for each other needlessly. One
        // statement per lock, in order: each waits for its holder before the next is asked for.
        internal override async Task LockAsync(DbConnection connection, DbTransaction transaction, IEnumerable<WriteLock> locks)
        {
            var keys = locks.GroupBy(l => (l.Kind, Id: unchecked((int)l.Id ^ (int)(l.Id >> 32))))
                .Select(g => (g.Key.Kind, g.Key.Id, Shared: g.All(l => l.Shared)))
                .OrderBy(k => k.Kind).ThenBy(k => k.Id).ToList();
            if (keys.Count == 0)
                return;
            var parameters = new DynamicParameters();
            var sql = new System.Text.StringBuilder();
            for (var i = 0; i < keys.Count; i++)
            {
                sql.Append(keys[i].Shared ? "SELECT pg_advisory_xact_lock_shared(" : "SELECT pg_advisory_xact_lock(")
                    .Append(System.Globalization.CultureInfo.InvariantCulture, $"@k{i}, @i{i});");
                parameters.Add($"k{i}", (int)keys[i].Kind);
                parameters.Add($"i{i}", keys[i].Id);
            }

            await connection.ExecuteAsync(new CommandDefinition(sql.ToString(), parameters, transaction));
        }

        public override string JoinTexts(string expression, string separator) => $"string_agg({expression}, {separator})";

        public override string Lists(string sql) => InList().Replace(sql, "= ANY(@$1)");

        internal override Schema ReadSchema(DbConnection connection, DbTransaction transaction) => Schema.ReadPostgres(connection, transaction);
    }
}
