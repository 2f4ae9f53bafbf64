using Dapper;
using System.Data.Common;
using NodaTime;
using Planner.Data;
using Planner.Http;
using Planner.Venues;

namespace Planner.Scheduling;

/// <summary>Why a day was not free: the venue booked, parties at another event, a declared blackout, a national holiday.</summary>
public enum NoteKind
{
    VenueBooked,
    PartiesBusy,
    Blackout,
    Holiday,
}

/// <summary>Something on the days <see cref="First"/>–<see cref="Last"/> (inclusive, at the venue); <see cref="Parties"/> lists the codes concerned.</summary>
public sealed record WindowNote(LocalDate First, LocalDate Last, NoteKind Kind, LocalizedText What, string Parties);

/// <summary>A free window with what the search stepped over to reach it and what lies within <see cref="WindowNotes.Margin"/> days of it.</summary>
public sealed record ExplainedWindow(Window Window, IReadOnlyList<WindowNote> Avoided, IReadOnlyList<WindowNote> Close);

/// <summary>
/// Explains the windows <see cref="FreeWindows"/> found, for a planner choosing among them: for each, what was avoided
/// since the previous window (or the start of the search) and what is close (within <see cref="Margin"/> days, or inside it
/// when holidays were not avoided). Reads only the days up to the last window's margin.
/// </summary>
public static class WindowNotes
{
    /// <summary>Days either side of a window whose events and holidays are called close.</summary>
    public const int Margin = 3;

    /// <summary>At most this many notes of each list, the nearest to the window kept.</summary>
    public const int MaxNotes = 6;

    private sealed class Row
    {
        public string Kind { get; init; } = "";

        public string En { get; init; } = "";

        public string Ru { get; init; } = "";

        public string Zh { get; init; } = "";

        public long? StartAt { get; init; }

        public long? EndAt { get; init; }

        public string? FirstDay { get; init; }

        public string? LastDay { get; init; }

        public string? Parties { get; init; }
    }

    /// <summary>The search <paramref name="q"/> again, each of its windows explained.</summary>
    public static async Task<IReadOnlyList<ExplainedWindow>> FindAsync(DbConnection c, WindowQuery q)
    {
        ArgumentNullException.ThrowIfNull(q);
        var windows = await FreeWindows.FindAsync(c, q);
        if (windows.Count == 0)
            return [];
        var venue = await VenueStore.FindAsync(c, q.VenueId) ?? throw PlannerException.Invalid("venue", $"There is no venue with id {q.VenueId}.");
        var first = q.From;
        var last = windows[^1].Last.PlusDays(Margin);
        var from = first.AtStartOfDayInZone(venue.Zone).ToInstant();
        var to = last.PlusDays(1).AtStartOfDayInZone(venue.Zone).ToInstant();
        var rows = await c.QueryAsync<Row>(
            Data.Dialect.Of(c).Lists($"""
            SELECT 'venue' AS Kind, e.title_en AS En, e.title_ru AS Ru, e.title_zh AS Zh, e.start_at AS StartAt, e.end_at AS EndAt, NULL AS FirstDay, NULL AS LastDay, '' AS Parties
            FROM event e WHERE e.venue_id = @venue AND {Events.EventLifecycle.Occupies("e")} AND e.start_at < @to AND e.end_at > @from
            UNION ALL
            SELECT 'parties', e.title_en, e.title_ru, e.title_zh, e.start_at, e.end_at, NULL, NULL, {Dialect.Of(c).JoinTexts("p.code", "', '")}
            FROM event e JOIN participation x ON x.event_id = e.id JOIN party p ON p.id = x.party_id
            WHERE x.party_id IN @parties AND x.role <> 'secretariat' AND e.venue_id <> @venue AND {Events.EventLifecycle.Occupies("e")} AND e.start_at < @to AND e.end_at > @from
            GROUP BY e.id
            UNION ALL
            SELECT b.kind, b.title, b.title, b.title, NULL, NULL, b.first_day, b.last_day, coalesce(p.code, '')
            FROM blackout b LEFT JOIN party p ON p.id = b.party_id
            WHERE b.first_day <= @lastDay AND b.last_day >= @firstDay
              AND ((b.kind = 'declared' AND (b.party_id IS NULL OR b.party_id IS NOT DISTINCT FROM @host))
                   OR (b.kind = 'holiday' AND (b.party_id IN @parties OR b.party_id IS NOT DISTINCT FROM @host)))
            """), new
            {
                venue = q.VenueId, from = Sql.Seconds(from), to = Sql.Seconds(to), parties = q.Parties, host = q.HostPartyId,
                firstDay = Sql.Text(first), lastDay = Sql.Text(last),
            });
        var notes = rows.Select(r => r.StartAt is { } s
                ? new WindowNote(Instant.FromUnixTimeSeconds(s).InZone(venue.Zone).Date, Instant.FromUnixTimeSeconds(r.EndAt!.Value - 1).InZone(venue.Zone).Date,
                    r.Kind == "venue" ? NoteKind.VenueBooked : NoteKind.PartiesBusy, new LocalizedText(r.En, r.Ru, r.Zh), r.Parties ?? "")
                : new WindowNote(Sql.Date(r.FirstDay!), Sql.Date(r.LastDay!), r.Kind == "holiday" ? NoteKind.Holiday : NoteKind.Blackout,
                    new LocalizedText(r.En, r.Ru, r.Zh), r.Parties ?? ""))
            .OrderBy(n => n.First).ToList();

        var explained = new List<ExplainedWindow>(windows.Count);
        var since = q.From;
        foreach (var w in windows)
        {
            bool Overlaps(WindowNote n, LocalDate a, LocalDate b) => n.First <= b && n.Last >= a;
            var avoided = notes.Where(n => Overlaps(n, since, w.First.PlusDays(-1))).TakeLast(MaxNotes).ToList();
            var close = notes.Where(n => Overlaps(n, w.First.PlusDays(-Margin), w.Last.PlusDays(Margin)) && !avoided.Contains(n)).Take(MaxNotes).ToList();
            explained.Add(new ExplainedWindow(w, avoided, close));
            since = w.Last.PlusDays(1);
        }

        return explained;
    }
}
