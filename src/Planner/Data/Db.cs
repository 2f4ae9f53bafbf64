using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Planner.Data;

/// <summary>
/// Planner's database, SQLite or PostgreSQL (<see cref="Dialect"/>): opens connections ready for Planner's queries
/// and runs work in short read or write units.
/// </summary>
/// <remarks>
/// Write units never interleave a read and a write with another writer of the same thing (numbering a series,
/// checking conflicts): on SQLite they start with <c>BEGIN IMMEDIATE</c> (one writer at a time, a busy database
/// waited for rather than failed); on PostgreSQL writers run side by side, each unit taking the
/// <see cref="WriteLock"/>s of what it reads before it writes, on every host alike.
/// </remarks>
public sealed class Db
{
    private readonly IChangeContext _changes;

    /// <param name="database">The SQLite database file, or a PostgreSQL connection string (<c>Host=…;Database=…</c>).</param>
    /// <param name="changes">Who makes the changes and when, for the history; Planner itself when null.</param>
    public Db(string database, IChangeContext? changes = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(database);
        Dialect = Dialect.For(database);
        _changes = changes ?? SystemChanges.Instance;
        ConnectionString = Dialect.ConnectionString(database);
        Path = Dialect == Dialect.Sqlite ? database : null;
    }

    public Dialect Dialect { get; }

    /// <summary>Full path of the SQLite database file; null on PostgreSQL.</summary>
    public string? Path { get; }

    public string ConnectionString { get; }

    /// <summary>Where the data is, without secrets: the file, or the PostgreSQL database and server.</summary>
    public string Description => Dialect.Describe(ConnectionString);

    /// <summary>Opens a connection ready for Planner's queries.</summary>
    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken = default)
    {
        var connection = Dialect.Connect(ConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            Dialect.Prepare(connection, _changes);
            return connection;
        }
        catch (SqliteException e) when (StorageFailure.IsStorageFault(e))
        {
            await connection.DisposeAsync();
            throw Fault(e);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    public async Task<T> ReadAsync<T>(Func<DbConnection, Task<T>> work, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(work);
        try
        {
            await using var connection = await OpenAsync(cancellationToken);
            return await work(connection);
        }
        catch (SqliteException e) when (StorageFailure.IsStorageFault(e))
        {
            throw Fault(e);
        }
    }

    /// <summary>
    /// Runs <paramref name="work"/> in one write unit: all of it is committed,
    /// or (on any exception, or when the changes are a trial: <see cref="IChangeContext.Trial"/>) none of it.
    /// </summary>
    public Task<T> WriteAsync<T>(Func<DbConnection, DbTransaction, Task<T>> work, CancellationToken cancellationToken = default) =>
        WriteAsync([], work, cancellationToken);

    /// <summary>
    /// Runs <paramref name="work"/> in one write unit that first takes <paramref name="first"/> (see <see cref="Locks"/>):
    /// what the whole unit reads before it writes, as <see cref="WriteLock.Event"/> for a change to what belongs to one event.
    /// </summary>
    public Task<T> WriteAsync<T>(WriteLock first, Func<DbConnection, DbTransaction, Task<T>> work, CancellationToken cancellationToken = default) =>
        WriteAsync([first], work, cancellationToken);

    private async Task<T> WriteAsync<T>(WriteLock[] locks, Func<DbConnection, DbTransaction, Task<T>> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        try
        {
            await using var connection = await OpenAsync(cancellationToken);
            await using var transaction = await Dialect.BeginWriteAsync(connection, _changes, cancellationToken);
            await Dialect.LockAsync(connection, transaction, locks);
            var result = await work(connection, transaction);
            if (_changes.Trial)
                throw new TrialRolledBack();
            await transaction.CommitAsync(cancellationToken);
            return result;
        }
        catch (SqliteException e) when (StorageFailure.IsStorageFault(e))
        {
            throw Fault(e);
        }
    }

    /// <summary>
    /// A failure of the SQLite file's storage, with its cause: the connections of the pool are dropped (one that met
    /// the fault may hold the file read-only, as SQLite opens a file it cannot write, or be broken), so Planner works
    /// again as soon as the storage does, without a restart; and the folder is tried with a small write, since SQLite
    /// reports a file system turned read-only under it as an I/O error or as a file it cannot open.
    /// </summary>
    private StorageFailureException Fault(SqliteException e)
    {
        using (var pooled = new SqliteConnection(ConnectionString))
            SqliteConnection.ClearPool(pooled);
        var folder = Path is null ? null : System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(Path));
        var failure = (folder is null ? null : StorageFailure.OfFolder(folder)) ?? StorageFailure.Of(e)!;
        return new StorageFailureException(failure, e);
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
