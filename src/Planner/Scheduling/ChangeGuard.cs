using System.Data.Common;
using Dapper;
using Planner.Data;
using Planner.Http;

namespace Planner.Scheduling;

/// <summary>
/// Wraps every change to an event, its delegations or its agenda: keeps the bookings in step and
/// refuses the change with 409 and the list of conflicts when it creates an error-level clash that
/// was not there before, unless the request accepts conflicts. Warnings never block.
/// </summary>
public sealed class ChangeGuard(Chairmanship chairmanship)
{
    private static readonly Dictionary<string, string> Fields = new(StringComparer.Ordinal)
    {
        ["venue.doubleBooked"] = "venueId",
        ["room.doubleBooked"] = "room",
        ["session.outsideEvent"] = "end",
        ["person.doubleBooked"] = "members",
        ["chair.notMember"] = "chairPartyId",
        ["participant.notMember"] = "role",
        ["blackout"] = "start",
    };

    public Chairmanship Chairmanship => chairmanship;

    /// <summary>
    /// Runs <paramref name="change"/> (which returns the id of the event it changed) inside the caller's
    /// transaction and checks the event's conflicts before and after it.
    /// </summary>
    /// <remarks>
    /// The event is locked (<see cref="WriteLock.Event"/>) before anything is read. After the change, and before the
    /// check, the unit locks what the check reads of others: the event's venue, its parties (participants, host, chair),
    /// the people it books, and (shared) the blackout periods. Of two changes that would clash, the second to lock
    /// therefore checks after the first has committed, sees it, and is refused; changes to other venues, parties and
    /// people do not wait.
    /// </remarks>
    /// <param name="eventId">The event as it is before the change; null when the change creates it.</param>
    public async Task RunAsync(DbConnection c, DbTransaction tx, long? eventId, Func<Task<long>> change, bool acceptConflicts)
    {
        ArgumentNullException.ThrowIfNull(change);
        if (eventId is { } locked)
            await Locks.TakeAsync(c, tx, WriteLock.Event(locked));
        var before = eventId is { } id && !acceptConflicts
            ? (await ConflictFinder.FindAsync(c, tx, Scope.ForEvent(id))).Select(x => x.Key).ToHashSet(StringComparer.Ordinal)
            : [];
        var changed = await change();
        await Bookings.RebuildAsync(c, tx, changed);
        if (acceptConflicts)
            return;

        await Locks.TakeAsync(c, tx, () => ReadByAsync(c, tx, changed));
        var after = await ConflictFinder.FindAsync(c, tx, Scope.ForEvent(changed));
        RefuseFresh(before, after);
    }

    /// <summary>
    /// Runs a change that is not to one event (a blackout period, a party's standing) and refuses it
    /// when it creates an error-level clash for any event in <paramref name="scope"/> that was not there before.
    /// </summary>
    /// <param name="scope">Every event the change can touch, as it is before and after the change (wider is only slower).</param>
    /// <param name="changes">What the change is to, locked first: the conflict checks of events lock it too (<see cref="RunAsync"/>).</param>
    /// <param name="field">The field of the changed record that the refusal names.</param>
    public static async Task RunInScopeAsync(DbConnection c, DbTransaction tx, Scope scope, WriteLock changes, string field, Func<Task> change,
        bool acceptConflicts)
    {
        ArgumentNullException.ThrowIfNull(change);
        await Locks.TakeAsync(c, tx, changes);
        if (acceptConflicts)
        {
            await change();
            return;
        }

        var before = (await ConflictFinder.FindAsync(c, tx, scope)).Select(x => x.Key).ToHashSet(StringComparer.Ordinal);
        await change();
        RefuseFresh(before, await ConflictFinder.FindAsync(c, tx, scope), field);
    }

    /// <summary>The locks of what the conflict check of <paramref name="eventId"/> reads of other events and records.</summary>
    private static async Task<IEnumerable<WriteLock>> ReadByAsync(DbConnection c, DbTransaction tx, long eventId) =>
        (await c.QueryAsync<(long Kind, long Id)>(
            $"""
            SELECT {(int)LockKind.Venue} AS kind, venue_id AS id FROM event WHERE id = @eventId
            UNION SELECT {(int)LockKind.Party}, host_party_id FROM event WHERE id = @eventId AND host_party_id IS NOT NULL
            UNION SELECT {(int)LockKind.Party}, chair_party_id FROM event WHERE id = @eventId AND chair_party_id IS NOT NULL
            UNION SELECT {(int)LockKind.Party}, party_id FROM participation WHERE event_id = @eventId
            UNION SELECT {(int)LockKind.Person}, person_id FROM booking WHERE event_id = @eventId
            """, new { eventId }, tx))
        .Select(r => new WriteLock((LockKind)r.Kind, r.Id))
        .Append(WriteLock.Blackouts(shared: true));

    private static void RefuseFresh(HashSet<string> before, IReadOnlyList<Conflict> after, string? field = null)
    {
        var fresh = after.Where(x => x.Severity == Severity.Error && !before.Contains(x.Key)).ToList();
        if (fresh.Count == 0)
            return;

        var byField = fresh.GroupBy(x => field ?? Fields.GetValueOrDefault(x.Code, "body")).ToList();
        throw new PlannerException(ErrorKind.Conflict, fresh.Count == 1 ? ErrorCode.ConflictOne.Specific("conflict." + fresh[0].Code) : ErrorCode.ConflictSeveral,
            (fresh.Count == 1 ? "The change would cause a conflict: " : $"The change would cause {fresh.Count} conflicts: ")
            + string.Join(" ", fresh.Select(x => x.Message)) + " Send acceptConflicts=true to make it anyway.",
            byField.ToDictionary(g => g.Key, g => g.Select(x => x.Message).ToArray()),
            new Dictionary<string, object?> { ["count"] = fresh.Count, ["conflicts"] = new Sentences(fresh) },
            new Dictionary<string, object?> { ["conflicts"] = fresh })
        {
            Reasons = byField.ToDictionary(g => g.Key, g => g.Select(x => new FieldReason(ErrorCode.ConflictFound, ("conflict", new Sentences([x])))).ToArray()),
        };
    }
}

/// <summary>Conflicts' sentences in the reader's language, one after another.</summary>
internal sealed record Sentences(IReadOnlyList<Conflict> Conflicts) : IPhrase
{
    public string In(Language language, Catalogue catalogue) => string.Join(" ", Conflicts.Select(c => c.In(language)));
}
