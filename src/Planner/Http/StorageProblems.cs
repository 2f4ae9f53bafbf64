using Planner.Data;

namespace Planner.Http;

/// <summary>
/// The problems of database errors (<see cref="StorageFailure"/>, the same for SQLite and PostgreSQL), in one place.
/// A broken rule of the schema is the request's fault: a duplicate key or a record in use answers 409, a trigger's
/// refusal 409 with its words, another rule 422. Failures of the storage under Planner rather than of the request:
/// the disk is full, the storage is read-only, the device reports an I/O error, the database server cannot be
/// reached, or the database stayed locked by another writer for longer than the busy timeout. They answer 503
/// Service Unavailable with <c>Retry-After</c>, as the request may succeed unchanged once an operator has acted (or,
/// for a busy database, in a few seconds); nothing was written, since the transaction rolled back.
/// </summary>
public static class StorageProblems
{
    /// <summary>The problem member (and header) giving the seconds to wait before trying again.</summary>
    public const string RetryAfter = "retryAfter";

    /// <summary>The problem for <paramref name="exception"/> (409, 422 or 503), or null when it is no database or storage failure.</summary>
    public static PlannerException? Of(Exception exception) => StorageFailure.Of(exception) is { } failure ? Of(failure) : null;

    private static PlannerException? Of(StorageFailure failure) => failure.Kind switch
    {
        StorageFailureKind.Refused => new PlannerException(ErrorKind.Conflict, ErrorCode.RecordRefused, failure.Message),
        StorageFailureKind.Duplicate => new PlannerException(ErrorKind.Conflict, ErrorCode.RecordDuplicate, "A record with the same key already exists."),
        StorageFailureKind.InUse => new PlannerException(ErrorKind.Conflict, ErrorCode.RecordInUse, "The record refers to a record that does not exist, or is still referred to by others."),
        StorageFailureKind.Invalid => new PlannerException(ErrorKind.Invalid, ErrorCode.RecordInvalid, "The record breaks a rule of the database: " + failure.Message),
        StorageFailureKind.Full => Unavailable(ErrorCode.StorageFull, "The disk holding Planner's data is full; nothing was saved. Try again once space has been freed.", 300),
        StorageFailureKind.ReadOnly => Unavailable(ErrorCode.StorageReadOnly, "Planner's data is on storage that cannot be written now; nothing was saved. Try again later.", 300),
        StorageFailureKind.IoError => Unavailable(ErrorCode.StorageIoError, "The storage holding Planner's data reported an input/output error; nothing was saved. Try again later.", 60),
        StorageFailureKind.Busy => Unavailable(ErrorCode.StorageBusy, "The database is busy with another change; nothing was saved. Try again in a few seconds.", 5),
        StorageFailureKind.Unreachable => Unavailable(ErrorCode.StorageUnreachable, "Planner's database server cannot be reached; nothing was saved. Try again later.", 30),
        _ => null,
    };

    private static PlannerException Unavailable(ErrorCode code, string detail, int retryAfterSeconds) =>
        new(ErrorKind.Unavailable, code, detail, extensions: new Dictionary<string, object?> { [RetryAfter] = retryAfterSeconds });
}
