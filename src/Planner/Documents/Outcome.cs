using Dapper;
using Microsoft.Data.Sqlite;
using Planner.Data;
using Planner.Http;
using Planner.Parties;

namespace Planner.Documents;

/// <summary>How an outcome document was adopted: signed by the head of each member state's delegation, or without signatures.</summary>
public enum Adoption
{
    Signed,
    AdoptedWithoutSigning,
}

/// <summary>A decision adopted at a meeting; <see cref="Number"/> is its place in the order of adoption (from 1).</summary>
public sealed record Decision(long Id, int Number, LocalizedText Title, LocalizedText Text, long Version);

/// <summary>A person who signed a document on behalf of a member state.</summary>
public sealed record Signatory(long PartyId, LocalizedText Party, long PersonId, LocalizedText Name, string Title);

/// <summary>
/// A document adopted at a meeting. Signed documents list one signatory per member state, in order of
/// precedence; documents adopted without signing have none.
/// </summary>
public sealed record OutcomeDocument(long Id, int Number, LocalizedText Title, Adoption Adoption, IReadOnlyList<Signatory> Signatories, long Version);

/// <summary>The outcome of a meeting: decisions adopted and documents signed or adopted.</summary>
public sealed record Outcome(long EventId, IReadOnlyList<Decision> Decisions, IReadOnlyList<OutcomeDocument> Documents);

public sealed record DecisionInput(LocalizedTextInput? Title, LocalizedTextInput? Text, long? Version);

public sealed record SignatoryInput(long? PartyId, long? PersonId);

public sealed record OutcomeDocumentInput(LocalizedTextInput? Title, Adoption? Adoption, IReadOnlyList<SignatoryInput>? Signatories, long? Version);

/// <summary>Reads an event's outcome.</summary>
public static class OutcomeStore
{
    private sealed record DecisionRow(long Id, long Position, string TitleEn, string TitleRu, string TitleZh, string TextEn, string TextRu, string TextZh, long Version);

    private sealed record DocumentRow(long Id, long Position, string TitleEn, string TitleRu, string TitleZh, string Adoption, long Version);

    private sealed record SignatoryRow(long DocumentId, long PartyId, string PartyEn, string PartyRu, string PartyZh,
        long PersonId, string NameEn, string NameRu, string NameZh, string Title);

    public static async Task<Outcome> ReadAsync(SqliteConnection c, Precedence precedence, long eventId, SqliteTransaction? tx = null)
    {
        ArgumentNullException.ThrowIfNull(precedence);
        var decisions = await c.QueryAsync<DecisionRow>(
            """
            SELECT id, position, title_en AS TitleEn, title_ru AS TitleRu, title_zh AS TitleZh,
                   text_en AS TextEn, text_ru AS TextRu, text_zh AS TextZh, version
            FROM outcome_decision WHERE event_id = @eventId ORDER BY position, id
            """, new { eventId }, tx);
        var documents = await c.QueryAsync<DocumentRow>(
            """
            SELECT id, position, title_en AS TitleEn, title_ru AS TitleRu, title_zh AS TitleZh, adoption, version
            FROM outcome_document WHERE event_id = @eventId ORDER BY position, id
            """, new { eventId }, tx);
        var signatories = (await c.QueryAsync<SignatoryRow>(
            $"""
            SELECT s.document_id AS DocumentId, p.id AS PartyId, p.name_en AS PartyEn, p.name_ru AS PartyRu, p.name_zh AS PartyZh,
                   x.id AS PersonId, x.name_en AS NameEn, x.name_ru AS NameRu, x.name_zh AS NameZh, x.title
            FROM outcome_signatory s JOIN outcome_document d ON d.id = s.document_id
            JOIN party p ON p.id = s.party_id JOIN person x ON x.id = s.person_id
            WHERE d.event_id = @eventId
            ORDER BY {precedence.OrderBy("p.name_")}
            """, new { eventId }, tx)).ToLookup(s => s.DocumentId);
        return new Outcome(eventId,
            decisions.Select((d, i) => new Decision(d.Id, i + 1, new LocalizedText(d.TitleEn, d.TitleRu, d.TitleZh),
                new LocalizedText(d.TextEn, d.TextRu, d.TextZh), d.Version)).ToList(),
            documents.Select((d, i) => new OutcomeDocument(d.Id, i + 1, new LocalizedText(d.TitleEn, d.TitleRu, d.TitleZh),
                Enums.Parse<Adoption>(d.Adoption),
                signatories[d.Id].Select(s => new Signatory(s.PartyId, new LocalizedText(s.PartyEn, s.PartyRu, s.PartyZh), s.PersonId,
                    new LocalizedText(s.NameEn, s.NameRu, s.NameZh), s.Title)).ToList(), d.Version)).ToList());
    }
}
