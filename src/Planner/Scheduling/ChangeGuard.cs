using System.Data.Common;
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
    /// <param name="eventId">The event as it is before the change; null when the change creates it.</param>
    public async Task RunAsync(DbConnection c, DbTransaction tx, long? eventId, Func<Task<long>> change, bool acceptConflicts)
    {
        ArgumentNullException.ThrowIfNull(change);
        var before = eventId is { } id && !acceptConflicts
            ? (await ConflictFinder.FindAsync(c, tx, Scope.ForEvent(id))).Select(x => x.Key).ToHashSet(StringComparer.Ordinal)
            : [];
        var changed = await change();
        await Bookings.RebuildAsync(c, tx, changed);
        if (acceptConflicts)
            return;

        var after = await ConflictFinder.FindAsync(c, tx, Scope.ForEvent(changed));
        RefuseFresh(before, after);
    }

    /// <summary>
    /// Runs a change that is not to one event (a blackout period, a party's standing) and refuses it
    /// when it creates an error-level clash for any event in <paramref name="scope"/> that was not there before.
    /// </summary>
    /// <param name="scope">Every event the change can touch, as it is before and after the change (wider is only slower).</param>
    /// <param name="field">The field of the changed record that the refusal names.</param>
    public static async Task RunInScopeAsync(DbConnection c, DbTransaction tx, Scope scope, string field, Func<Task> change, bool acceptConflicts)
    {
        ArgumentNullException.ThrowIfNull(change);
        if (acceptConflicts)
        {
            await change();
            return;
        }

        var before = (await ConflictFinder.FindAsync(c, tx, scope)).Select(x => x.Key).ToHashSet(StringComparer.Ordinal);
        await change();
        RefuseFresh(before, await ConflictFinder.FindAsync(c, tx, scope), field);
    }

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
