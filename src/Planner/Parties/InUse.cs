using Dapper;
using System.Data.Common;
using Planner.Http;

namespace Planner.Parties;

/// <summary>
/// Refuses to remove a directory entry other records still name (409, codes <c>party.inUse</c> and <c>person.inUse</c>,
/// with how many events name it), instead of leaving the database to refuse it. A party can be retired instead by
/// ending its standing; a person by leaving them out of future delegations.
/// </summary>
public static class InUse
{
    /// <summary>Refuses while the party has people, takes part in or hosts or chairs an event, sends forces, signed, or is responsible for an action.</summary>
    public static async Task EnsurePartyUnusedAsync(DbConnection c, DbTransaction tx, long id)
    {
        var events = await c.ExecuteScalarAsync<long>(
            """
            SELECT COUNT(*) FROM event e
            WHERE e.host_party_id = @id OR e.chair_party_id = @id
               OR EXISTS (SELECT 1 FROM participation x WHERE x.event_id = e.id AND x.party_id = @id)
               OR EXISTS (SELECT 1 FROM exercise_sending_party s WHERE s.event_id = e.id AND s.party_id = @id)
            """, new { id }, tx);
        var others = await c.ExecuteScalarAsync<long>(
            """
            SELECT (SELECT COUNT(*) FROM person WHERE party_id = @id) + (SELECT COUNT(*) FROM outcome_signatory WHERE party_id = @id)
                 + (SELECT COUNT(*) FROM corrective_action WHERE responsible_party_id = @id) + (SELECT COUNT(*) FROM outbox WHERE party_id = @id)
            """, new { id }, tx);
        if (events + others > 0)
            throw PlannerException.Of(ErrorKind.Conflict, "id", ErrorCode.PartyInUse,
                $"The party {id} is named by {events} event(s) and {others} other record(s); end its standing instead of removing it.",
                ("events", events), ("others", others));
    }

    /// <summary>Refuses while the person is in a delegation, chairs a session, speaks, is booked or signed a document.</summary>
    public static async Task EnsurePersonUnusedAsync(DbConnection c, DbTransaction tx, long id)
    {
        var events = await c.ExecuteScalarAsync<long>(
            """
            SELECT COUNT(DISTINCT event_id) FROM (
                SELECT event_id FROM delegate WHERE person_id = @id
                UNION ALL SELECT event_id FROM agenda_session WHERE chair_person_id = @id
                UNION ALL SELECT s.event_id FROM agenda_item_speaker k JOIN agenda_item i ON i.id = k.item_id JOIN agenda_session s ON s.id = i.session_id WHERE k.person_id = @id
                UNION ALL SELECT event_id FROM booking WHERE person_id = @id
                UNION ALL SELECT d.event_id FROM outcome_signatory g JOIN outcome_document d ON d.id = g.document_id WHERE g.person_id = @id) AS used
            """, new { id }, tx);
        if (events > 0)
            throw PlannerException.Of(ErrorKind.Conflict, "id", ErrorCode.PersonInUse,
                $"The person {id} is named in {events} event(s) (delegations, agendas, signatures); they cannot be removed.", ("events", events));
    }
}
