using Dapper;
using System.Data.Common;
using Planner.Events;

namespace Planner.Scheduling;

/// <summary>
/// Keeps the <c>booking</c> table (who is busy when and where) in step with an event's
/// delegations and agenda; called inside every transaction that changes them.
/// </summary>
public static class Bookings
{
    public static Task RebuildAsync(DbConnection c, DbTransaction tx, long eventId) =>
        c.ExecuteAsync(
            $"""
            DELETE FROM booking WHERE event_id = @eventId;

            INSERT INTO booking (person_id, event_id, session_id, venue_id, role, start_at, end_at)
            SELECT d.person_id, e.id, NULL, e.venue_id, CASE d.is_head WHEN 1 THEN 'head' ELSE 'delegate' END, e.start_at, e.end_at
            FROM delegate d JOIN event e ON e.id = d.event_id
            WHERE e.id = @eventId AND {EventLifecycle.Occupies("e")};

            INSERT INTO booking (person_id, event_id, session_id, venue_id, role, start_at, end_at)
            SELECT s.chair_person_id, e.id, s.id, e.venue_id, 'chair', s.start_at, s.end_at
            FROM agenda_session s JOIN event e ON e.id = s.event_id
            WHERE e.id = @eventId AND {EventLifecycle.Occupies("e")} AND s.chair_person_id IS NOT NULL;

            INSERT INTO booking (person_id, event_id, session_id, venue_id, role, start_at, end_at)
            SELECT DISTINCT k.person_id, e.id, s.id, e.venue_id, 'speaker', s.start_at, s.end_at
            FROM agenda_item_speaker k JOIN agenda_item i ON i.id = k.item_id
            JOIN agenda_session s ON s.id = i.session_id JOIN event e ON e.id = s.event_id
            WHERE e.id = @eventId AND {EventLifecycle.Occupies("e")}
              AND k.person_id IS DISTINCT FROM s.chair_person_id;
            """, new { eventId }, tx);
}
