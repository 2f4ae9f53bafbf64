using System.Data.Common;
using System.Net.Sockets;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Planner.Data;

/// <summary>What went wrong in the database (the same for SQLite and PostgreSQL) or in the file system under it.</summary>
public enum StorageFailureKind
{
    /// <summary>A record with the same key exists (SQLite UNIQUE, PostgreSQL 23505).</summary>
    Duplicate,

    /// <summary>A reference to a record that does not exist, or a record still referred to (FOREIGN KEY, 23503).</summary>
    InUse,

    /// <summary>A CHECK or NOT NULL rule of the schema (23514, 23502).</summary>
    Invalid,

    /// <summary>A trigger refused the change with words for people (SQLite RAISE(ABORT), PostgreSQL RAISE EXCEPTION).</summary>
    Refused,

    /// <summary>The database stayed locked by another writer, or a deadlock was broken: the same request may succeed soon.</summary>
    Busy,

    /// <summary>The disk holding the data is full.</summary>
    Full,

    /// <summary>The storage cannot be written now.</summary>
    ReadOnly,

    /// <summary>The storage reported an input/output error, or the file cannot be opened.</summary>
    IoError,

    /// <summary>The database server cannot be reached, or is shutting down.</summary>
    Unreachable,
}

/// <summary>A database or file-system error, classified; <see cref="Message"/> is the database's (or the file system's) own text (a trigger's words for <see cref="StorageFailureKind.Refused"/>).</summary>
public sealed record StorageFailure(StorageFailureKind Kind, string Message)
{
    // SQLite result codes (https://sqlite.org/rescode.html); extended codes carry the primary one in the low byte.
    private const int Busy = 5, Locked = 6, ReadOnly = 8, IoError = 10, Full = 13, CantOpen = 14, Constraint = 19, ConstraintTrigger = 1811;

    /// <summary>The failure <paramref name="exception"/> (or one it wraps) reports, or null when it is no database error.</summary>
    public static StorageFailure? Of(Exception? exception) => exception switch
    {
        null => null,
        StorageFailureException diagnosed => diagnosed.Failure,
        SqliteException s => OfSqlite(s),
        PostgresException p => OfPostgres(p),
        NpgsqlException { InnerException: SocketException or IOException or TimeoutException } n => new(StorageFailureKind.Unreachable, n.Message),
        IOException io when OfFileSystem(io) is { } failure => failure,
        _ => Of(exception.InnerException),
    };

    private static StorageFailure? OfSqlite(SqliteException s)
    {
        if (s.SqliteExtendedErrorCode == ConstraintTrigger)
            return new(StorageFailureKind.Refused, Quoted(s.Message));
        return (s.SqliteErrorCode & 0xFF) switch
        {
            Constraint when s.Message.Contains("UNIQUE", StringComparison.Ordinal) => new(StorageFailureKind.Duplicate, s.Message),
            Constraint when s.Message.Contains("FOREIGN KEY", StringComparison.Ordinal) => new(StorageFailureKind.InUse, s.Message),
            Constraint => new(StorageFailureKind.Invalid, s.Message),
            Full => new(StorageFailureKind.Full, s.Message),
            ReadOnly => new(StorageFailureKind.ReadOnly, s.Message),
            IoError or CantOpen => new(StorageFailureKind.IoError, s.Message),
            Busy or Locked => new(StorageFailureKind.Busy, s.Message),
            _ => null,
        };
    }

    // SQLSTATE codes: https://www.postgresql.org/docs/current/errcodes-appendix.html
    private static StorageFailure? OfPostgres(PostgresException p) => p.SqlState switch
    {
        "23505" => new(StorageFailureKind.Duplicate, p.MessageText),
        "23503" => new(StorageFailureKind.InUse, p.MessageText),
        "23514" or "23502" or "22001" => new(StorageFailureKind.Invalid, p.MessageText),
        "P0001" => new(StorageFailureKind.Refused, p.MessageText),
        "40001" or "40P01" or "55P03" or "57014" => new(StorageFailureKind.Busy, p.MessageText),
        "53100" => new(StorageFailureKind.Full, p.MessageText),
        "25006" => new(StorageFailureKind.ReadOnly, p.MessageText),
        "58030" => new(StorageFailureKind.IoError, p.MessageText),
        _ when p.SqlState.StartsWith("08", StringComparison.Ordinal) || p.SqlState.StartsWith("57P", StringComparison.Ordinal)
            || p.SqlState == "53300" => new(StorageFailureKind.Unreachable, p.MessageText),
        _ => null,
    };

    /// <summary>
    /// Whether <paramref name="exception"/> is a failure of the SQLite file's storage rather than of the statement: the
    /// file could not be opened or written, or the disk is full. A connection that met one may hold the file read-only
    /// or in a broken state, and is not to be used again.
    /// </summary>
    internal static bool IsStorageFault(SqliteException exception) =>
        (exception.SqliteErrorCode & 0xFF) is ReadOnly or IoError or Full or CantOpen;

    /// <summary>
    /// What the file system of <paramref name="folder"/> says when a small file is written and flushed there: read-only,
    /// full, an I/O error, or null when the write succeeds. SQLite reports a file system that turned read-only under an
    /// open database as an I/O error, or as a file it cannot open; this names the cause.
    /// </summary>
    internal static StorageFailure? OfFolder(string folder)
    {
        var probe = System.IO.Path.Combine(folder, $".storage-probe-{Environment.ProcessId}-{Environment.CurrentManagedThreadId}");
        try
        {
            using var stream = new FileStream(probe, FileMode.Create, FileAccess.Write, FileShare.None, 1, FileOptions.DeleteOnClose);
            stream.WriteByte(0);
            stream.Flush(flushToDisk: true);
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return OfFileSystem(e);
        }
    }

    /// <summary>A failure of the file system (a full disk, read-only storage, an I/O error) that a file operation reported, or null for any other.</summary>
    private static StorageFailure? OfFileSystem(Exception e) => (e.HResult & 0xFFFF) switch
    {
        // .NET puts the errno of a failed file-system call in the low bits of HResult.
        Erofs => new(StorageFailureKind.ReadOnly, e.Message),
        Enospc or Edquot => new(StorageFailureKind.Full, e.Message),
        Eio => new(StorageFailureKind.IoError, e.Message),
        _ => null,
    };

    // errno values (Linux).
    private const int Eio = 5, Enospc = 28, Erofs = 30, Edquot = 122;

    /// <summary>The text of <c>SQLite Error 19: 'text'.</c></summary>
    private static string Quoted(string message)
    {
        var from = message.IndexOf('\'', StringComparison.Ordinal);
        var to = message.LastIndexOf('\'', message.Length - 1);
        return from >= 0 && to > from ? message[(from + 1)..to] : message;
    }
}

/// <summary>A database error whose cause <see cref="Db"/> found out (the file system turned read-only, say); <see cref="StorageFailure.Of"/> reads it first.</summary>
public sealed class StorageFailureException : Exception
{
    public StorageFailureException()
        : this(new StorageFailure(StorageFailureKind.IoError, "The storage failed."), null)
    {
    }

    public StorageFailureException(string message)
        : this(new StorageFailure(StorageFailureKind.IoError, message), null)
    {
    }

    public StorageFailureException(string message, Exception innerException)
        : this(new StorageFailure(StorageFailureKind.IoError, message), innerException)
    {
    }

    public StorageFailureException(StorageFailure failure, Exception? innerException)
        : base(failure?.Message, innerException) => Failure = failure!;

    /// <summary>The failure as classified.</summary>
    public StorageFailure Failure { get; }
}
