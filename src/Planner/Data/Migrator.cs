using Dapper;
using System.Reflection;
using DbUp;
using DbUp.Builder;
using DbUp.Engine;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Planner.Data;

/// <summary>
/// Brings the database to the current schema by applying the scripts of the top-level
/// <c>migrations/&lt;dialect&gt;/</c> folder (<c>sqlite</c> or <c>postgres</c>, embedded in the assembly, the same
/// names in both) in name order. DbUp's journal table <c>SchemaVersions</c> records what was applied, so a database
/// of any earlier version upgrades in place and an up-to-date one is left alone.
/// </summary>
/// <remarks>
/// Hosts starting together on one PostgreSQL database migrate once: the upgrade runs under a session-level advisory
/// lock, and a host that waited for it finds nothing left to apply.
/// </remarks>
public sealed class Migrator(Db db)
{
    /// <summary>The key of the advisory lock held while a host migrates a PostgreSQL database.</summary>
    private const long MigrationLock = 0x506C616E6E6572 + 1;

    /// <summary>Names of every migration script, in the order they apply (the same for both dialects).</summary>
    public static IReadOnlyList<string> Scripts { get; } = ScriptsOf(Dialect.Sqlite);

    /// <summary>Names of the migration scripts of <paramref name="dialect"/>, in the order they apply.</summary>
    public static IReadOnlyList<string> ScriptsOf(Dialect dialect)
    {
        ArgumentNullException.ThrowIfNull(dialect);
        var prefix = PrefixOf(dialect);
        return typeof(Migrator).Assembly
            .GetManifestResourceNames()
            .Where(n => n.StartsWith(prefix, StringComparison.Ordinal))
            .Select(n => n[prefix.Length..])
            .Order(StringComparer.Ordinal)
            .ToArray();
    }

    private static string PrefixOf(Dialect dialect) => "migrations/" + dialect.Name + "/";

    /// <summary>
    /// Applies the scripts not applied yet, up to and including <paramref name="upTo"/>
    /// (a script name such as <c>0002_quartz_job_store.sql</c>), or all of them when null.
    /// Each script runs in its own transaction; a failing script leaves the database at
    /// the previous one and throws.
    /// </summary>
    /// <returns>Names of the scripts applied now.</returns>
    public IReadOnlyList<string> Upgrade(string? upTo = null) => db.Dialect == Dialect.Postgres ? UpgradePostgres(upTo) : UpgradeSqlite(upTo);

    private IReadOnlyList<string> UpgradePostgres(string? upTo)
    {
        using var connection = new NpgsqlConnection(db.ConnectionString);
        connection.Open();
        connection.Execute("SELECT pg_advisory_lock(@MigrationLock)", new { MigrationLock });
        try
        {
            HistoryTriggers.Drop(connection);
            var applied = Apply(DeployChanges.To.PostgresqlDatabase(db.ConnectionString), Dialect.Postgres, upTo);
            if (connection.ExecuteScalar<bool>("SELECT to_regclass('history') IS NOT NULL"))
                HistoryTriggers.Rebuild(connection);
            return applied;
        }
        finally
        {
            connection.Execute("SELECT pg_advisory_unlock(@MigrationLock)", new { MigrationLock });
        }
    }

    private IReadOnlyList<string> UpgradeSqlite(string? upTo)
    {
        var folder = System.IO.Path.GetDirectoryName(db.Path);
        if (!string.IsNullOrEmpty(folder))
            System.IO.Directory.CreateDirectory(folder);

        using (var connection = new SqliteConnection(db.ConnectionString))
        {
            connection.Open();
            using var wal = connection.CreateCommand();
            wal.CommandText = "PRAGMA journal_mode = WAL;";
            wal.ExecuteNonQuery();
            // The scripts run on DbUp's connections, which know nothing of who is changing what:
            // the history triggers are made again from the new schema afterwards.
            HistoryTriggers.Drop(connection);
        }

        var applied = Apply(DeployChanges.To.SqliteDatabase(db.ConnectionString), Dialect.Sqlite, upTo);

        using (var connection = new SqliteConnection(db.ConnectionString))
        {
            connection.Open();
            // A database migrated only part of the way (tests of old versions) has no history table yet.
            if (connection.ExecuteScalar<long>("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'history'") > 0)
                HistoryTriggers.Rebuild(connection);
        }

        return applied;
    }

    /// <summary>Applies the scripts of <paramref name="dialect"/> not applied yet, each in its own transaction.</summary>
    private static string[] Apply(UpgradeEngineBuilder builder, Dialect dialect, string? upTo)
    {
        var result = builder
            .WithScripts(ReadScripts(dialect, upTo))
            .WithTransactionPerScript()
            .WithVariablesDisabled()
            .LogToNowhere()
            .Build()
            .PerformUpgrade();
        if (!result.Successful)
            throw new InvalidOperationException($"Migration {result.ErrorScript?.Name} failed: {result.Error.Message}", result.Error);
        return result.Scripts.Select(s => s.Name).ToArray();
    }

    private static IEnumerable<SqlScript> ReadScripts(Dialect dialect, string? upTo)
    {
        var assembly = typeof(Migrator).Assembly;
        var prefix = PrefixOf(dialect);
        foreach (var name in ScriptsOf(dialect))
        {
            if (upTo is not null && string.CompareOrdinal(name, upTo) > 0)
                yield break;

            using var stream = assembly.GetManifestResourceStream(prefix + name)
                ?? throw new InvalidOperationException($"Migration {name} is not embedded.");
            using var reader = new StreamReader(stream);
            yield return new SqlScript(name, reader.ReadToEnd());
        }
    }
}
