using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Planner.Tests.Support;

/// <summary>The database a test host runs on.</summary>
public enum TestDatabase
{
    /// <summary>The SQLite file in the host's data directory (Planner's default).</summary>
    Sqlite,

    /// <summary>A database of its own on the test run's PostgreSQL cluster (<see cref="PostgresCluster"/>).</summary>
    Postgres,
}

/// <summary>
/// One real PostgreSQL server for the whole test run, from Debian's <c>postgresql</c> package: <c>initdb</c> into a
/// temporary folder and <c>pg_ctl start</c> on a free loopback port, as the <c>postgres</c> user when the tests run as
/// root (PostgreSQL refuses to run as root). Started on first use; stopped, and its folder deleted, when the test
/// process exits. Each host gets a database of its own (<see cref="CreateDatabase"/>), dropped when it is done.
/// </summary>
public sealed class PostgresCluster
{
    private static readonly Lazy<PostgresCluster> Shared = new(Start, LazyThreadSafetyMode.ExecutionAndPublication);
    private static int _databases;

    private readonly string _bin;
    private readonly string _folder;
    private readonly Lazy<string> _migrated;

    private PostgresCluster(string bin, string folder, int port)
    {
        _bin = bin;
        _folder = folder;
        Port = port;
        _migrated = new(MigratedTemplate, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The cluster of this test run, started on first use.</summary>
    public static PostgresCluster Instance => Shared.Value;

    public int Port { get; }

    /// <summary>A connection string to the server's <c>postgres</c> database, as its superuser.</summary>
    public string AdminConnectionString => ConnectionString("postgres");

    public string ConnectionString(string database) => new NpgsqlConnectionStringBuilder
    {
        Host = "127.0.0.1",
        Port = Port,
        Database = database,
        Username = "postgres",
        Password = "postgres",
        // Many hosts of a test run share the server: a host's idle connections are not kept for long.
        ConnectionIdleLifetime = 10,
        MaxPoolSize = 20,
    }.ToString();

    /// <summary>
    /// Creates a database and returns the connection string Planner is given for it: a copy of one migrated once per
    /// test run (a host starting on it finds every migration applied), or an empty one.
    /// </summary>
    public string CreateDatabase(bool migrated = true)
    {
        var name = string.Create(CultureInfo.InvariantCulture, $"planner_{Environment.ProcessId}_{Interlocked.Increment(ref _databases)}");
        Admin(migrated ? $"CREATE DATABASE \"{name}\" TEMPLATE \"{_migrated.Value}\"" : $"CREATE DATABASE \"{name}\"");
        return ConnectionString(name);
    }

    /// <summary>The template database with every migration applied; nothing stays connected to it (no pooling).</summary>
    private string MigratedTemplate()
    {
        var name = string.Create(CultureInfo.InvariantCulture, $"planner_{Environment.ProcessId}_migrated");
        Admin($"CREATE DATABASE \"{name}\"");
        new Planner.Data.Migrator(new Planner.Data.Db(new NpgsqlConnectionStringBuilder(ConnectionString(name)) { Pooling = false }.ToString())).Upgrade();
        return name;
    }

    /// <summary>Drops the database of <paramref name="connectionString"/>, closing what is still connected to it.</summary>
    public void DropDatabase(string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        using (var pooled = new NpgsqlConnection(connectionString))
            NpgsqlConnection.ClearPool(pooled);
        Admin($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
    }

    private void Admin(string sql)
    {
        using var connection = new NpgsqlConnection(AdminConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }

    private static PostgresCluster Start()
    {
        var bin = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(v => Path.Combine(v, "bin")).Where(b => File.Exists(Path.Combine(b, "initdb"))).Order().LastOrDefault()
            : null;
        if (bin is null)
            throw new InvalidOperationException("PostgreSQL is not installed (Debian package postgresql; tests/run.sh installs it).");
        RemoveStopped();
        var folder = Path.Combine(Path.GetTempPath(), "planner-postgres-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var root = Environment.UserName == "root";
        if (root)
            Run("chown", ["postgres:postgres", folder], asPostgres: false);
        var password = Path.Combine(folder, "password");
        Run("sh", ["-c", $"echo postgres > '{password}'"], root);
        var data = Path.Combine(folder, "data");
        // UTF-8 with ICU as the default collation provider: lower() and the collations fold and order every alphabet.
        Run(Path.Combine(bin, "initdb"), ["-D", data, "-U", "postgres", "--pwfile", password, "--auth", "scram-sha-256",
            "--encoding", "UTF8", "--locale", "C.UTF-8", "--locale-provider", "icu", "--icu-locale", "und", "--no-sync"], root);
        var port = FreePort();
        // A throwaway cluster: no durability needed, enough connections for hosts running in parallel.
        var options = string.Create(CultureInfo.InvariantCulture,
            $"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c max_connections=400 -c fsync=off -c synchronous_commit=off -c full_page_writes=off");
        Run(Path.Combine(bin, "pg_ctl"), ["-D", data, "-o", options, "-l", Path.Combine(folder, "log"), "-w", "-t", "60", "start"], root);
        var cluster = new PostgresCluster(bin, folder, port);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => cluster.Stop(root);
        return cluster;
    }

    private void Stop(bool root)
    {
        try
        {
            Run(Path.Combine(_bin, "pg_ctl"), ["-D", Path.Combine(_folder, "data"), "-m", "immediate", "-w", "stop"], root);
        }
        finally
        {
            Remove(_folder);
        }
    }

    /// <summary>Removes the folders of earlier runs' clusters that are no longer running (a test process cut short at exit leaves them).</summary>
    private static void RemoveStopped()
    {
        foreach (var folder in Directory.GetDirectories(Path.GetTempPath(), "planner-postgres-*"))
        {
            // One being started now has no postmaster.pid yet either: only folders untouched for an hour go.
            if (!File.Exists(Path.Combine(folder, "data", "postmaster.pid")) && Directory.GetLastWriteTimeUtc(folder) < DateTime.UtcNow.AddHours(-1))
                Remove(folder);
        }
    }

    private static void Remove(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static void Run(string file, string[] arguments, bool asPostgres)
    {
        var start = new ProcessStartInfo(asPostgres ? "runuser" : file)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = "/tmp",
        };
        if (asPostgres)
        {
            foreach (var a in (string[])["-u", "postgres", "--", file])
                start.ArgumentList.Add(a);
        }

        foreach (var a in arguments)
            start.ArgumentList.Add(a);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{file} did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(120_000))
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"{file} {string.Join(' ', arguments)} did not finish in 2 minutes.");
        }

        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{file} {string.Join(' ', arguments)} failed ({process.ExitCode}): {output.Result}{error.Result}");
    }
}
