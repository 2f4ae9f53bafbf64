using Dapper;
using NodaTime;
using Planner.Data;
using Planner.Events;

namespace Planner.Invitations;

/// <summary>
/// Notices changes of an invited event's time or venue, and its cancellation, by comparing the event with
/// what its parties were last told (<c>invitation_settings.announced</c>); raises the calendar SEQUENCE and
/// queues an update (METHOD:REQUEST) or cancellation (METHOD:CANCEL) to every invited party, in one
/// transaction with the new snapshot, so each change is announced once. Run by the dispatch job before sending;
/// the event endpoints are left as they are.
/// </summary>
public sealed class EventChanges(Db db, MailQueue queue)
{
    private sealed record AnnouncedRow(long EventId, string? Announced);

    /// <summary>Announces every change not yet announced; returns the events announced.</summary>
    public async Task<IReadOnlyList<long>> AnnounceAsync(Instant now, CancellationToken cancellationToken = default)
    {
        var rows = await db.ReadAsync(c => c.QueryAsync<AnnouncedRow>(
            """
            SELECT s.event_id AS EventId, s.announced FROM invitation_settings s
            WHERE EXISTS (SELECT 1 FROM invitation i WHERE i.event_id = s.event_id)
            """), cancellationToken);
        var announced = new List<long>();
        foreach (var row in rows)
        {
            if (await db.WriteAsync((c, tx) => AnnounceAsync(c, tx, row.EventId, now, cancellationToken), cancellationToken))
                announced.Add(row.EventId);
        }

        return announced;
    }

    private async Task<bool> AnnounceAsync(Microsoft.Data.Sqlite.SqliteConnection c, Microsoft.Data.Sqlite.SqliteTransaction tx,
        long eventId, Instant now, CancellationToken cancellationToken)
    {
        var before = await c.ExecuteScalarAsync<string?>("SELECT announced FROM invitation_settings WHERE event_id = @eventId", new { eventId }, tx);
        var e = await EventStore.FindAsync(c, eventId, tx);
        if (e is null)
            return false;
        var snapshot = InvitationStore.Snapshot(e);
        if (snapshot == before)
            return false;

        var cancelled = e.Status == EventStatus.Cancelled;
        var wasCancelled = before?.EndsWith("|cancelled", StringComparison.Ordinal) ?? false;
        var moved = before is null || !snapshot.StartsWith(before[..before.LastIndexOf('|')] + "|", StringComparison.Ordinal);
        await c.ExecuteAsync("UPDATE invitation_settings SET announced = @snapshot WHERE event_id = @eventId", new { snapshot, eventId }, tx);
        MailKind? kind = cancelled && !wasCancelled ? MailKind.Cancellation
            : !cancelled && (moved || wasCancelled) ? MailKind.Update
            : null;
        if (kind is null)
            return false;

        await c.ExecuteAsync("UPDATE invitation_settings SET sequence = sequence + 1 WHERE event_id = @eventId", new { eventId }, tx);
        var ev = await InvitationStore.MailEventAsync(c, eventId, tx);
        foreach (var party in await InvitationStore.PartiesAsync(c, eventId, tx))
        {
            if (party.InvitationId is null || party.Contacts.Count == 0 || (kind == MailKind.Update && party.State == InvitationState.Declined))
                continue;
            await queue.QueueAsync(c, tx, kind.Value, ev, party, now, cancellationToken: cancellationToken);
        }

        return true;
    }
}
