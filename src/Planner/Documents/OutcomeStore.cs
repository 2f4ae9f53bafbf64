using Dapper;
using System.Data.Common;
using Planner.Data;
using Planner.Http;
using Planner.Parties;

namespace Planner.Documents;

/// <summary>Reads an event's outcome, and the facts the outcome's changes are checked against.</summary>
public static class OutcomeStore
{
    private sealed record DecisionRow(long Id, long Position, string TitleEn, string TitleRu, string TitleZh, string TextEn, string TextRu, string TextZh, long Version);

    private sealed record DocumentRow(long Id, long Position, string TitleEn, string TitleRu, string TitleZh, string Adoption, long Version);

    private sealed record SignatoryRow(long DocumentId, long PartyId, string PartyEn, string PartyRu, string PartyZh,
        long PersonId, string NameEn, string NameRu, string NameZh, string TitleEn, string TitleRu, string TitleZh);

    /// <summary>The outcome of <paramref name="eventId"/>; NotFound (<c>event.notFound</c>) when there is no such event.</summary>
    public static async Task<Outcome> GetAsync(DbConnection c, Precedence precedence, long eventId)
    {
        await c.EnsureExistsAsync(null, Table.Event, eventId);
        return await ReadAsync(c, precedence, eventId);
    }

    /// <summary>The outcome of <paramref name="eventId"/>, empty for an event without one (or no event at all).</summary>
    public static async Task<Outcome> ReadAsync(DbConnection c, Precedence precedence, long eventId, DbTransaction? tx = null)
    {
        ArgumentNullException.ThrowIfNull(precedence);
        var decisions = await c.QueryAsync<DecisionRow>(
            """
            SELECT id, position, title_en AS TitleEn, title_ru AS TitleRu, title_zh AS TitleZh,
                   text_en AS TextEn, text_ru AS TextRu, text_zh AS TextZh, version
            FROM outcome_decision WHERE event_id = @eventId
            """, new { eventId }, tx);
        var documents = await c.QueryAsync<DocumentRow>(
            """
            SELECT id, position, title_en AS TitleEn, title_ru AS TitleRu, title_zh AS TitleZh, adoption, version
            FROM outcome_document WHERE event_id = @eventId
            """, new { eventId }, tx);
        var signatories = (await c.QueryAsync<SignatoryRow>(
            $"""
            SELECT s.document_id AS DocumentId, p.id AS PartyId, p.name_en AS PartyEn, p.name_ru AS PartyRu, p.name_zh AS PartyZh,
                   x.id AS PersonId, x.name_en AS NameEn, x.name_ru AS NameRu, x.name_zh AS NameZh,
                   x.title_en AS TitleEn, x.title_ru AS TitleRu, x.title_zh AS TitleZh
            FROM outcome_signatory s JOIN outcome_document d ON d.id = s.document_id
            JOIN party p ON p.id = s.party_id JOIN person x ON x.id = s.person_id
            WHERE d.event_id = @eventId
            ORDER BY {precedence.OrderBy("p.name_")}
            """, new { eventId }, tx)).ToLookup(s => s.DocumentId);
        return new Outcome(eventId,
            OutcomeRules.Number(decisions, d => d.Position, d => d.Id).Select(x => new Decision(x.Item.Id, x.Number,
                new LocalizedText(x.Item.TitleEn, x.Item.TitleRu, x.Item.TitleZh), new LocalizedText(x.Item.TextEn, x.Item.TextRu, x.Item.TextZh),
                x.Item.Version)).ToList(),
            OutcomeRules.Number(documents, d => d.Position, d => d.Id).Select(x => new OutcomeDocument(x.Item.Id, x.Number,
                new LocalizedText(x.Item.TitleEn, x.Item.TitleRu, x.Item.TitleZh), Enums.Parse<Adoption>(x.Item.Adoption),
                signatories[x.Item.Id].Select(s => new Signatory(s.PartyId, new LocalizedText(s.PartyEn, s.PartyRu, s.PartyZh), s.PersonId,
                    new LocalizedText(s.NameEn, s.NameRu, s.NameZh), new LocalizedText(s.TitleEn, s.TitleRu, s.TitleZh))).ToList(), x.Item.Version)).ToList());
    }

    /// <summary>The event a decision or outcome document (of <paramref name="table"/>) belongs to; null when there is no such record.</summary>
    public static Task<long?> EventOfAsync(DbConnection c, DbTransaction? tx, Table table, long id)
    {
        ArgumentNullException.ThrowIfNull(table);
        return c.ExecuteScalarAsync<long?>($"SELECT event_id FROM {Owned(table).Name} WHERE id = @id", new { id }, tx);
    }

    /// <summary>How many decisions or outcome documents (of <paramref name="table"/>) the event has.</summary>
    public static Task<long> CountAsync(DbConnection c, DbTransaction? tx, Table table, long eventId) =>
        c.ExecuteScalarAsync<long>($"SELECT COUNT(*) FROM {Owned(table).Name} WHERE event_id = @eventId", new { eventId }, tx);

    /// <summary>
    /// What a signatory is checked against: the role in which <paramref name="partyId"/> takes part in the event
    /// (null when it does not), and the party <paramref name="personId"/> belongs to (null when there is no such person).
    /// </summary>
    public static async Task<SignatoryFacts> SignatoryFactsAsync(DbConnection c, DbTransaction? tx, long eventId, long partyId, long personId)
    {
        var role = await c.ExecuteScalarAsync<string?>(
            "SELECT role FROM participation WHERE event_id = @eventId AND party_id = @partyId", new { eventId, partyId }, tx);
        var personParty = await c.ExecuteScalarAsync<long?>("SELECT party_id FROM person WHERE id = @personId", new { personId }, tx);
        return new SignatoryFacts(role is null ? null : Enums.Parse<Events.ParticipationRole>(role), personParty);
    }

    /// <summary>Only the outcome's own tables are read by table name.</summary>
    private static Table Owned(Table table) =>
        table == Table.OutcomeDecision || table == Table.OutcomeDocument
            ? table
            : throw new ArgumentOutOfRangeException(nameof(table), table.Name, "Only decisions and outcome documents belong to an outcome.");
}

/// <summary>
/// What a signatory is checked against: the role in which its party takes part in the event (null when it does
/// not), and the party its person belongs to (null when there is no such person).
/// </summary>
public sealed record SignatoryFacts(Events.ParticipationRole? Role, long? PersonParty);
