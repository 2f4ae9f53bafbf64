using Dapper;
using System.Data.Common;
using NodaTime;
using Planner.Data;
using Planner.Events;
using Planner.Http;

namespace Planner.Invitations;

/// <summary>
/// Makes every change to an event's invitations: inviting its parties (the mail queued in the same
/// transaction, then the reminders scheduled) and its deadline, quota and reminders.
/// </summary>
public sealed class InvitationService(Db db, MailQueue queue, Reminders reminders, IClock clock, MailNudge nudge)
{
    /// <summary>
    /// Invites the event's participants (or those of <paramref name="partyIds"/>) not invited yet, then schedules
    /// the event's reminders. The pages and the API both invite through this.
    /// </summary>
    public async Task<InviteResult> InviteAsync(long eventId, IReadOnlyList<long>? partyIds, CancellationToken cancellationToken = default)
    {
        var result = await db.WriteAsync(WriteLock.Event(eventId), (c, tx) => InviteAsync(c, tx, eventId, partyIds, clock.GetCurrentInstant(), cancellationToken), cancellationToken);
        nudge.Now();
        await reminders.ScheduleAsync(eventId, cancellationToken);
        return result;
    }

    /// <summary>
    /// Sets the settings as the event page's form gives them: the deadline as a local time at the venue (null: none yet),
    /// then schedules the reminders again.
    /// </summary>
    public async Task<InvitationSettings> SaveSettingsAsync(long eventId, NodaTime.LocalDateTime? deadline, int? quota, IReadOnlyList<int>? remindUnanswered,
        IReadOnlyList<int>? remindConfirmed, long? version, CancellationToken cancellationToken = default)
    {
        var saved = await db.WriteAsync(WriteLock.Event(eventId), async (c, tx) =>
        {
            var venue = (await Venues.VenueStore.FindAsync(c, (await EventStore.GetAsync(c, eventId, tx)).VenueId, tx))!;
            var at = deadline is { } local ? Scheduling.VenueTime.ToInstant(venue, local, "deadline") : (Instant?)null;
            return await SaveSettingsAsync(c, tx, eventId, new InvitationSettingsInput(at, quota, remindUnanswered, remindConfirmed, version));
        }, cancellationToken);
        await reminders.ScheduleAsync(eventId, cancellationToken);
        return saved;
    }

    /// <summary>Sets the reply deadline, the delegation quota and the reminder days, then schedules the reminders again.</summary>
    public async Task<InvitationSettings> SaveSettingsAsync(long eventId, InvitationSettingsInput input, CancellationToken cancellationToken = default)
    {
        var saved = await db.WriteAsync(WriteLock.Event(eventId), (c, tx) => SaveSettingsAsync(c, tx, eventId, input), cancellationToken);
        await reminders.ScheduleAsync(eventId, cancellationToken);
        return saved;
    }

    /// <summary>
    /// Invites the event's participants (or those of <paramref name="partyIds"/>) that are not invited yet: records each
    /// invitation and queues its message in the caller's transaction. The organiser (the secretariat) and parties without
    /// a contact address are skipped and said so. A draft or planned event becomes <c>invitationsSent</c>.
    /// </summary>
    private async Task<InviteResult> InviteAsync(DbConnection c, DbTransaction tx, long eventId,
        IReadOnlyList<long>? partyIds, Instant now, CancellationToken cancellationToken)
    {
        var e = await EventStore.GetAsync(c, eventId, tx);
        if (!EventLifecycle.Invitable(e.Status))
            throw PlannerException.Conflict("status", $"The event {eventId} is {Enums.Name(e.Status)}; invitations go only to events still to come.", ErrorCode.InvitationEventOver);
        if (now >= e.StartAt)
            throw PlannerException.Conflict("startAt", $"The event {eventId} began at {e.StartAt:uuuu-MM-dd HH:mm} UTC; invitations go only to events still to come.", ErrorCode.InvitationEventBegun);
        var parties = await InvitationStore.PartiesAsync(c, eventId, tx);
        if (partyIds is not null)
        {
            var check = new Check();
            for (var i = 0; i < partyIds.Count; i++)
                check.That(parties.Any(p => p.PartyId == partyIds[i]), $"partyIds[{i}]", $"The party {partyIds[i]} does not take part in the event {eventId}; add it as a participant first.",
                    ErrorCode.ParticipationNotFound);
            check.ThrowIfFailed();
            parties = parties.Where(p => partyIds.Contains(p.PartyId)).ToList();
        }

        await InvitationStore.EnsureSettingsAsync(c, tx, e);
        // Replies close a sensible time before the meeting unless a deadline was set.
        await c.ExecuteAsync("UPDATE invitation_settings SET deadline_at = @deadline WHERE event_id = @eventId AND deadline_at IS NULL",
            new { eventId, deadline = Sql.Seconds(InvitationRules.DefaultDeadline(e, now)) }, tx);
        var ev = await InvitationStore.MailEventAsync(c, eventId, tx);
        var invited = new List<long>();
        var skipped = new List<SkippedParty>();
        var batch = queue.Begin(c, tx);
        foreach (var party in parties)
        {
            var reason = InvitationRules.WhySkipped(party);
            if (reason is not null)
            {
                skipped.Add(new SkippedParty(party.PartyId, party.Code, reason.Value));
                continue;
            }

            var invitationId = await c.ExecuteScalarAsync<long>(
                "INSERT INTO invitation (event_id, party_id, language, invited_at) VALUES (@eventId, @PartyId, @Language, @now) RETURNING id",
                new { eventId, party.PartyId, party.Language, now = Sql.Seconds(now) }, tx);
            await batch.QueueAsync(MailKind.Invitation, ev, party with { InvitationId = invitationId, State = InvitationState.Invited }, now,
                cancellationToken: cancellationToken);
            invited.Add(party.PartyId);
        }

        if (invited.Count > 0)
            await EventLifecycle.InvitationsSentAsync(c, tx, eventId);

        return new InviteResult(invited, skipped);
    }

    /// <summary>
    /// Queues a message again, under its Message-ID (so a recipient's client can tell a second copy): one whose
    /// delivery is unknown (the server took all of it and never answered) once a planner checked it did not arrive,
    /// or one that failed once its cause was mended. Other states are refused.
    /// </summary>
    public async Task<OutboxView> ResendAsync(long eventId, long messageId, CancellationToken cancellationToken = default)
    {
        var queued = await db.WriteAsync(WriteLock.Event(eventId), async (c, tx) =>
        {
            var state = await c.ExecuteScalarAsync<string?>("SELECT state FROM outbox WHERE id = @messageId AND event_id = @eventId", new { messageId, eventId }, tx)
                ?? throw PlannerException.NotFound("message of this event", messageId);
            if (state is not ("unknown" or "failed"))
                throw PlannerException.Conflict("state", $"The message {messageId} is {state}; only a message whose delivery is unknown, or that failed, is sent again.", ErrorCode.MessageNotResendable);
            if (await c.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM outbox_body WHERE outbox_id = @messageId", new { messageId }, tx) == 0)
                throw PlannerException.Conflict("state", $"The text of message {messageId} is no longer kept; it cannot be sent again.", ErrorCode.MessageBodyGone);
            await c.ExecuteAsync("UPDATE outbox SET state = 'queued', attempts = 0, claimed_by = NULL, lease_until = NULL, next_attempt_at = @now WHERE id = @messageId",
                new { messageId, now = Sql.Seconds(clock.GetCurrentInstant()) }, tx);
            return await InvitationStore.MessageAsync(c, messageId, tx);
        }, cancellationToken);
        nudge.Now();
        return queued;
    }

    private static async Task<InvitationSettings> SaveSettingsAsync(DbConnection c, DbTransaction tx, long eventId, InvitationSettingsInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var e = await EventStore.GetAsync(c, eventId, tx);
        var check = new Check();
        var quota = check.Required("quota", input.Quota);
        check.That(quota is >= 1 and <= ParticipantService.MaxDelegation, "quota", $"quota is from 1 to {ParticipantService.MaxDelegation} people.",
            ErrorCode.QuotaRange, ("max", ParticipantService.MaxDelegation));
        if (input.Deadline is { } deadline)
            check.That(deadline <= e.StartAt, "deadline", "The deadline for replies is before the event starts.", ErrorCode.DeadlineAfterStart, ("start", e.Start));
        var unanswered = Offsets(check, "remindUnansweredDays", input.RemindUnansweredDays);
        var confirmed = Offsets(check, "remindConfirmedDays", input.RemindConfirmedDays);
        check.ThrowIfFailed();

        await InvitationStore.EnsureSettingsAsync(c, tx, e);
        var current = await InvitationStore.SettingsAsync(c, eventId, tx);
        if (input.Version is { } version && version != current.Version)
            throw PlannerException.Stale("invitation settings of event", eventId, version);
        await c.ExecuteAsync(
            """
            UPDATE invitation_settings SET deadline_at = @deadline, quota = @quota, remind_unanswered = @unanswered,
                remind_confirmed = @confirmed, version = version + 1
            WHERE event_id = @eventId
            """, new
            {
                eventId,
                deadline = input.Deadline is { } d ? Sql.Seconds(d) : (long?)null,
                quota,
                unanswered = string.Join(',', unanswered),
                confirmed = string.Join(',', confirmed),
            }, tx);
        return await InvitationStore.SettingsAsync(c, eventId, tx);
    }

    private static IReadOnlyList<int> Offsets(Check check, string field, IReadOnlyList<int>? days)
    {
        var list = days ?? [];
        check.That(list.Count <= 5, field, $"{field} has at most 5 reminders.", ErrorCode.RemindersTooMany, ("max", 5));
        for (var i = 0; i < list.Count; i++)
            check.That(list[i] is >= 1 and <= 90, $"{field}[{i}]", "A reminder goes 1 to 90 days before.", ErrorCode.RemindersRange);
        return list.Distinct().OrderDescending().ToList();
    }
}
