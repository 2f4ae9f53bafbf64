using Dapper;
using System.Data.Common;
using NodaTime;
using Planner.Data;
using Planner.Events;
using Planner.Http;
using Planner.Invitations;
using Planner.Parties;
using Planner.Venues;

namespace Planner.Documents.Protocol;

/// <summary>Reads of the protocol documents: the event's facts, who is seated, delegates, the register, arrivals.</summary>
public static class ProtocolStore
{
    /// <summary>The event, its venue and the chairing state's name; 404 for an unknown event.</summary>
    public static async Task<EventFacts> FactsAsync(DbConnection c, long eventId, DbTransaction? tx = null)
    {
        var e = await EventStore.GetAsync(c, eventId, tx);
        var venue = await VenueStore.FindAsync(c, e.VenueId, tx) ?? throw PlannerException.NotFound("venue", e.VenueId);
        var chair = e.ChairPartyId is { } chairId ? (await PartyStore.FindAsync(c, chairId, e.Start.Date, tx))?.Name : null;
        return new EventFacts(e, venue, chair);
    }

    /// <summary>The participants by role in order of precedence, without the parties that declined (they leave their seats).</summary>
    public static async Task<IReadOnlyList<ParticipantGroup>> SeatedAsync(DbConnection c, Precedence precedence, Event e, DbTransaction? tx = null) =>
        (await EventStore.ParticipantsAsync(c, precedence, e, tx))
        .Select(g => g with { Parties = g.Parties.Where(p => p.Answer != InvitationState.Declined).ToList() })
        .Where(g => g.Parties.Count > 0)
        .ToList();

    private sealed record HolderRow(long PersonId, string NameEn, string NameRu, string NameZh, string TitleEn, string TitleRu, string TitleZh, long IsHead, long PartyId,
        string PartyEn, string PartyRu, string PartyZh, string Role, string? Answer);

    private const string HolderSelect =
        """
        SELECT d.person_id AS PersonId, p.name_en AS NameEn, p.name_ru AS NameRu, p.name_zh AS NameZh,
               p.title_en AS TitleEn, p.title_ru AS TitleRu, p.title_zh AS TitleZh, d.is_head AS IsHead,
               d.party_id AS PartyId, y.name_en AS PartyEn, y.name_ru AS PartyRu, y.name_zh AS PartyZh, x.role, i.state AS Answer
        FROM delegate d
        JOIN person p ON p.id = d.person_id
        JOIN party y ON y.id = d.party_id
        JOIN participation x ON x.event_id = d.event_id AND x.party_id = d.party_id
        LEFT JOIN invitation i ON i.event_id = d.event_id AND i.party_id = d.party_id
        """;

    /// <summary>
    /// The named delegates of the parties taking part (not declined): by role, parties in order of precedence, the
    /// head of each delegation first.
    /// </summary>
    public static async Task<IReadOnlyList<Holder>> HoldersAsync(DbConnection c, Precedence precedence, long eventId, DbTransaction? tx = null) =>
        (await c.QueryAsync<HolderRow>(
            HolderSelect + $"""
             WHERE d.event_id = @eventId AND (i.state IS NULL OR i.state <> 'declined')
             ORDER BY {precedence.OrderBy("y.name_")}, d.is_head DESC, d.position
            """, new { eventId }, tx))
        .Select(ToHolder)
        .OrderBy(h => h.Role)
        .ToList();

    /// <summary>One delegate of the event, or null when the person is not (or no longer) in one of its delegations.</summary>
    public static async Task<Holder?> HolderAsync(DbConnection c, long eventId, long personId, DbTransaction? tx = null)
    {
        var row = await c.QuerySingleOrDefaultAsync<HolderRow>(HolderSelect + " WHERE d.event_id = @eventId AND d.person_id = @personId",
            new { eventId, personId }, tx);
        return row is null ? null : ToHolder(row);
    }

    private static Holder ToHolder(HolderRow r) => new(r.PersonId, new LocalizedText(r.NameEn, r.NameRu, r.NameZh), new LocalizedText(r.TitleEn, r.TitleRu, r.TitleZh), r.IsHead == 1,
        r.PartyId, new LocalizedText(r.PartyEn, r.PartyRu, r.PartyZh), Enums.Parse<ParticipationRole>(r.Role));

    private sealed record SeatingRow(long EventId, string Shape, string Rule, long Version);

    public static async Task<SeatingSettings> SeatingAsync(DbConnection c, long eventId, DbTransaction? tx = null)
    {
        var row = await c.QuerySingleOrDefaultAsync<SeatingRow>(
            "SELECT event_id AS EventId, shape, rule, version FROM event_seating WHERE event_id = @eventId", new { eventId }, tx);
        return row is null
            ? new SeatingSettings(eventId, TableShape.Round, SeatingRule.Clockwise, 0)
            : new SeatingSettings(eventId, Enums.Parse<TableShape>(row.Shape), Enums.Parse<SeatingRule>(row.Rule), row.Version);
    }

    private sealed record RegisterRow(string Number, long Year, long Seq, string IssuedOn, long? EventId, long? PartyId, string Language,
        string Addressee, string Subject);

    private const string RegisterSelect =
        """
        SELECT number, year, seq, issued_on AS IssuedOn, event_id AS EventId, party_id AS PartyId, language, addressee, subject
        FROM outgoing_register
        """;

    /// <summary>The register of <paramref name="year"/> in the order of its numbers.</summary>
    public static async Task<IReadOnlyList<RegisterEntry>> RegisterAsync(DbConnection c, int year, DbTransaction? tx = null) =>
        (await c.QueryAsync<RegisterRow>(RegisterSelect + " WHERE year = @year ORDER BY seq", new { year }, tx)).Select(ToEntry).ToList();

    /// <summary>The number the note of <paramref name="eventId"/> to <paramref name="partyId"/> took, or null before it was issued.</summary>
    public static async Task<RegisterEntry?> NoteNumberAsync(DbConnection c, long eventId, long partyId, DbTransaction? tx = null)
    {
        var row = await c.QuerySingleOrDefaultAsync<RegisterRow>(RegisterSelect + " WHERE event_id = @eventId AND party_id = @partyId",
            new { eventId, partyId }, tx);
        return row is null ? null : ToEntry(row);
    }

    private static RegisterEntry ToEntry(RegisterRow r) =>
        new(r.Number, (int)r.Year, (int)r.Seq, Sql.Date(r.IssuedOn), r.EventId, r.PartyId, r.Language, r.Addressee, r.Subject);

    private sealed record ArrivalRow(long PersonId, string NameEn, string NameRu, string NameZh, long PartyId, string Code,
        string PartyEn, string PartyRu, string PartyZh, long ArrivedAt, string MarkedBy);

    private const string ArrivalSelect =
        """
        SELECT a.person_id AS PersonId, p.name_en AS NameEn, p.name_ru AS NameRu, p.name_zh AS NameZh, d.party_id AS PartyId, y.code,
               y.name_en AS PartyEn, y.name_ru AS PartyRu, y.name_zh AS PartyZh, a.arrived_at AS ArrivedAt, a.marked_by AS MarkedBy
        FROM arrival a
        JOIN person p ON p.id = a.person_id
        JOIN delegate d ON d.event_id = a.event_id AND d.person_id = a.person_id
        JOIN party y ON y.id = d.party_id
        """;

    /// <summary>Who has arrived at the event, in the order they arrived.</summary>
    public static async Task<IReadOnlyList<Arrival>> ArrivalsAsync(DbConnection c, long eventId, DbTransaction? tx = null) =>
        (await c.QueryAsync<ArrivalRow>(ArrivalSelect + " WHERE a.event_id = @eventId ORDER BY a.arrived_at, p.name_en", new { eventId }, tx))
        .Select(ToArrival).ToList();

    public static async Task<Arrival?> ArrivalAsync(DbConnection c, long eventId, long personId, DbTransaction? tx = null)
    {
        var row = await c.QuerySingleOrDefaultAsync<ArrivalRow>(ArrivalSelect + " WHERE a.event_id = @eventId AND a.person_id = @personId",
            new { eventId, personId }, tx);
        return row is null ? null : ToArrival(row);
    }

    private static Arrival ToArrival(ArrivalRow r) => new(r.PersonId, new LocalizedText(r.NameEn, r.NameRu, r.NameZh), r.PartyId, r.Code,
        new LocalizedText(r.PartyEn, r.PartyRu, r.PartyZh), Sql.Instant(r.ArrivedAt), r.MarkedBy);

    /// <summary>The invitation of <paramref name="partyId"/> to the event, or null before it is invited.</summary>
    public static Task<long?> InvitationIdAsync(DbConnection c, long eventId, long partyId, DbTransaction? tx = null) =>
        c.ExecuteScalarAsync<long?>("SELECT id FROM invitation WHERE event_id = @eventId AND party_id = @partyId", new { eventId, partyId }, tx);

    /// <summary>The time zone of the organisation's seat, by its IANA name.</summary>
    public static DateTimeZone Zone(string name) =>
        DateTimeZoneProviders.Tzdb.GetZoneOrNull(name) ?? throw new InvalidOperationException($"Planner:Protocol:TimeZone '{name}' is not an IANA time zone.");
}
