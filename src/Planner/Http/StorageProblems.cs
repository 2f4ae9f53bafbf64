using Microsoft.Data.Sqlite;

namespace Planner.Http;

/// <summary>
/// Failures of the storage under Planner rather than of the request: the disk is full, the storage is read-only,
/// the device reports an I/O error, or the database stayed locked by another writer for longer than the busy
/// timeout. They answer 503 Service Unavailable with <c>Retry-After</c>, as the request may succeed unchanged once an
/// operator has acted (or, for a busy database, in a few seconds); nothing was written, since the transaction rolled back.
/// </summary>
public static class StorageProblems
{
    /// <summary>The problem member (and header) giving the seconds to wait before trying again.</summary>
    public const string RetryAfter = "retryAfter";

    // SQLite primary result codes (https://sqlite.org/rescode.html); extended codes carry them in the low byte.
    private const int Busy = 5, Locked = 6, ReadOnly = 8, IoError = 10, Full = 13, CantOpen = 14;

    // errno values (Linux) that .NET puts in IOException.HResult for file-system failures.
    private const int Eio = 5, Enospc = 28, Erofs = 30, Edquot = 122;

    /// <summary>The 503 problem for <paramref name="exception"/>, or null when it is no storage failure.</summary>
    public static PlannerException? Of(Exception exception) => exception switch
    {
        SqliteException s => (s.SqliteErrorCode & 0xFF) switch
        {
            Full => Unavailable("storage.full", "The disk holding Planner's data is full; nothing was saved. Try again once space has been freed.", 300),
            ReadOnly => Unavailable("storage.readOnly", "Planner's data is on storage that cannot be written now; nothing was saved. Try again later.", 300),
            IoError or CantOpen => Unavailable("storage.ioError", "The storage holding Planner's data reported an input/output error; nothing was saved. Try again later.", 60),
            Busy or Locked => Unavailable("storage.busy", "The database is busy with another change; nothing was saved. Try again in a few seconds.", 5),
            _ => null,
        },
        IOException io => (io.HResult & 0xFFFF) switch
        {
            Enospc or Edquot => Unavailable("storage.full", "The disk holding Planner's data is full; nothing was saved. Try again once space has been freed.", 300),
            Erofs => Unavailable("storage.readOnly", "Planner's data is on storage that cannot be written now; nothing was saved. Try again later.", 300),
            Eio => Unavailable("storage.ioError", "The storage holding Planner's data reported an input/output error; nothing was saved. Try again later.", 60),
            _ => null,
        },
        _ when exception.InnerException is { } inner => Of(inner),
        _ => null,
    };

    private static PlannerException Unavailable(string code, string detail, int retryAfterSeconds) =>
        new(ErrorKind.Unavailable, code, detail, extensions: new Dictionary<string, object?> { [RetryAfter] = retryAfterSeconds });
}
