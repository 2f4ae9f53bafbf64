using System.Globalization;
using Dapper;
using System.Data.Common;
using NodaTime;
using Planner.Events;

namespace Planner.Scheduling;

/// <summary>
/// People in two places at once, and in two cities on one day. Two bookings of a person clash
/// when they overlap and belong to different events, or to different sessions of one event;
/// a delegate's whole-event booking never clashes with the sessions they chair or speak in.
/// Bookings that do not overlap but put the person in two different cities on the same local
/// day (each in its venue's zone) are a travel warning.
/// </summary>
internal static class PersonClashes
{
    private const long Day = 86_400;

    /// <summary>How far back a booking that still touches a given moment can start: the longest event plus a day.</summary>
    private static readonly long Reach = (long)EventService.MaxLength.TotalSeconds + Day;

    internal readonly record struct Booking(long Id, long PersonId, long EventId, long? SessionId, long VenueId, long StartAt, long EndAt);

    private sealed record PairRow(long PersonId, long AId, long AEvent, long? ASession, long AVenue, long AStart, long AEnd,
        long BId, long BEvent, long? BSession, long BVenue, long BStart, long BEnd);

    private sealed record VenueRow(long Id, string City, string TimeZone);

    /// <summary>The clashes of the bookings of the events in scope, by indexed range queries per booking.</summary>
    public static async Task<IReadOnlyList<Found>> FromScopeAsync(DbConnection c, DbTransaction? tx, Scope scope)
    {
        var rows = await c.QueryAsync<PairRow>(
            $"""
            WITH scope(id) AS ({scope.Sql})
            SELECT a.person_id AS PersonId, a.id AS AId, a.event_id AS AEvent, a.session_id AS ASession, a.venue_id AS AVenue,
                   a.start_at AS AStart, a.end_at AS AEnd, b.id AS BId, b.event_id AS BEvent, b.session_id AS BSession,
                   b.venue_id AS BVenue, b.start_at AS BStart, b.end_at AS BEnd
            FROM booking a
            JOIN booking b ON b.person_id = a.person_id AND b.id <> a.id
                          AND b.start_at > a.start_at - @reach AND b.start_at < a.end_at + @day AND b.end_at > a.start_at - @day
            WHERE a.event_id IN (SELECT id FROM scope)
            """, scope.Parameters(new { reach = Reach, day = Day }), tx);
        var venues = await VenuesAsync(c, tx);
        var found = new List<Found>();
        foreach (var r in rows)
        {
            Classify(new(r.AId, r.PersonId, r.AEvent, r.ASession, r.AVenue, r.AStart, r.AEnd),
                new(r.BId, r.PersonId, r.BEvent, r.BSession, r.BVenue, r.BStart, r.BEnd), venues, found);
        }

        return found;
    }

    /// <summary>
    /// The clashes of every booking touching the scope's period, by one ordered pass over the
    /// person index: per person, bookings in order of start with the ones still within a day kept
    /// active. Cost: reading n rows plus comparisons with the few active ones.
    /// </summary>
    public static async Task<IReadOnlyList<Found>> SweepAsync(DbConnection c, DbTransaction? tx, Scope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        // Read straight from the covering index with a plain reader: this is the one query whose rows grow with the database.
        await using var command = c.CreateCommand();
        command.Transaction = tx;
        command.CommandText =
            """
            SELECT id, person_id, event_id, session_id, venue_id, start_at, end_at
            FROM booking WHERE start_at < @to AND end_at > @from ORDER BY person_id, start_at
            """;
        AddParameter(command, "from", scope.A - Day);
        AddParameter(command, "to", scope.B + Day);
        var bookings = new List<Booking>();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                bookings.Add(new Booking(reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2), reader.IsDBNull(3) ? null : reader.GetInt64(3),
                    reader.GetInt64(4), reader.GetInt64(5), reader.GetInt64(6)));
            }
        }

        return Sweep(bookings, await VenuesAsync(c, tx), scope.A, scope.B);
    }

    private static void AddParameter(DbCommand command, string name, long value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }

    internal static IReadOnlyList<Found> Sweep(IEnumerable<Booking> ordered, IReadOnlyDictionary<long, (string City, DateTimeZone Zone)> venues, long from, long to)
    {
        var found = new List<Found>();
        var active = new List<Booking>();
        long person = -1;
        foreach (var b in ordered)
        {
            if (b.PersonId != person)
            {
                active.Clear();
                person = b.PersonId;
            }

            active.RemoveAll(a => a.EndAt + Day <= b.StartAt);
            foreach (var a in active)
            {
                if ((a.StartAt < to && a.EndAt > from) || (b.StartAt < to && b.EndAt > from))
                    Classify(a, b, venues, found);
            }

            active.Add(b);
        }

        return found;
    }

    private static void Classify(Booking a, Booking b, IReadOnlyDictionary<long, (string City, DateTimeZone Zone)> venues, List<Found> found)
    {
        var overlap = a.StartAt < b.EndAt && b.StartAt < a.EndAt;
        if (a.EventId == b.EventId)
        {
            if (overlap && a.SessionId is { } sa && b.SessionId is { } sb && sa != sb)
            {
                found.Add(new("person.doubleBooked", Severity.Error, [("person", a.PersonId), ("session", sa), ("session", sb)],
                    l => l.Say("person.twoSessions", ("person", l.Person(a.PersonId)), ("a", l.Session(sa)), ("b", l.Session(sb)))));
            }

            return;
        }

        if (overlap)
        {
            found.Add(new("person.doubleBooked", Severity.Error, [("person", a.PersonId), ("event", a.EventId), ("event", b.EventId)],
                l => l.Say("person.twoEvents", ("person", l.Person(a.PersonId)), ("a", l.Event(a.EventId)), ("b", l.Event(b.EventId)))));
            return;
        }

        var (first, second) = a.StartAt <= b.StartAt ? (a, b) : (b, a);
        if (!venues.TryGetValue(first.VenueId, out var v1) || !venues.TryGetValue(second.VenueId, out var v2)
            || string.Equals(v1.City, v2.City, StringComparison.OrdinalIgnoreCase))
            return;
        var leaves = Instant.FromUnixTimeSeconds(first.EndAt - 1).InZone(v1.Zone).Date;
        var arrives = Instant.FromUnixTimeSeconds(second.StartAt).InZone(v2.Zone).Date;
        if (leaves == arrives)
        {
            found.Add(new("person.travel", Severity.Warning, [("person", a.PersonId), ("event", first.EventId), ("event", second.EventId)],
                l => l.Say("person.travel", ("person", l.Person(a.PersonId)), ("city1", v1.City), ("a", l.Event(first.EventId)),
                    ("city2", v2.City), ("b", l.Event(second.EventId)), ("day", leaves.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture)))));
        }
    }

    internal static async Task<IReadOnlyDictionary<long, (string City, DateTimeZone Zone)>> VenuesAsync(DbConnection c, DbTransaction? tx) =>
        (await c.QueryAsync<VenueRow>("SELECT id, city_en AS City, time_zone AS TimeZone FROM venue", transaction: tx))
        .ToDictionary(v => v.Id, v => (v.City, DateTimeZoneProviders.Tzdb[v.TimeZone]));
}
