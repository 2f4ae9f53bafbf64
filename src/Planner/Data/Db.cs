using System.Data.Common;
using System.Globalization;
using Dapper;
using Microsoft.Data.Sqlite;

namespace Planner.Data;

/// <summary>
/// The SQLite database: opens connections with foreign keys on, the precedence
/// collations and the history functions registered, and runs work in short read or write units.
/// </summary>
/// <remarks>
/// Write units start with <c>BEGIN IMMEDIATE</c>, so two writers never interleave a read
/// and a write (numbering a series, checking conflicts) and a busy database is waited for
/// rather than failed.
/// </remarks>
public sealed class Db
{
    static Db()
    {
        DefaultTypeMap.MatchNamesWithUnderscores = true;
    }

    private readonly IChangeContext _changes;

    /// <param name="path">The database file.</param>
    /// <param name="changes">Who makes the changes and when, for the history; Planner itself when null.</param>
    public Db(string path, IChangeContext? changes = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        Path = path;
        _changes = changes ?? SystemChanges.Instance;
        ConnectionString = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            ForeignKeys = true,
            DefaultTimeout = 30,
            Pooling = true,
        }.ToString();
    }

    /// <summary>Full path of the database file.</summary>
    public string Path { get; }

    public string ConnectionString { get; }

    /// <summary>Opens a connection ready for Planner's queries.</summary>
    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken = default)
    {
        var connection = new SqliteConnection(ConnectionString);
        await connection.OpenAsync(cancellationToken);
        Collations.Register(connection);
        Like.Register(connection);
        connection.CreateFunction("planner_actor", () => _changes.Actor);
        connection.CreateFunction("planner_now", () => _changes.Now.ToUnixTimeSeconds());
        return connection;
    }

    public async Task<T> ReadAsync<T>(Func<DbConnection, Task<T>> work, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(work);
        await using var connection = await OpenAsync(cancellationToken);
        return await work(connection);
    }

    /// <summary>
    /// Runs <paramref name="work"/> in one immediate transaction: all of it is committed,
    /// or (on any exception, or when the changes are a trial: <see cref="IChangeContext.Trial"/>) none of it.
    /// </summary>
    public async Task<T> WriteAsync<T>(Func<DbConnection, DbTransaction, Task<T>> work, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(work);
        await using var connection = (SqliteConnection)await OpenAsync(cancellationToken);
        await using var transaction = connection.BeginTransaction(deferred: false);
        var result = await work(connection, transaction);
        if (_changes.Trial)
            throw new TrialRolledBack();
        await transaction.CommitAsync(cancellationToken);
        return result;
    }
}

/// <summary>A write unit of a trial (<see cref="IChangeContext.Trial"/>) that passed its checks and was rolled back.</summary>
public sealed class TrialRolledBack : Exception
{
    public TrialRolledBack()
        : base("The write was a trial and was rolled back.")
    {
    }

    public TrialRolledBack(string message)
        : base(message)
    {
    }

    public TrialRolledBack(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

/// <summary>
/// Collations named after a language (<c>ru</c>, <c>en</c>, <c>zh</c>) that order names the way
/// that language's alphabet does, so <c>ORDER BY name_ru COLLATE ru</c> gives the order of precedence.
/// </summary>
public static class Collations
{
    private static readonly (string Name, CompareInfo Compare)[] All =
    [
        ("ru", CultureInfo.GetCultureInfo("ru-RU").CompareInfo),
        ("en", CultureInfo.GetCultureInfo("en-GB").CompareInfo),
        ("zh", CultureInfo.GetCultureInfo("zh-CN").CompareInfo),
    ];

    /// <summary>Compares two names in the alphabetical order of <paramref name="language"/>.</summary>
    public static int Compare(string language, string? x, string? y)
    {
        foreach (var (name, compare) in All)
        {
            if (name == language)
                return compare.Compare(x, y, CompareOptions.IgnoreCase);
        }

        throw new ArgumentOutOfRangeException(nameof(language), language, "Languages are en, ru and zh.");
    }

    internal static void Register(SqliteConnection connection)
    {
        foreach (var (name, compare) in All)
            connection.CreateCollation(name, (x, y) => compare.Compare(x, y, CompareOptions.IgnoreCase));
    }
}
