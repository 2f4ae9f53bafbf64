using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace Planner.Tests.Hosting;

/// <summary>
/// One database that several real Planner processes share, each with a data directory of its own (so nothing is
/// shared through the disk but the database). The multi-host tests take it as their parameter.
/// </summary>
public abstract class SharedDatabase : IAsyncDisposable
{
    /// <summary>The configuration arguments that put a host whose data directory is <paramref name="dataDirectory"/> on this database.</summary>
    public abstract IReadOnlyList<string> HostArguments(string dataDirectory);

    /// <summary>A connection to the database, for the test to read what the hosts wrote.</summary>
    public abstract Task<DbConnection> OpenAsync();

    public abstract ValueTask DisposeAsync();

    /// <summary>The databases the multi-host tests run on, by name: <c>sqlite</c> or <c>postgres</c>.</summary>
    public static Task<SharedDatabase> CreateAsync(string name) => name switch
    {
        "sqlite" => Task.FromResult<SharedDatabase>(new SharedSqlite()),
        "postgres" => Task.FromResult<SharedDatabase>(new SharedPostgres()),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "Databases are: sqlite, postgres."),
    };
}

/// <summary>
/// One SQLite file that several processes on this machine share: the first host's data directory holds
/// <c>planner.db</c>, the others a symbolic link to it (SQLite follows the link, so the journal files are shared too).
/// </summary>
public sealed class SharedSqlite : SharedDatabase
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "planner-tests", "shared-" + Guid.NewGuid().ToString("N"));

    public SharedSqlite() => Directory.CreateDirectory(_folder);

    private string DatabasePath => Path.Combine(_folder, "planner.db");

    public override IReadOnlyList<string> HostArguments(string dataDirectory)
    {
        Directory.CreateDirectory(dataDirectory);
        var link = Path.Combine(dataDirectory, "planner.db");
        if (!File.Exists(link))
        {
            if (!File.Exists(DatabasePath))
                File.WriteAllBytes(DatabasePath, []);
            File.CreateSymbolicLink(link, DatabasePath);
        }

        return [$"--Planner:DataDirectory={dataDirectory}"];
    }

    public override async Task<DbConnection> OpenAsync() => await new Planner.Data.Db(DatabasePath).OpenAsync();

    public override ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder))
            Directory.Delete(_folder, recursive: true);
        return ValueTask.CompletedTask;
    }
}

/// <summary>
/// An empty database of the test run's PostgreSQL cluster (the first host migrates it): the production setup, with
/// Quartz clustered and outbox claims taken with <c>FOR UPDATE SKIP LOCKED</c>.
/// </summary>
public sealed class SharedPostgres : SharedDatabase
{
    private readonly string _connectionString = Support.PostgresCluster.Instance.CreateDatabase(migrated: false);

    public override IReadOnlyList<string> HostArguments(string dataDirectory)
    {
        Directory.CreateDirectory(dataDirectory);
        // A shared database refuses to start without an SMTP server: a test that sends no mail gives one never called
        // (a test that sends mail names its own server after these arguments, and the last one given counts).
        return [$"--Planner:DataDirectory={dataDirectory}", $"--Planner:Database={_connectionString}", "--Planner:Smtp:Host=127.0.0.1", "--Planner:Smtp:Port=9"];
    }

    public override async Task<DbConnection> OpenAsync() => await new Planner.Data.Db(_connectionString).OpenAsync();

    public override ValueTask DisposeAsync()
    {
        Npgsql.NpgsqlConnection.ClearAllPools();
        Support.PostgresCluster.Instance.DropDatabase(_connectionString);
        return ValueTask.CompletedTask;
    }
}
