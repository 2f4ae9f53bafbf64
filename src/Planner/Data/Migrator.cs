using Dapper;
using System.Reflection;
using DbUp;
using DbUp.Engine;
using Microsoft.Data.Sqlite;

namespace Planner.Data;

/// <summary>
/// Brings the database file to the current schema by applying the scripts of the
/// top-level <c>migrations/</c> folder (embedded in the assembly) in name order.
/// DbUp's journal table <c>SchemaVersions</c> records what was applied, so a database
/// of any earlier version upgrades in place and an up-to-date one is left alone.
/// </summary>
public sealed class Migrator(Db db)
{
    private const string Prefix = "migrations/";

    /// <summary>Names of every migration script, in the order they apply.</summary>
    public static IReadOnlyList<string> Scripts { get; } = typeof(Migrator).Assembly
        .GetManifestResourceNames()
        .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal))
        .Select(n => n[Prefix.Length..])
        .Order(StringComparer.Ordinal)
        .ToArray();

    /// <summary>
    /// Applies the scripts not applied yet, up to and including <paramref name="upTo"/>
    /// (a script name such as <c>0002_quartz_job_store.sql</c>), or all of them when null.
    /// Each script runs in its own transaction; a failing script leaves the database at
    /// the previous one and throws.
    /// </summary>
    /// <returns>Names of the scripts applied now.</returns>
    public IReadOnlyList<string> Upgrade(string? upTo = null)
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

        var upgrader = DeployChanges.To
            .SqliteDatabase(db.ConnectionString)
            .WithScripts(ReadScripts(upTo))
            .WithTransactionPerScript()
            .WithVariablesDisabled()
            .LogToNowhere()
            .Build();

        var result = upgrader.PerformUpgrade();
        if (!result.Successful)
            throw new InvalidOperationException($"Migration {result.ErrorScript?.Name} failed: {result.Error.Message}", result.Error);

        using (var connection = new SqliteConnection(db.ConnectionString))
        {
            connection.Open();
            // A database migrated only part of the way (tests of old versions) has no history table yet.
            if (connection.ExecuteScalar<long>("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'history'") > 0)
                HistoryTriggers.Rebuild(connection);
        }

        return result.Scripts.Select(s => s.Name).ToArray();
    }

    private static IEnumerable<SqlScript> ReadScripts(string? upTo)
    {
        var assembly = typeof(Migrator).Assembly;
        foreach (var name in Scripts)
        {
            if (upTo is not null && string.CompareOrdinal(name, upTo) > 0)
                yield break;

            using var stream = assembly.GetManifestResourceStream(Prefix + name)
                ?? throw new InvalidOperationException($"Migration {name} is not embedded.");
            using var reader = new StreamReader(stream);
            yield return new SqlScript(name, reader.ReadToEnd());
        }
    }
}
