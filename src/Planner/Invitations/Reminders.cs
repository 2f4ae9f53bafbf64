using Dapper;
using NodaTime;
using Planner.Data;
using Planner.Events;
using Quartz;

namespace Planner.Invitations;

/// <summary>
/// Reminders: to parties that have not answered, the configured numbers of days before the reply deadline;
/// to delegations that accepted, the configured numbers of days before the event.
/// </summary>
/// <remarks>
/// Each reminder instant is a Quartz trigger in the database (group <c>reminders-{eventId}</c>) firing
/// <see cref="ReminderJob"/>, with the misfire rule "fire now", so a service that was down at that instant
/// reminds when it comes back. What is due is always computed from the clock by <see cref="QueueDueAsync(Instant, CancellationToken)"/>,
/// and each reminder queued is recorded (<c>reminder_sent</c>) in the transaction that queues its message,
/// so a reminder goes once: not twice when triggers fire again, and not never when one was lost. Several
/// instants passed while the service was down give one message.
/// </remarks>
public sealed class Reminders(Db db, MailQueue queue, ISchedulerFactory schedulers, IClock clock)
{
    /// <summary>The Quartz trigger group of an event's reminders.</summary>
    public static string Group(long eventId) => $"reminders-{eventId}";

    /// <summary>The Quartz trigger of one reminder instant of an event (<paramref name="kind"/>: unanswered or confirmed).</summary>
    public static TriggerKey Key(long eventId, string kind, int days) => new($"{kind}-{days}d", Group(eventId));

    /// <summary>The reminder instants of an event: (kind, days, when).</summary>
    public static IEnumerable<(string Kind, int Days, Instant At)> Instants(MailEvent ev)
    {
        ArgumentNullException.ThrowIfNull(ev);
        foreach (var days in ev.Settings.RemindUnansweredDays)
            yield return ("unanswered", days, ev.Deadline - Duration.FromDays(days));
        foreach (var days in ev.Settings.RemindConfirmedDays)
            yield return ("confirmed", days, ev.Event.StartAt - Duration.FromDays(days));
    }

    /// <summary>
    /// Replaces the event's reminder triggers by one per instant still to come. Two hosts doing so at once for one event
    /// (both sent invitations) end with the same triggers: a trigger the other host made in between is replaced.
    /// </summary>
    public async Task ScheduleAsync(long eventId, CancellationToken cancellationToken = default)
    {
        var ev = await db.ReadAsync(async c =>
            await c.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM invitation WHERE event_id = @eventId", new { eventId }) > 0
                ? await InvitationStore.MailEventAsync(c, eventId)
                : null, cancellationToken);
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        await scheduler.UnscheduleJobs(GroupMatcher<TriggerKey>.GroupEquals(Group(eventId)), cancellationToken);
        if (ev is null || ev.Event.Status == EventStatus.Cancelled)
            return;
        var now = clock.GetCurrentInstant();
        foreach (var (kind, days, at) in Instants(ev).Where(x => x.At > now))
        {
            var trigger = TriggerBuilder.Create()
                .WithIdentity(Key(eventId, kind, days))
                .ForJob(ReminderJob.Key)
                .StartAt(at.ToDateTimeOffset())
                .WithSimpleSchedule(s => s.WithMisfireInstruction(SimpleTriggerMisfireInstruction.FireNow))
                .Build();
            try
            {
                await scheduler.ScheduleJob(trigger, cancellationToken: cancellationToken);
            }
            catch (ObjectAlreadyExistsException)
            {
                await scheduler.RescheduleJob(trigger.Key, trigger, cancellationToken);
            }
        }
    }

    private sealed record InvitationRow(long Id, long PartyId, string State, long InvitedAt);

    /// <summary>Queues every reminder due at <paramref name="now"/> and not queued before; returns how many.</summary>
    public async Task<int> QueueDueAsync(Instant now, CancellationToken cancellationToken = default)
    {
        var events = await db.ReadAsync(c => c.QueryAsync<long>(
            $"""
            SELECT s.event_id FROM invitation_settings s JOIN event e ON e.id = s.event_id
            WHERE {EventLifecycle.StillToCome("e")} AND e.start_at > @now
              AND EXISTS (SELECT 1 FROM invitation i WHERE i.event_id = s.event_id AND i.state <> 'declined')
            """, new { now = Sql.Seconds(now) }), cancellationToken);
        var queued = 0;
        foreach (var eventId in events)
            queued += await db.WriteAsync(WriteLock.Event(eventId), (c, tx) => QueueDueAsync(c, tx, eventId, now, cancellationToken), cancellationToken);
        return queued;
    }

    private async Task<int> QueueDueAsync(System.Data.Common.DbConnection c, System.Data.Common.DbTransaction tx,
        long eventId, Instant now, CancellationToken cancellationToken)
    {
        var ev = await InvitationStore.MailEventAsync(c, eventId, tx);
        var due = Instants(ev).Where(x => x.At <= now && now < (x.Kind == "unanswered" ? ev.Deadline : ev.Event.StartAt)).ToList();
        if (due.Count == 0)
            return 0;
        var parties = (await InvitationStore.PartiesAsync(c, eventId, tx)).ToDictionary(p => p.PartyId);
        var invitations = await c.QueryAsync<InvitationRow>(
            "SELECT id, party_id AS PartyId, state, invited_at AS InvitedAt FROM invitation WHERE event_id = @eventId", new { eventId }, tx);
        var queued = 0;
        var batch = queue.Begin(c, tx);
        foreach (var invitation in invitations)
        {
            var wanted = invitation.State switch { "invited" => "unanswered", "accepted" => "confirmed", _ => null };
            // Only instants newly recorded are owed: a row that already existed means that reminder went.
            var fresh = 0;
            foreach (var (kind, days, _) in due.Where(d => d.Kind == wanted && Sql.Instant(invitation.InvitedAt) < d.At))
            {
                fresh += await c.ExecuteAsync(
                    "INSERT INTO reminder_sent (invitation_id, kind, days, queued_at) VALUES (@Id, @kind, @days, @now) ON CONFLICT DO NOTHING",
                    new { invitation.Id, kind, days, now = Sql.Seconds(now) }, tx);
            }

            if (fresh == 0 || !parties.TryGetValue(invitation.PartyId, out var party) || party.Contacts.Count == 0)
                continue;
            await batch.QueueAsync(MailKind.Reminder, ev, party, now, reminder: wanted!, cancellationToken: cancellationToken);
            queued++;
        }

        return queued;
    }
}
