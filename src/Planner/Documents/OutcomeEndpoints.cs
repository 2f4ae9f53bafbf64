using Dapper;
using Microsoft.Data.Sqlite;
using Planner.Data;
using Planner.Events;
using Planner.Http;
using Planner.Parties;

namespace Planner.Documents;

/// <summary>
/// <c>/api/events/{id}/outcome</c>: decisions and outcome documents of a meeting, each created, changed
/// (with the version read) and deleted on its own. Every answer is the whole outcome after the change.
/// </summary>
public static class OutcomeEndpoints
{
    /// <summary>The most decisions or documents one meeting may have.</summary>
    public const int MaxItems = 200;

    /// <summary>The longest text of a decision, per language.</summary>
    public const int MaxDecisionText = 8000;

    public static void MapOutcome(this RouteGroupBuilder api)
    {
        var outcome = api.MapGroup("/events/{id:long}/outcome").WithTags("Outcome");

        outcome.MapGet("/", (long id, Db db, Precedence precedence, CancellationToken ct) =>
            db.ReadAsync(async c =>
            {
                await c.EnsureExistsAsync(null, Table.Event, id);
                return await OutcomeStore.ReadAsync(c, precedence, id);
            }, ct));

        outcome.MapPost("/decisions", async (long id, DecisionInput input, Db db, Precedence precedence, CancellationToken ct) =>
        {
            var result = await db.WriteAsync((c, tx) => SaveDecisionAsync(c, tx, precedence, id, null, input), ct);
            return Results.Created($"/api/events/{id}/outcome", result);
        });
        outcome.MapPut("/decisions/{decisionId:long}", (long id, long decisionId, DecisionInput input, Db db, Precedence precedence, CancellationToken ct) =>
            db.WriteAsync((c, tx) => SaveDecisionAsync(c, tx, precedence, id, decisionId, input), ct));
        outcome.MapDelete("/decisions/{decisionId:long}", (long id, long decisionId, long? version, Db db, Precedence precedence, CancellationToken ct) =>
            db.WriteAsync((c, tx) => DeleteAsync(c, tx, precedence, id, Table.OutcomeDecision, decisionId, version), ct));

        outcome.MapPost("/documents", async (long id, OutcomeDocumentInput input, Db db, Precedence precedence, CancellationToken ct) =>
        {
            var result = await db.WriteAsync((c, tx) => SaveDocumentAsync(c, tx, precedence, id, null, input), ct);
            return Results.Created($"/api/events/{id}/outcome", result);
        });
        outcome.MapPut("/documents/{documentId:long}", (long id, long documentId, OutcomeDocumentInput input, Db db, Precedence precedence, CancellationToken ct) =>
            db.WriteAsync((c, tx) => SaveDocumentAsync(c, tx, precedence, id, documentId, input), ct));
        outcome.MapDelete("/documents/{documentId:long}", (long id, long documentId, long? version, Db db, Precedence precedence, CancellationToken ct) =>
            db.WriteAsync((c, tx) => DeleteAsync(c, tx, precedence, id, Table.OutcomeDocument, documentId, version), ct));
    }

    /// <summary>Adds (<paramref name="decisionId"/> null, at the end) or changes a decision.</summary>
    public static async Task<Outcome> SaveDecisionAsync(SqliteConnection c, SqliteTransaction tx, Precedence precedence, long eventId, long? decisionId, DecisionInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var check = new Check();
        var title = LocalizedTextInput.Check(check, "title", input.Title);
        var text = CheckLongText(check, "text", input.Text);
        if (decisionId is not null)
            check.Required("version", input.Version);
        check.ThrowIfFailed();
        await c.EnsureExistsAsync(tx, Table.Event, eventId);
        var values = new { eventId, id = decisionId, title.En, title.Ru, title.Zh, textEn = text.En, textRu = text.Ru, textZh = text.Zh, input.Version };
        if (decisionId is { } existing)
        {
            await EnsureOwnerAsync(c, tx, Table.OutcomeDecision, eventId, existing);
            await c.ChangeAsync(tx, Table.OutcomeDecision, existing, input.Version!.Value,
                """
                UPDATE outcome_decision SET title_en = @En, title_ru = @Ru, title_zh = @Zh, text_en = @textEn, text_ru = @textRu,
                    text_zh = @textZh, version = version + 1
                WHERE id = @id AND version = @Version
                """, values);
        }
        else
        {
            await EnsureRoomAsync(c, tx, Table.OutcomeDecision, eventId);
            await c.ExecuteAsync(
                """
                INSERT INTO outcome_decision (event_id, position, title_en, title_ru, title_zh, text_en, text_ru, text_zh)
                VALUES (@eventId, (SELECT COALESCE(MAX(position), 0) + 1 FROM outcome_decision WHERE event_id = @eventId),
                        @En, @Ru, @Zh, @textEn, @textRu, @textZh)
                """, values, tx);
        }

        return await OutcomeStore.ReadAsync(c, precedence, eventId, tx);
    }

    /// <summary>Adds or changes an outcome document with its signatories (replaced as a whole).</summary>
    public static async Task<Outcome> SaveDocumentAsync(SqliteConnection c, SqliteTransaction tx, Precedence precedence, long eventId, long? documentId, OutcomeDocumentInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var check = new Check();
        var title = LocalizedTextInput.Check(check, "title", input.Title);
        var adoption = check.Required("adoption", input.Adoption);
        var signatories = input.Signatories ?? [];
        if (documentId is not null)
            check.Required("version", input.Version);
        if (input.Adoption == Adoption.Signed && signatories.Count == 0)
            check.Fail("signatories", "A signed document names its signatories: one per member state that signed it.");
        if (input.Adoption == Adoption.AdoptedWithoutSigning && signatories.Count > 0)
            check.Fail("signatories", "A document adopted without signing has no signatories.");
        check.That(signatories.Count <= 100, "signatories", "A document has at most 100 signatories.");
        check.ThrowIfFailed();

        var e = await EventStore.GetAsync(c, eventId, tx);
        var seen = new HashSet<long>();
        for (var i = 0; i < signatories.Count; i++)
        {
            var partyId = check.Required($"signatories[{i}].partyId", signatories[i]?.PartyId);
            var personId = check.Required($"signatories[{i}].personId", signatories[i]?.PersonId);
            if (partyId == 0 || personId == 0)
                continue;
            if (!seen.Add(partyId))
                check.Fail($"signatories[{i}].partyId", $"The party {partyId} is named twice; one signatory signs for each state.");
            var role = await c.ExecuteScalarAsync<string?>(
                "SELECT role FROM participation WHERE event_id = @eventId AND party_id = @partyId", new { eventId, partyId }, tx);
            if (role != Enums.Name(ParticipationRole.Member))
                check.Fail($"signatories[{i}].partyId", role is null
                    ? $"The party {partyId} does not take part in the event {e.Id}."
                    : $"The party {partyId} takes part as {role}; only member states sign outcome documents.");
            var personParty = await c.ExecuteScalarAsync<long?>("SELECT party_id FROM person WHERE id = @personId", new { personId }, tx);
            if (personParty is null)
                check.Fail($"signatories[{i}].personId", $"There is no person with id {personId}.");
            else if (personParty != partyId)
                check.Fail($"signatories[{i}].personId", $"The person {personId} does not belong to the party {partyId}.");
        }

        check.ThrowIfFailed();
        var values = new { eventId, id = documentId ?? 0, title.En, title.Ru, title.Zh, adoption = Enums.Name(adoption), input.Version };
        var id = documentId ?? 0;
        if (documentId is { } existing)
        {
            await EnsureOwnerAsync(c, tx, Table.OutcomeDocument, eventId, existing);
            await c.ChangeAsync(tx, Table.OutcomeDocument, existing, input.Version!.Value,
                """
                UPDATE outcome_document SET title_en = @En, title_ru = @Ru, title_zh = @Zh, adoption = @adoption, version = version + 1
                WHERE id = @id AND version = @Version
                """, values);
            await c.ExecuteAsync("DELETE FROM outcome_signatory WHERE document_id = @id", new { id }, tx);
        }
        else
        {
            await EnsureRoomAsync(c, tx, Table.OutcomeDocument, eventId);
            id = await c.ExecuteScalarAsync<long>(
                """
                INSERT INTO outcome_document (event_id, position, title_en, title_ru, title_zh, adoption)
                VALUES (@eventId, (SELECT COALESCE(MAX(position), 0) + 1 FROM outcome_document WHERE event_id = @eventId), @En, @Ru, @Zh, @adoption)
                RETURNING id
                """, values, tx);
        }

        foreach (var s in signatories)
        {
            await c.ExecuteAsync("INSERT INTO outcome_signatory (document_id, party_id, person_id) VALUES (@id, @party, @person)",
                new { id, party = s!.PartyId, person = s.PersonId }, tx);
        }

        return await OutcomeStore.ReadAsync(c, precedence, eventId, tx);
    }

    private static async Task<Outcome> DeleteAsync(SqliteConnection c, SqliteTransaction tx, Precedence precedence, long eventId, Table table, long id, long? version)
    {
        if (version is null)
            throw PlannerException.Malformed("version", "Send the version read (?version=N) to delete.");
        await EnsureOwnerAsync(c, tx, table, eventId, id);
        await c.ChangeAsync(tx, table, id, version.Value, $"DELETE FROM {table.Name} WHERE id = @id AND version = @version", new { id, version });
        return await OutcomeStore.ReadAsync(c, precedence, eventId, tx);
    }

    private static async Task EnsureOwnerAsync(SqliteConnection c, SqliteTransaction tx, Table table, long eventId, long id)
    {
        var owner = await c.ExecuteScalarAsync<long?>($"SELECT event_id FROM {table.Name} WHERE id = @id", new { id }, tx);
        if (owner != eventId)
            throw PlannerException.NotFound($"{table.What} of event {eventId}", id);
    }

    private static async Task EnsureRoomAsync(SqliteConnection c, SqliteTransaction tx, Table table, long eventId)
    {
        if (await c.ExecuteScalarAsync<long>($"SELECT COUNT(*) FROM {table.Name} WHERE event_id = @eventId", new { eventId }, tx) >= MaxItems)
            throw PlannerException.Conflict("event", $"The event {eventId} already has {MaxItems} of these; that is the most one meeting may have.");
    }

    private static LocalizedText CheckLongText(Check check, string field, LocalizedTextInput? input) => input is null
        ? new LocalizedText("", "", "")
        : new LocalizedText(check.Text($"{field}.en", input.En, false, MaxDecisionText), check.Text($"{field}.ru", input.Ru, false, MaxDecisionText),
            check.Text($"{field}.zh", input.Zh, false, MaxDecisionText));
}
