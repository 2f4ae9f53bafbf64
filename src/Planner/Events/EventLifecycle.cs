using Dapper;
using Microsoft.Data.Sqlite;
using Planner.Data;
using Planner.Http;

namespace Planner.Events;

/// <summary>
/// Ending an event's life: deleting one that was never announced, or cancelling any. Deleting is refused
/// (409, code <c>event.sent</c>) once an invitation or any mail was made for the event, because the parties
/// hold a record of it: such an event is cancelled instead, which announces the cancellation to them.
/// </summary>
public static class EventLifecycle
{
    /// <summary>Refuses with 409 when anything was sent (or queued) for the event; used by every delete of an event.</summary>
    public static async Task EnsureNothingSentAsync(SqliteConnection c, SqliteTransaction tx, long id)
    {
        var sent = await c.ExecuteScalarAsync<long>(
            "SELECT EXISTS (SELECT 1 FROM invitation WHERE event_id = @id) OR EXISTS (SELECT 1 FROM outbox WHERE event_id = @id)", new { id }, tx);
        if (sent != 0)
            throw Problems.Coded(409, "Conflict", "id", "event.sent",
                $"Invitations were sent for the event {id}; it cannot be deleted, cancel it instead.");
    }

    /// <summary>Deletes the event with its participants, agenda and plan, after the version and nothing-sent checks.</summary>
    public static async Task DeleteAsync(SqliteConnection c, SqliteTransaction tx, long id, long? version)
    {
        await c.EnsureVersionAsync(tx, Table.Event, id, version);
        await EnsureNothingSentAsync(c, tx, id);
        await c.ExecuteAsync("DELETE FROM event WHERE id = @id", new { id }, tx);
    }

    /// <summary>
    /// Marks the event cancelled (a cancelled event occupies no one and clashes with nothing); the mail job
    /// announces the cancellation to every invited party. Cancelling a cancelled event changes nothing.
    /// </summary>
    public static async Task CancelAsync(SqliteConnection c, SqliteTransaction tx, long id, long version) =>
        await c.ChangeAsync(tx, Table.Event, id, version,
            "UPDATE event SET status = 'cancelled', version = version + 1 WHERE id = @id AND version = @version AND status <> 'cancelled'",
            new { id, version });
}
