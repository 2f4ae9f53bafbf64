using Dapper;
using Microsoft.Data.Sqlite;
using NodaTime;
using Planner.Data;
using Planner.Events;
using Planner.Http;

namespace Planner.Invitations;

/// <summary><c>/api/events/{id}/invitations</c>: invite the participants, follow the answers and the mail, set deadline, quota and reminders.</summary>
public static class InvitationEndpoints
{
    public static void MapInvitations(this RouteGroupBuilder api)
    {
        var events = api.MapGroup("/events/{id:long}/invitations").WithTags("Invitations");

        events.MapGet("/", (long id, Db db, CancellationToken ct) => db.ReadAsync(c => InvitationStore.ListAsync(c, id), ct));

        events.MapPost("/", async (long id, InviteInput? input, Db db, MailQueue queue, Reminders reminders, IClock clock, CancellationToken ct) =>
        {
            var result = await db.WriteAsync((c, tx) => InviteAsync(c, tx, queue, id, input?.PartyIds, clock.GetCurrentInstant(), ct), ct);
            await reminders.ScheduleAsync(id, ct);
            return Results.Ok(result);
        });

        events.MapGet("/settings", (long id, Db db, CancellationToken ct) => db.ReadAsync(async c =>
        {
            await c.EnsureExistsAsync(null, Table.Event, id);
            return await InvitationStore.SettingsAsync(c, id);
        }, ct));

        events.MapPut("/settings", async (long id, InvitationSettingsInput input, Db db, Reminders reminders, CancellationToken ct) =>
        {
            var saved = await db.WriteAsync((c, tx) => SaveSettingsAsync(c, tx, id, input), ct);
            await reminders.ScheduleAsync(id, ct);
            return saved;
        });
    }

    /// <summary>
    /// Invites the event's participants (or those of <paramref name="partyIds"/>) that are not invited yet: records each
    /// invitation and queues its message in the caller's transaction. The organiser (the secretariat) and parties without
    /// a contact address are skipped and said so. A draft or planned event becomes <c>invitationsSent</c>.
    /// </summary>
    public static async Task<InviteResult> InviteAsync(SqliteConnection c, SqliteTransaction tx, MailQueue queue, long eventId,
        IReadOnlyList<long>? partyIds, Instant now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(queue);
        var e = await EventStore.GetAsync(c, eventId, tx);
        if (e.Status is EventStatus.Cancelled or EventStatus.Held or EventStatus.Closed)
            throw ProblemException.Conflict("status", $"The event {eventId} is {Enums.Name(e.Status)}; invitations go only to events still to come.");
        var parties = await InvitationStore.PartiesAsync(c, eventId, tx);
        if (partyIds is not null)
        {
            var check = new Check();
            for (var i = 0; i < partyIds.Count; i++)
                check.That(parties.Any(p => p.PartyId == partyIds[i]), $"partyIds[{i}]", $"The party {partyIds[i]} does not take part in the event {eventId}; add it as a participant first.");
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
        foreach (var party in parties)
        {
            var reason = InvitationRules.SkipReason(party);
            if (reason is not null)
            {
                skipped.Add(new SkippedParty(party.PartyId, party.Code, reason));
                continue;
            }

            var invitationId = await c.ExecuteScalarAsync<long>(
                "INSERT INTO invitation (event_id, party_id, language, invited_at) VALUES (@eventId, @PartyId, @Language, @now) RETURNING id",
                new { eventId, party.PartyId, party.Language, now = Sql.Seconds(now) }, tx);
            await queue.QueueAsync(c, tx, MailKind.Invitation, ev, party with { InvitationId = invitationId, State = InvitationState.Invited }, now,
                cancellationToken: cancellationToken);
            invited.Add(party.PartyId);
        }

        if (invited.Count > 0)
        {
            await c.ExecuteAsync("UPDATE event SET status = 'invitationsSent', version = version + 1 WHERE id = @eventId AND status IN ('draft', 'planned')",
                new { eventId }, tx);
        }

        return new InviteResult(invited, skipped);
    }

    /// <summary>Sets the reply deadline, quota and reminders of an event (version-checked when a version is given); refused field by field.</summary>
    public static async Task<InvitationSettings> SaveSettingsAsync(SqliteConnection c, SqliteTransaction tx, long eventId, InvitationSettingsInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var e = await EventStore.GetAsync(c, eventId, tx);
        var check = new Check();
        var quota = check.Required("quota", input.Quota);
        check.That(quota is >= 1 and <= ParticipantEndpoints.MaxDelegation, "quota", $"quota is from 1 to {ParticipantEndpoints.MaxDelegation} people.");
        if (input.Deadline is { } deadline)
            check.That(deadline <= e.StartAt, "deadline", "The deadline for replies is before the event starts.");
        var unanswered = Offsets(check, "remindUnansweredDays", input.RemindUnansweredDays);
        var confirmed = Offsets(check, "remindConfirmedDays", input.RemindConfirmedDays);
        check.ThrowIfFailed();

        await InvitationStore.EnsureSettingsAsync(c, tx, e);
        var current = await InvitationStore.SettingsAsync(c, eventId, tx);
        if (input.Version is { } version && version != current.Version)
            throw ProblemException.Stale("invitation settings of event", eventId, version);
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
        check.That(list.Count <= 5, field, $"{field} has at most 5 reminders.");
        for (var i = 0; i < list.Count; i++)
            check.That(list[i] is >= 1 and <= 90, $"{field}[{i}]", "A reminder goes 1 to 90 days before.");
        return list.Distinct().OrderDescending().ToList();
    }
}
