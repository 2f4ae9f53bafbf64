using Dapper;
using System.Data.Common;
using NodaTime;
using Planner.Data;
using Planner.Http;
using Planner.Venues;
using Planner.Events;

namespace Planner.Scheduling;

/// <summary>
/// What a free-window search asks for. Dates are local dates at the venue; both ends inclusive.
/// <see cref="AvoidHolidays"/>: keep away from the national holidays of the parties and the host (the default).
/// </summary>
public sealed record WindowQuery(int Days, LocalDate From, LocalDate To, long VenueId, long? HostPartyId,
    IReadOnlyList<long> Parties, IReadOnlyList<long> People, int Count, bool AvoidHolidays = true);

/// <summary>A run of consecutive working days on which everyone asked for is free; <see cref="Last"/> is inclusive.</summary>
public sealed record Window(LocalDate First, LocalDate Last, Instant StartAt, Instant EndAt);

/// <summary>
/// Finds the earliest windows of N consecutive working days (the host's weekend excluded) on which
/// the venue is free, none of the named parties' delegations nor the named people are busy, and no
/// blackout applies (nor, unless told otherwise, a national holiday of a named party or the host). Each constraint is read with one indexed range query and marked on a bitmap of
/// days, so a year with twenty parties costs a handful of queries and a pass over 366 days.
/// </summary>
public static class FreeWindows
{
    private sealed record Busy(long StartAt, long EndAt);

    private sealed record Days(string FirstDay, string LastDay);

    public static async Task<IReadOnlyList<Window>> FindAsync(DbConnection c, WindowQuery q)
    {
        ArgumentNullException.ThrowIfNull(q);
        var venue = await VenueStore.FindAsync(c, q.VenueId) ?? throw PlannerException.Invalid("venue", $"There is no venue with id {q.VenueId}.");
        var zone = venue.Zone;
        var length = Period.Between(q.From, q.To, PeriodUnits.Days).Days + 1;
        var from = q.From.AtStartOfDayInZone(zone).ToInstant();
        var to = q.To.PlusDays(1).AtStartOfDayInZone(zone).ToInstant();
        var range = new { from = Sql.Seconds(from), to = Sql.Seconds(to), fromDay = Sql.Text(q.From), toDay = Sql.Text(q.To) };
        var free = new bool[length];
        Array.Fill(free, true);

        var weekend = q.HostPartyId is { } host
            ? (await c.ExecuteScalarAsync<string?>("SELECT weekend FROM party WHERE id = @host", new { host }) ?? throw PlannerException.Invalid("host", $"There is no party with id {host}."))
            : "6,7";
        var weekendDays = weekend.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse).ToHashSet();
        for (var i = 0; i < length; i++)
        {
            if (weekendDays.Contains((int)q.From.PlusDays(i).DayOfWeek))
                free[i] = false;
        }

        void Mark(IEnumerable<Busy> busy)
        {
            foreach (var b in busy)
            {
                var first = Instant.FromUnixTimeSeconds(b.StartAt).InZone(zone).Date;
                var last = Instant.FromUnixTimeSeconds(b.EndAt - 1).InZone(zone).Date;
                for (var d = Max(first, q.From); d <= last && d <= q.To; d = d.PlusDays(1))
                    free[Period.Between(q.From, d, PeriodUnits.Days).Days] = false;
            }
        }

        Mark(await c.QueryAsync<Busy>(
            $"""
            SELECT start_at AS StartAt, end_at AS EndAt FROM event
            WHERE venue_id = @venue AND {EventLifecycle.Occupies()} AND start_at < @to AND end_at > @from
            """, new { venue = q.VenueId, range.from, range.to }));
        if (q.Parties.Count > 0)
        {
            Mark(await c.QueryAsync<Busy>(
                Data.Dialect.Of(c).Lists($"""
                SELECT e.start_at AS StartAt, e.end_at AS EndAt FROM participation x JOIN event e ON e.id = x.event_id
                WHERE x.party_id IN @parties AND x.role <> 'secretariat' AND {EventLifecycle.Occupies("e")} AND e.start_at < @to AND e.end_at > @from
                """), new { parties = q.Parties, range.from, range.to }));
        }

        if (q.People.Count > 0)
        {
            Mark(await c.QueryAsync<Busy>(
                Data.Dialect.Of(c).Lists("""
                SELECT start_at AS StartAt, end_at AS EndAt FROM booking
                WHERE person_id IN @people AND start_at < @to AND start_at > @reach AND end_at > @from
                """), new { people = q.People, range.from, range.to, reach = range.from - (long)Events.EventService.MaxLength.TotalSeconds }));
        }

        foreach (var b in await c.QueryAsync<Days>(
            Data.Dialect.Of(c).Lists("""
            SELECT first_day AS FirstDay, last_day AS LastDay FROM blackout
            WHERE first_day <= @toDay AND last_day >= @fromDay
              AND ((kind = 'declared' AND (party_id IS NULL OR party_id IS NOT DISTINCT FROM @host))
                   OR (kind = 'holiday' AND @avoid AND (party_id IN @parties OR party_id IS NOT DISTINCT FROM @host)))
            """), new { range.fromDay, range.toDay, host = q.HostPartyId, avoid = q.AvoidHolidays, parties = q.Parties }))
        {
            for (var d = Max(Sql.Date(b.FirstDay), q.From); d <= Sql.Date(b.LastDay) && d <= q.To; d = d.PlusDays(1))
                free[Period.Between(q.From, d, PeriodUnits.Days).Days] = false;
        }

        var windows = new List<Window>();
        var run = 0;
        for (var i = 0; i < length && windows.Count < q.Count; i++)
        {
            run = free[i] ? run + 1 : 0;
            if (run < q.Days)
                continue;
            var first = q.From.PlusDays(i - q.Days + 1);
            var last = q.From.PlusDays(i);
            windows.Add(new Window(first, last, first.AtStartOfDayInZone(zone).ToInstant(), last.PlusDays(1).AtStartOfDayInZone(zone).ToInstant()));
            run = 0;
        }

        return windows;
    }

    private static LocalDate Max(LocalDate a, LocalDate b) => a > b ? a : b;
}
