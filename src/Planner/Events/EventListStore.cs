using Dapper;
using System.Data.Common;
using Planner.Data;
using Planner.Http;

namespace Planner.Events;

/// <summary>
/// What the list of events is narrowed by: words found in a title (any language), a party taking part or
/// hosting (code or name in any language) or the venue (name, city, country); the kind, the year of its
/// start and its status. Null or empty means "any". <see cref="Page"/> counts from 1.
/// </summary>
public sealed record EventFilter(string? Search, EventKind? Kind, int? Year, EventStatus? Status, int Page = 1, int PageSize = EventFilter.DefaultPageSize)
{
    public const int DefaultPageSize = 25;
}

/// <summary>One line of the list of events: the event, its venue, and whether anything was sent for it.</summary>
public sealed record EventListing(Event Event, string VenueName, string VenueCity, long Participants, bool AnythingSent);

/// <summary>A page of the list: its lines, the number of events matching in all, and the page shown.</summary>
public sealed record EventPage(IReadOnlyList<EventListing> Events, long Total, int Page, int PageSize)
{
    public int Pages => (int)Math.Max(1, (Total + PageSize - 1) / PageSize);
}

/// <summary>Reads the list of events the secretariat searches, by date of start (then id).</summary>
public static class EventListStore
{
    private sealed class Line
    {
        public long Id { get; init; }

        public string VenueName { get; init; } = "";

        public string VenueCity { get; init; } = "";

        public long Participants { get; init; }

        public long Sent { get; init; }
    }

    private const string Where =
        """
        FROM event e JOIN venue v ON v.id = e.venue_id
        WHERE (@kind IS NULL OR e.kind = @kind)
          AND (@status IS NULL OR e.status = @status)
          AND (@yearFrom IS NULL OR (e.start_local >= @yearFrom AND e.start_local < @yearTo))
          AND (@q IS NULL
               OR lower(e.title_en) LIKE lower(@q) ESCAPE '\' OR lower(e.title_ru) LIKE lower(@q) ESCAPE '\' OR lower(e.title_zh) LIKE lower(@q) ESCAPE '\'
               OR lower(v.name_en) LIKE lower(@q) ESCAPE '\' OR lower(v.name_ru) LIKE lower(@q) ESCAPE '\' OR lower(v.name_zh) LIKE lower(@q) ESCAPE '\' OR lower(v.city_en) LIKE lower(@q) ESCAPE '\' OR lower(v.city_ru) LIKE lower(@q) ESCAPE '\' OR lower(v.city_zh) LIKE lower(@q) ESCAPE '\' OR lower(v.country) LIKE lower(@q) ESCAPE '\'
               OR EXISTS (SELECT 1 FROM party p
                          WHERE (p.id = e.host_party_id OR p.id IN (SELECT x.party_id FROM participation x WHERE x.event_id = e.id))
                            AND (lower(p.code) LIKE lower(@q) ESCAPE '\' OR lower(p.name_en) LIKE lower(@q) ESCAPE '\' OR lower(p.name_ru) LIKE lower(@q) ESCAPE '\' OR lower(p.name_zh) LIKE lower(@q) ESCAPE '\')))
        """;

    /// <summary>The page of events matching <paramref name="filter"/>; a page past the last shows the last.</summary>
    public static async Task<EventPage> SearchAsync(DbConnection c, EventFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var size = Math.Clamp(filter.PageSize, 1, 200);
        var args = new DynamicParameters(new
        {
            kind = filter.Kind is { } k ? Enums.Name(k) : null,
            status = filter.Status is { } s ? Enums.Name(s) : null,
            yearFrom = filter.Year is { } y ? $"{y:0000}-01-01" : null,
            yearTo = filter.Year is { } y2 ? $"{y2 + 1:0000}-01-01" : null,
            q = Like.Contains(filter.Search),
        });
        var total = await c.ExecuteScalarAsync<long>("SELECT COUNT(*) " + Where, args);
        var pages = (int)Math.Max(1, (total + size - 1) / size);
        var page = Math.Clamp(filter.Page, 1, pages);
        args.Add("limit", size);
        args.Add("offset", (page - 1) * size);
        var lines = (await c.QueryAsync<Line>(
            """
            SELECT e.id, v.name_en AS VenueName, v.city_en AS VenueCity,
                   (SELECT COUNT(*) FROM participation x WHERE x.event_id = e.id) AS Participants,
                   EXISTS (SELECT 1 FROM invitation i WHERE i.event_id = e.id) OR EXISTS (SELECT 1 FROM outbox o WHERE o.event_id = e.id) AS Sent
            """ + " " + Where + " ORDER BY e.start_at, e.id LIMIT @limit OFFSET @offset", args)).ToList();
        var events = new List<EventListing>(lines.Count);
        foreach (var line in lines)
            events.Add(new EventListing(await EventStore.GetAsync(c, line.Id), line.VenueName, line.VenueCity, line.Participants, line.Sent != 0));
        return new EventPage(events, total, page, size);
    }

    /// <summary>The years events start in, latest first: the choices of the year filter.</summary>
    public static async Task<IReadOnlyList<int>> YearsAsync(DbConnection c) =>
        (await c.QueryAsync<int>("SELECT DISTINCT CAST(substr(start_local, 1, 4) AS INTEGER) FROM event ORDER BY 1 DESC")).ToList();
}
