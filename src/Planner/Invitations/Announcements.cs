using Dapper;
using System.Data.Common;
using NodaTime;
using Planner.Events;

namespace Planner.Invitations;

/// <summary>
/// Tells the invited parties of an event's change, in the transaction that makes it: a new time or venue
/// is an update (METHOD:REQUEST), a cancellation a CANCEL to every invited party, and a party removed from
/// the event gets a CANCEL of its own, so the meeting leaves its calendar. Each raises the calendar SEQUENCE,
/// so clients replace what they had. Nothing looks for changes afterwards.
/// </summary>
public sealed class Announcements(MailQueue queue, Reminders reminders, IClock clock) : IEventObserver
{
    /// <summary>What a change of <paramref name="before"/> into <paramref name="after"/> announces, if anything.</summary>
    public static MailKind? KindOf(Event before, Event after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var cancelled = after.Status == EventStatus.Cancelled;
        var wasCancelled = before.Status == EventStatus.Cancelled;
        var moved = before.StartAt != after.StartAt || before.EndAt != after.EndAt || before.VenueId != after.VenueId;
        return cancelled && !wasCancelled ? MailKind.Cancellation
            : !cancelled && (moved || wasCancelled) ? MailKind.Update
            : null;
    }

    public async Task ChangedAsync(DbConnection c, DbTransaction tx, Event before, Event after, CancellationToken cancellationToken)
    {
        if (KindOf(before, after) is not { } kind || !await InvitedAsync(c, tx, after.Id))
            return;
        var ev = await NextSequenceAsync(c, tx, after.Id);
        var now = clock.GetCurrentInstant();
        var batch = queue.Begin(c, tx);
        foreach (var party in await InvitationStore.PartiesAsync(c, after.Id, tx))
        {
            if (party.InvitationId is null || party.Contacts.Count == 0 || (kind == MailKind.Update && party.State == InvitationState.Declined))
                continue;
            await batch.QueueAsync(kind, ev, party, now, cancellationToken: cancellationToken);
        }
    }

    public async Task PartyRemovedAsync(DbConnection c, DbTransaction tx, Event e, long partyId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(e);
        var party = (await InvitationStore.PartiesAsync(c, e.Id, tx)).FirstOrDefault(p => p.PartyId == partyId);
        if (party is not { InvitationId: not null } || party.Contacts.Count == 0 || party.State == InvitationState.Declined)
            return;
        var ev = await NextSequenceAsync(c, tx, e.Id);
        await queue.Begin(c, tx).QueueAsync(MailKind.Cancellation, ev, party, clock.GetCurrentInstant(), cancellationToken: cancellationToken);
    }

    public Task CommittedAsync(long eventId, CancellationToken cancellationToken) => reminders.ScheduleAsync(eventId, cancellationToken);

    private static async Task<bool> InvitedAsync(DbConnection c, DbTransaction tx, long eventId) =>
        await c.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM invitation WHERE event_id = @eventId", new { eventId }, tx) > 0;

    private static async Task<MailEvent> NextSequenceAsync(DbConnection c, DbTransaction tx, long eventId)
    {
        await c.ExecuteAsync("UPDATE invitation_settings SET sequence = sequence + 1 WHERE event_id = @eventId", new { eventId }, tx);
        return await InvitationStore.MailEventAsync(c, eventId, tx);
    }
}
