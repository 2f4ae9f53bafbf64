using Dapper;
using System.Data.Common;
using NodaTime;
using Planner.Data;
using Planner.Http;

namespace Planner.Events;

/// <summary>A person speaking to an agenda item.</summary>
public sealed record Speaker(long PersonId, LocalizedText Name, LocalizedText Title, long PartyId);

/// <summary>An item of a session, in the order given by <see cref="Position"/> (from 1).</summary>
public sealed record AgendaItem(long Id, int Position, LocalizedText Title, string Notes, IReadOnlyList<Speaker> Speakers);

/// <summary>A session of an event at the venue's local time; the end is exclusive, so back-to-back sessions do not overlap.</summary>
public sealed record AgendaSession(long Id, LocalizedText Title, LocalDateTime Start, LocalDateTime End, Instant StartAt, Instant EndAt,
    LocalizedText Room, long? ChairPersonId, LocalizedText? ChairName, IReadOnlyList<AgendaItem> Items, long Version);

/// <summary>The sessions of one local day.</summary>
public sealed record AgendaDay(LocalDate Date, IReadOnlyList<AgendaSession> Sessions);

/// <summary>An event's programme: days (local dates at the venue) → sessions → items.</summary>
public sealed record Agenda(long EventId, string TimeZone, IReadOnlyList<AgendaDay> Days);

public sealed record ItemInput(LocalizedTextInput? Title, string? Notes, IReadOnlyList<long>? Speakers);

/// <summary>A session as a client sends it, with all its items (they are replaced as a whole).</summary>
public sealed record SessionInput(LocalizedTextInput? Title, LocalDateTime? Start, LocalDateTime? End, LocalizedTextInput? Room,
    long? ChairPersonId, IReadOnlyList<ItemInput>? Items, long? Version);

/// <summary>Reads an event's agenda.</summary>
public static class AgendaStore
{
    private sealed record SessionRow(long Id, string TitleEn, string TitleRu, string TitleZh, string StartLocal, string EndLocal,
        long StartAt, long EndAt, string RoomEn, string RoomRu, string RoomZh, long? ChairPersonId, string? ChairEn, string? ChairRu, string? ChairZh, long Version);

    private sealed record ItemRow(long Id, long SessionId, long Position, string TitleEn, string TitleRu, string TitleZh, string Notes);

    private sealed record SpeakerRow(long ItemId, long PersonId, string NameEn, string NameRu, string NameZh, string TitleEn, string TitleRu, string TitleZh, long PartyId);

    public static async Task<Agenda> ReadAsync(DbConnection c, Event e, DbTransaction? tx = null)
    {
        ArgumentNullException.ThrowIfNull(e);
        var sessions = (await c.QueryAsync<SessionRow>(
            """
            SELECT s.id, s.title_en AS TitleEn, s.title_ru AS TitleRu, s.title_zh AS TitleZh, s.start_local AS StartLocal,
                   s.end_local AS EndLocal, s.start_at AS StartAt, s.end_at AS EndAt, s.room_en AS RoomEn, s.room_ru AS RoomRu, s.room_zh AS RoomZh, s.chair_person_id AS ChairPersonId,
                   p.name_en AS ChairEn, p.name_ru AS ChairRu, p.name_zh AS ChairZh, s.version
            FROM agenda_session s LEFT JOIN person p ON p.id = s.chair_person_id
            WHERE s.event_id = @id ORDER BY s.start_at, s.room_en, s.id
            """, new { id = e.Id }, tx)).ToList();
        var items = (await c.QueryAsync<ItemRow>(
            """
            SELECT i.id, i.session_id AS SessionId, i.position, i.title_en AS TitleEn, i.title_ru AS TitleRu, i.title_zh AS TitleZh, i.notes
            FROM agenda_item i JOIN agenda_session s ON s.id = i.session_id WHERE s.event_id = @id ORDER BY i.position
            """, new { id = e.Id }, tx)).ToLookup(i => i.SessionId);
        var speakers = (await c.QueryAsync<SpeakerRow>(
            """
            SELECT k.item_id AS ItemId, p.id AS PersonId, p.name_en AS NameEn, p.name_ru AS NameRu, p.name_zh AS NameZh,
                   p.title_en AS TitleEn, p.title_ru AS TitleRu, p.title_zh AS TitleZh, p.party_id AS PartyId
            FROM agenda_item_speaker k JOIN person p ON p.id = k.person_id
            JOIN agenda_item i ON i.id = k.item_id JOIN agenda_session s ON s.id = i.session_id
            WHERE s.event_id = @id ORDER BY k.position
            """, new { id = e.Id }, tx)).ToLookup(k => k.ItemId);

        var days = sessions
            .Select(s => new AgendaSession(s.Id, new LocalizedText(s.TitleEn, s.TitleRu, s.TitleZh), Sql.DateTime(s.StartLocal), Sql.DateTime(s.EndLocal),
                Sql.Instant(s.StartAt), Sql.Instant(s.EndAt), new LocalizedText(s.RoomEn, s.RoomRu, s.RoomZh), s.ChairPersonId,
                s.ChairEn is null ? null : new LocalizedText(s.ChairEn, s.ChairRu ?? "", s.ChairZh ?? ""),
                items[s.Id].Select(i => new AgendaItem(i.Id, (int)i.Position, new LocalizedText(i.TitleEn, i.TitleRu, i.TitleZh), i.Notes,
                    speakers[i.Id].Select(k => new Speaker(k.PersonId, new LocalizedText(k.NameEn, k.NameRu, k.NameZh), new LocalizedText(k.TitleEn, k.TitleRu, k.TitleZh), k.PartyId)).ToList())).ToList(),
                s.Version))
            .GroupBy(s => s.Start.Date)
            .Select(g => new AgendaDay(g.Key, g.ToList()))
            .ToList();
        return new Agenda(e.Id, e.TimeZone, days);
    }
}
