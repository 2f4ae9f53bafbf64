using Dapper;
using System.Data.Common;
using NodaTime;
using Planner.Data;

namespace Planner.Events;

/// <summary>
/// The one owner of an event's status: every change of <c>event.status</c> is made here, and every query
/// that asks "does this event still count" uses the conditions here rather than spelling status names.
/// </summary>
/// <remarks>
/// The course of an event: draft → planned → invitationsSent (when the first invitation is queued) →
/// held (by the hourly job, once it has ended) → closed. Cancelled can be reached from any status; a
/// cancelled event occupies no one and clashes with nothing.
/// </remarks>
public static class EventLifecycle
{
    private static readonly string Cancelled = Enums.Name(EventStatus.Cancelled);

    /// <summary>SQL: the event (under <paramref name="alias"/>) still occupies its venue and people: not cancelled.</summary>
    public static string Occupies(string alias = "") => $"{Prefix(alias)}status <> '{Cancelled}'";

    /// <summary>SQL: the event is still to be held or under way (not cancelled, held or closed).</summary>
    public static string StillToCome(string alias = "") =>
        $"{Prefix(alias)}status NOT IN ('{Cancelled}', '{Enums.Name(EventStatus.Held)}', '{Enums.Name(EventStatus.Closed)}')";

    /// <summary>True when invitations may still go out for an event of <paramref name="status"/>.</summary>
    public static bool Invitable(EventStatus status) => status is not (EventStatus.Cancelled or EventStatus.Held or EventStatus.Closed);

    /// <summary>Sets the status a planner chose (a draft made planned, an event cancelled or closed).</summary>
    public static Task SetAsync(DbConnection c, DbTransaction tx, long eventId, EventStatus status) =>
        c.ExecuteAsync("UPDATE event SET status = @status, version = version + 1 WHERE id = @eventId AND status <> @status",
            new { eventId, status = Enums.Name(status) }, tx);

    /// <summary>The first invitation went out: a draft or planned event becomes <see cref="EventStatus.InvitationsSent"/>.</summary>
    public static Task InvitationsSentAsync(DbConnection c, DbTransaction tx, long eventId) =>
        c.ExecuteAsync("UPDATE event SET status = @sent, version = version + 1 WHERE id = @eventId AND status IN (@draft, @planned)",
            new { eventId, sent = Enums.Name(EventStatus.InvitationsSent), draft = Enums.Name(EventStatus.Draft), planned = Enums.Name(EventStatus.Planned) }, tx);

    /// <summary>Events that ended before <paramref name="now"/> and were planned or invited become held; returns how many.</summary>
    public static Task<int> MarkHeldAsync(DbConnection c, DbTransaction tx, Instant now) =>
        c.ExecuteAsync("UPDATE event SET status = @held, version = version + 1 WHERE status IN (@planned, @sent) AND end_at <= @now",
            new
            {
                now = Sql.Seconds(now), held = Enums.Name(EventStatus.Held),
                planned = Enums.Name(EventStatus.Planned), sent = Enums.Name(EventStatus.InvitationsSent),
            }, tx);

    /// <summary>
    /// Refuses once an invitation or any mail was made for the event: the parties hold a record of it, so such
    /// an event is cancelled instead (which announces the cancellation to them), never deleted.
    /// </summary>
    public static async Task EnsureNothingSentAsync(DbConnection c, DbTransaction tx, long id)
    {
        var sent = await c.ExecuteScalarAsync<long>(
            "SELECT EXISTS (SELECT 1 FROM invitation WHERE event_id = @id) OR EXISTS (SELECT 1 FROM outbox WHERE event_id = @id)", new { id }, tx);
        if (sent != 0)
            throw PlannerException.Of(ErrorKind.Conflict, "id", ErrorCode.EventSent,
                $"Invitations were sent for the event {id}; it cannot be deleted, cancel it instead.");
    }

    private static string Prefix(string alias) => alias.Length == 0 ? "" : alias + ".";
}
