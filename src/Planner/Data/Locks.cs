using System.Data.Common;

namespace Planner.Data;

/// <summary>
/// What a write unit locks so that its reads and writes do not interleave with another writer's on the same thing.
/// The order of the kinds is the order in which one unit takes its locks (events first, then what their checks read).
/// </summary>
public enum LockKind
{
    /// <summary>One event and what belongs to it (agenda, delegations, invitations, outcome, exercise): numbering its items, its quota.</summary>
    Event = 1,

    /// <summary>A numbered series: the next number (<c>MAX(number) + 1</c>) and whether a number is free.</summary>
    Series = 2,

    /// <summary>The outgoing register of a year: the next register number.</summary>
    Register = 3,

    /// <summary>The users and API tokens: the last enabled administrator, and the last admin token, are kept.</summary>
    Users = 4,

    /// <summary>Loading the demo data: what is missing is added once.</summary>
    Seeding = 5,

    /// <summary>A venue (and its rooms): a conflict check reads who else is there.</summary>
    Venue = 10,

    /// <summary>A party: a conflict check reads its other events and its standing.</summary>
    Party = 11,

    /// <summary>A person: a conflict check reads where else the person is booked.</summary>
    Person = 12,

    /// <summary>The blackout periods: every event's conflict check reads them (shared), a blackout change writes them.</summary>
    Blackouts = 13,
}

/// <summary>
/// A lock a write unit holds until it ends. On SQLite every write unit already has the database to itself
/// (<c>BEGIN IMMEDIATE</c>), so taking one costs nothing; on PostgreSQL it is a transaction-level advisory lock on
/// (<see cref="Kind"/>, <see cref="Id"/>), so only writers of the same thing wait for each other, on any host.
/// </summary>
/// <param name="Shared">Held together with other shared holders of the same lock; only an exclusive holder waits, and is waited for.</param>
public readonly record struct WriteLock(LockKind Kind, long Id, bool Shared = false)
{
    public static WriteLock Event(long id) => new(LockKind.Event, id);

    public static WriteLock Series(long id) => new(LockKind.Series, id);

    public static WriteLock Register(int year) => new(LockKind.Register, year);

    public static WriteLock Venue(long id) => new(LockKind.Venue, id);

    public static WriteLock Party(long id) => new(LockKind.Party, id);

    public static WriteLock Person(long id) => new(LockKind.Person, id);

    /// <summary>The users and API tokens, for a change that counts administrators.</summary>
    public static readonly WriteLock Users = new(LockKind.Users, 0);

    /// <summary>Loading the demo data.</summary>
    public static readonly WriteLock Seeding = new(LockKind.Seeding, 0);

    /// <summary>The blackout periods, exclusively (a change to them) or shared (a check that reads them).</summary>
    public static WriteLock Blackouts(bool shared) => new(LockKind.Blackouts, 0, shared);
}

/// <summary>Takes <see cref="WriteLock"/>s inside a write unit.</summary>
public static class Locks
{
    /// <summary>
    /// Takes <paramref name="locks"/> (waiting for their holders), all at once in one order (kind, then id) so that two
    /// units asking for the same set never wait for each other in a circle; held until the unit ends. A deadlock
    /// PostgreSQL still finds between units that took locks at several points ends one of them as
    /// <see cref="StorageFailureKind.Busy"/> (503, try again), never half-written.
    /// </summary>
    public static Task TakeAsync(DbConnection c, DbTransaction tx, params IEnumerable<WriteLock> locks) =>
        Dialect.Of(c).LockAsync(c, tx, locks);

    /// <summary>Takes the locks <paramref name="find"/> reads from the database; on SQLite (one writer) it is not even asked.</summary>
    public static async Task TakeAsync(DbConnection c, DbTransaction tx, Func<Task<IEnumerable<WriteLock>>> find)
    {
        ArgumentNullException.ThrowIfNull(find);
        var dialect = Dialect.Of(c);
        if (!dialect.OneWriter)
            await dialect.LockAsync(c, tx, await find());
    }
}
