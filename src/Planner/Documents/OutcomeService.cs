using Dapper;
using System.Data.Common;
using Planner.Data;
using Planner.Http;
using Planner.Parties;

namespace Planner.Documents;

/// <summary>
/// Every change of a meeting's outcome: decisions and outcome documents added, changed with the version read, and
/// deleted, each in its own write transaction (the history triggers record it there). Every answer is the whole
/// outcome after the change.
/// </summary>
public sealed class OutcomeService(Db db, Precedence precedence)
{
    /// <summary>The order of precedence the outcome lists signatories in.</summary>
    internal Precedence Precedence => precedence;

    /// <summary>Adds a decision at the end (<paramref name="decisionId"/> null) or changes one.</summary>
    /// <exception cref="PlannerException">
    /// Invalid for a bad input, NotFound (<c>event.notFound</c>, <c>decision.notFound</c>), Stale for an old version,
    /// Conflict (<c>outcome.full</c>) when the meeting already has <see cref="OutcomeRules.MaxItems"/> decisions.
    /// </exception>
    public Task<Outcome> SaveDecisionAsync(long eventId, long? decisionId, DecisionInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        return db.WriteAsync(WriteLock.Event(eventId), (c, tx) => SaveDecisionAsync(c, tx, eventId, decisionId, input), cancellationToken);
    }

    /// <summary>Adds a decision at the end (<paramref name="decisionId"/> null) or changes one, inside the caller's transaction.</summary>
    internal async Task<Outcome> SaveDecisionAsync(DbConnection c, DbTransaction tx, long eventId, long? decisionId, DecisionInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var check = new Check();
        var (title, text) = OutcomeRules.CheckDecision(check, input, decisionId is not null);
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
    /// <exception cref="PlannerException">As <see cref="SaveDecisionAsync(long, long?, DecisionInput, CancellationToken)"/>; Invalid also for a signatory who may not sign.</exception>
    public Task<Outcome> SaveDocumentAsync(long eventId, long? documentId, OutcomeDocumentInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        return db.WriteAsync(WriteLock.Event(eventId), (c, tx) => SaveDocumentAsync(c, tx, eventId, documentId, input), cancellationToken);
    }

    /// <summary>Adds or changes an outcome document with its signatories (replaced as a whole), inside the caller's transaction.</summary>
    internal async Task<Outcome> SaveDocumentAsync(DbConnection c, DbTransaction tx, long eventId, long? documentId, OutcomeDocumentInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var check = new Check();
        var (title, adoption, signatories) = OutcomeRules.CheckDocument(check, input, documentId is not null);
        check.ThrowIfFailed();
        await c.EnsureExistsAsync(tx, Table.Event, eventId);
        var seen = new HashSet<long>();
        for (var i = 0; i < signatories.Count; i++)
        {
            var partyId = check.Required($"signatories[{i}].partyId", signatories[i]?.PartyId);
            var personId = check.Required($"signatories[{i}].personId", signatories[i]?.PersonId);
            if (partyId == 0 || personId == 0)
                continue;
            OutcomeRules.CheckSignatory(check, i, eventId, partyId, personId, seen,
                await OutcomeStore.SignatoryFactsAsync(c, tx, eventId, partyId, personId));
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

    /// <summary>Deletes a decision; the ones after it move up a number.</summary>
    public Task<Outcome> DeleteDecisionAsync(long eventId, long decisionId, long? version, CancellationToken cancellationToken = default) =>
        DeleteAsync(eventId, Table.OutcomeDecision, decisionId, version, cancellationToken);

    /// <summary>Deletes an outcome document with its signatories.</summary>
    public Task<Outcome> DeleteDocumentAsync(long eventId, long documentId, long? version, CancellationToken cancellationToken = default) =>
        DeleteAsync(eventId, Table.OutcomeDocument, documentId, version, cancellationToken);

    private Task<Outcome> DeleteAsync(long eventId, Table table, long id, long? version, CancellationToken cancellationToken)
    {
        if (version is null)
            throw PlannerException.Malformed("version", "Send the version read (?version=N) to delete.", ErrorCode.VersionRequired);
        return db.WriteAsync(WriteLock.Event(eventId), async (c, tx) =>
        {
            await EnsureOwnerAsync(c, tx, table, eventId, id);
            await c.ChangeAsync(tx, table, id, version.Value, $"DELETE FROM {table.Name} WHERE id = @id AND version = @version", new { id, version });
            return await OutcomeStore.ReadAsync(c, precedence, eventId, tx);
        }, cancellationToken);
    }

    /// <summary>NotFound (<c>decision.notFound</c>, <c>outcomeDocument.notFound</c>) unless the record belongs to the event.</summary>
    private static async Task EnsureOwnerAsync(DbConnection c, DbTransaction tx, Table table, long eventId, long id)
    {
        if (await OutcomeStore.EventOfAsync(c, tx, table, id) != eventId)
            throw PlannerException.NotFound(ErrorCode.RecordNotFound.Specific($"{PlannerException.CodeOf(table.What)}.notFound"), $"The event {eventId} has no {table.What} with id {id}.");
    }

    private static async Task EnsureRoomAsync(DbConnection c, DbTransaction tx, Table table, long eventId)
    {
        if (await OutcomeStore.CountAsync(c, tx, table, eventId) >= OutcomeRules.MaxItems)
        {
            throw PlannerException.Conflict("event", $"The event {eventId} already has {OutcomeRules.MaxItems} of these; that is the most one meeting may have.",
                ErrorCode.OutcomeFull);
        }
    }
}
