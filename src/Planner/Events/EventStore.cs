using Dapper;
using System.Data.Common;
using NodaTime;
using Planner.Data;
using Planner.Http;
using Planner.Parties;

namespace Planner.Events;

/// <summary>Queries of events, their participants and delegations.</summary>
public static class EventStore
{
    private sealed record EventRow(long Id, string Kind, string TitleEn, string TitleRu, string TitleZh, long? SeriesId, long? Number,
        long VenueId, string TimeZone, string StartLocal, string EndLocal, long StartAt, long EndAt,
        long? HostPartyId, long? ChairPartyId, string Status, long Version);

    private const string Select =
        """
        SELECT e.id, e.kind, e.title_en AS TitleEn, e.title_ru AS TitleRu, e.title_zh AS TitleZh, e.series_id AS SeriesId,
               e.number, e.venue_id AS VenueId, v.time_zone AS TimeZone, e.start_local AS StartLocal, e.end_local AS EndLocal,
               e.start_at AS StartAt, e.end_at AS EndAt, e.host_party_id AS HostPartyId, e.chair_party_id AS ChairPartyId,
               e.status, e.version
        FROM event e JOIN venue v ON v.id = e.venue_id
        """;

    public static async Task<Event?> FindAsync(DbConnection c, long id, DbTransaction? tx = null)
    {
        var row = await c.QuerySingleOrDefaultAsync<EventRow>(Select + " WHERE e.id = @id", new { id }, tx);
        return row is null ? null : ToEvent(row);
    }

    public static async Task<Event> GetAsync(DbConnection c, long id, DbTransaction? tx = null) =>
        await FindAsync(c, id, tx) ?? throw PlannerException.NotFound("event", id);

    /// <summary>
    /// Events held, by their local dates at the venue, on any day from <paramref name="from"/> to
    /// <paramref name="to"/> (both inclusive), in order of start.
    /// </summary>
    public static async Task<IReadOnlyList<Event>> ListAsync(DbConnection c, LocalDate? from, LocalDate? to, EventKind? kind, DbTransaction? tx = null) =>
        (await c.QueryAsync<EventRow>(Select +
            """
             WHERE (@from IS NULL OR e.end_local > @from) AND (@to IS NULL OR e.start_local < @to)
               AND (@kind IS NULL OR e.kind = @kind)
             ORDER BY e.start_at, e.id
            """, new
            {
                from = Sql.Text(from),
                to = Sql.Text(to?.PlusDays(1)),
                kind = kind is { } k ? Enums.Name(k) : null,
            }, tx)).Select(ToEvent).ToList();

    private sealed class ParticipantRow
    {
        public long PartyId { get; init; }

        public string Code { get; init; } = "";

        public string NameEn { get; init; } = "";

        public string NameRu { get; init; } = "";

        public string NameZh { get; init; } = "";

        public string Kind { get; init; } = "";

        public string Role { get; init; } = "";

        public string? Status { get; init; }

        public long Version { get; init; }

        public long DelegationVersion { get; init; }

        public string? Answer { get; init; }
    }

    /// <summary>The event's participants grouped by role (members first), each group in order of precedence.</summary>
    public static async Task<IReadOnlyList<ParticipantGroup>> ParticipantsAsync(DbConnection c, Precedence precedence, Event e, DbTransaction? tx = null)
    {
        var on = e.Start.Date;
        var rows = await c.QueryAsync<ParticipantRow>(
            $"""
            SELECT p.id AS PartyId, p.code, p.name_en AS NameEn, p.name_ru AS NameRu, p.name_zh AS NameZh, p.kind, x.role,
                   (SELECT s.status FROM party_status s
                     WHERE s.party_id = p.id AND s.valid_from <= @on AND (s.valid_to IS NULL OR s.valid_to > @on)) AS Status,
                   x.version, x.delegation_version AS DelegationVersion, i.state AS Answer
            FROM participation x JOIN party p ON p.id = x.party_id
            LEFT JOIN invitation i ON i.event_id = x.event_id AND i.party_id = x.party_id
            WHERE x.event_id = @eventId
            ORDER BY {precedence.OrderBy("p.name_")}
            """, new { eventId = e.Id, on = Sql.Text(on) }, tx);
        var participants = rows.Select(r => new Participant(r.PartyId, r.Code, new LocalizedText(r.NameEn, r.NameRu, r.NameZh),
            Enums.Parse<PartyKind>(r.Kind), Enums.Parse<ParticipationRole>(r.Role),
            r.Status is null ? null : Enums.Parse<Standing>(r.Status), r.Version, r.DelegationVersion,
            r.Answer is null ? null : Enums.Parse<InvitationState>(r.Answer))).ToList();
        return Enum.GetValues<ParticipationRole>()
            .Select(role => new ParticipantGroup(role, participants.Where(p => p.Role == role).ToList()))
            .Where(g => g.Parties.Count > 0)
            .ToList();
    }

    private sealed record DelegateRow(long PersonId, string NameEn, string NameRu, string NameZh, string TitleEn, string TitleRu, string TitleZh, long IsHead, string FunctionEn, string FunctionRu, string FunctionZh);

    /// <summary>A party's delegation to an event: head first, then the members in the order given.</summary>
    public static async Task<Delegation> DelegationAsync(DbConnection c, long eventId, long partyId, DbTransaction? tx = null)
    {
        var version = await c.ExecuteScalarAsync<long?>(
            "SELECT delegation_version FROM participation WHERE event_id = @eventId AND party_id = @partyId", new { eventId, partyId }, tx)
            ?? throw PlannerException.NotFound(ErrorCode.ParticipationNotFound, $"The party {partyId} does not take part in the event {eventId}.");
        var rows = await c.QueryAsync<DelegateRow>(
            """
            SELECT d.person_id AS PersonId, p.name_en AS NameEn, p.name_ru AS NameRu, p.name_zh AS NameZh, p.title_en AS TitleEn, p.title_ru AS TitleRu, p.title_zh AS TitleZh,
                   d.is_head AS IsHead, d.function_en AS FunctionEn, d.function_ru AS FunctionRu, d.function_zh AS FunctionZh
            FROM delegate d JOIN person p ON p.id = d.person_id
            WHERE d.event_id = @eventId AND d.party_id = @partyId
            ORDER BY d.is_head DESC, d.position
            """, new { eventId, partyId }, tx);
        return new Delegation(eventId, partyId,
            rows.Select(r => new Delegate(r.PersonId, new LocalizedText(r.NameEn, r.NameRu, r.NameZh), new LocalizedText(r.TitleEn, r.TitleRu, r.TitleZh), r.IsHead == 1, new LocalizedText(r.FunctionEn, r.FunctionRu, r.FunctionZh))).ToList(),
            version);
    }

    private static Event ToEvent(EventRow r) => new(
        r.Id, Enums.Parse<EventKind>(r.Kind), new LocalizedText(r.TitleEn, r.TitleRu, r.TitleZh), r.SeriesId, (int?)r.Number,
        r.VenueId, r.TimeZone, Sql.DateTime(r.StartLocal), Sql.DateTime(r.EndLocal), Sql.Instant(r.StartAt), Sql.Instant(r.EndAt),
        r.HostPartyId, r.ChairPartyId, Enums.Parse<EventStatus>(r.Status), r.Version);
}
