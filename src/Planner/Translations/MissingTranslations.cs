using Dapper;
using System.Data.Common;
using Planner.Data;
using Planner.Http;

namespace Planner.Translations;

/// <summary>
/// A stored text an event's documents or mail would print in another language, because it has no text of its own
/// in the language asked for: <c>{ "field": "venue.name", "entity": "venue", "id": 4, "shownAs": "en" }</c>.
/// </summary>
/// <param name="Field">The entity and its field (<c>venue.name</c>, <c>person.title</c>, <c>item.title</c>).</param>
/// <param name="Entity">
/// What the text belongs to: event, venue, session, item, party, person, delegate (a person's function in this event's
/// delegation: its id is the person's), decision, outcomeDocument; of an exercise
/// (printed in its after-action report): exercise (its id is the event's), stage, objective, finding, correctiveAction.
/// </param>
/// <param name="Id">That record's id (for editing it).</param>
/// <param name="ShownAs">The language printed instead: always <c>en</c>, the text every stored text has.</param>
public sealed record MissingTranslation(string Field, string Entity, long Id, string ShownAs);

/// <summary>
/// Finds the texts of an event that would go out untranslated in a language: everything the agenda, the list of
/// participants, the outcome document, the protocol documents and the invitation mail print from what planners typed.
/// </summary>
/// <remarks>
/// One list of sources (entity, field, and the query that finds that entity's records for the event), so a text
/// printed somewhere new is reported by adding its line. A text empty in English is not printed and not reported;
/// English itself never lacks anything. A person's name counts as translated where that language's full name is
/// written (a Cyrillic name has a Chinese form only if one was entered).
/// </remarks>
public static class MissingTranslations
{
    private const string People =
        """
        SELECT person_id FROM delegate WHERE event_id = @eventId
        UNION SELECT chair_person_id FROM agenda_session WHERE event_id = @eventId AND chair_person_id IS NOT NULL
        UNION SELECT k.person_id FROM agenda_item_speaker k JOIN agenda_item i ON i.id = k.item_id
              JOIN agenda_session s ON s.id = i.session_id WHERE s.event_id = @eventId
        UNION SELECT g.person_id FROM outcome_signatory g JOIN outcome_document d ON d.id = g.document_id WHERE d.event_id = @eventId
        """;

    private static readonly (string Entity, string Field, string Table, string Column, string Ids)[] Sources =
    [
        ("event", "title", "event", "title", "SELECT @eventId"),
        ("venue", "name", "venue", "name", "SELECT venue_id FROM event WHERE id = @eventId"),
        ("venue", "city", "venue", "city", "SELECT venue_id FROM event WHERE id = @eventId"),
        ("party", "name", "party", "name",
            """
            SELECT party_id FROM participation WHERE event_id = @eventId UNION SELECT chair_party_id FROM event WHERE id = @eventId AND chair_party_id IS NOT NULL
            UNION SELECT party_id FROM exercise_sending_party WHERE event_id = @eventId
            UNION SELECT a.responsible_party_id FROM corrective_action a JOIN finding f ON f.id = a.finding_id
                  JOIN objective o ON o.id = f.objective_id WHERE o.exercise_id = @eventId
            """),
        ("session", "title", "agenda_session", "title", "SELECT id FROM agenda_session WHERE event_id = @eventId"),
        ("session", "room", "agenda_session", "room", "SELECT id FROM agenda_session WHERE event_id = @eventId"),
        ("item", "title", "agenda_item", "title",
            "SELECT i.id FROM agenda_item i JOIN agenda_session s ON s.id = i.session_id WHERE s.event_id = @eventId"),
        ("person", "name", "person", "name", People),
        ("person", "title", "person", "title", People),
        ("delegate", "function", Delegates, "function", "SELECT person_id FROM delegate WHERE event_id = @eventId"),
        ("decision", "title", "outcome_decision", "title", "SELECT id FROM outcome_decision WHERE event_id = @eventId"),
        ("decision", "text", "outcome_decision", "text", "SELECT id FROM outcome_decision WHERE event_id = @eventId"),
        ("outcomeDocument", "title", "outcome_document", "title", "SELECT id FROM outcome_document WHERE event_id = @eventId"),
        // What the after-action report prints of an exercise (the exercise's record is the event's: its key is event_id).
        ("exercise", "scope", "exercise", "scope", Exercise),
        ("exercise", "threat", "exercise", "threat", Exercise),
        ("exercise", "scenario", "exercise", "scenario", Exercise),
        ("exercise", "sponsor", "exercise", "sponsor", Exercise),
        ("exercise", "pointOfContact", "exercise", "point_of_contact", Exercise),
        ("exercise", "marking", "exercise", "marking", Exercise),
        ("stage", "name", "exercise_stage", "name", "SELECT id FROM exercise_stage WHERE event_id = @eventId"),
        ("objective", "text", "objective", "text", "SELECT id FROM objective WHERE exercise_id = @eventId"),
        ("finding", "text", "finding", "text", Findings),
        ("finding", "rootCause", "finding", "root_cause", Findings),
        ("correctiveAction", "text", "corrective_action", "text", CorrectiveActions),
        ("correctiveAction", "pointOfContact", "corrective_action", "point_of_contact", CorrectiveActions),
    ];

    /// <summary>The event's delegates, keyed by person (a person is in one delegation to an event).</summary>
    private const string Delegates =
        "(SELECT person_id AS id, function_en, function_ru, function_zh FROM delegate WHERE event_id = @eventId) d";

    private const string Exercise = "SELECT event_id FROM exercise WHERE event_id = @eventId";

    private const string Findings = "SELECT f.id FROM finding f JOIN objective o ON o.id = f.objective_id WHERE o.exercise_id = @eventId";

    private const string CorrectiveActions =
        "SELECT a.id FROM corrective_action a JOIN finding f ON f.id = a.finding_id JOIN objective o ON o.id = f.objective_id WHERE o.exercise_id = @eventId";

    /// <summary>The event's texts without their own <paramref name="language"/> text, by entity and id; none for English.</summary>
    /// <exception cref="PlannerException">NotFound for an unknown event.</exception>
    public static async Task<IReadOnlyList<MissingTranslation>> FindAsync(DbConnection c, long eventId, Language language, DbTransaction? tx = null)
    {
        await c.EnsureExistsAsync(tx, Table.Event, eventId);
        var missing = new List<MissingTranslation>();
        if (language == Language.English)
            return missing;
        // Table and column names come from the fixed list above and the language's code (en, ru or zh), never from input.
        foreach (var (entity, field, table, column, ids) in Sources)
        {
            var key = table == "exercise" ? "event_id" : "id";
            var found = await c.QueryAsync<long>(
                $"""
                SELECT {key} FROM {table}
                WHERE {key} IN ({ids}) AND {column}_en <> '' AND {column}_{language.Code} = ''
                ORDER BY {key}
                """, new { eventId }, tx);
            missing.AddRange(found.Select(id => new MissingTranslation($"{entity}.{field}", entity, id, Language.English.Code)));
        }

        return missing;
    }
}
