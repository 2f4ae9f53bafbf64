using Dapper;
using System.Data.Common;
using NodaTime;
using Planner.Data;
using Planner.Events;

namespace Planner.Scheduling;

/// <summary>
/// The events whose conflicts are wanted: one event (checking a change) or every event in a
/// period (the sweep behind <c>GET /api/conflicts</c>). Cancelled events are never in scope.
/// </summary>
public sealed record Scope(string Sql, long A, long B)
{
    public static Scope ForEvent(long eventId) =>
        new($"SELECT id FROM event WHERE id = @scopeA AND {EventLifecycle.Occupies()}", eventId, 0);

    /// <summary>
    /// The events on any local day from <paramref name="first"/> to <paramref name="last"/> (inclusive), wherever
    /// they are held: the instants are widened by the 14 hours the earliest and latest zones are away from UTC.
    /// </summary>
    public static Scope Days(LocalDate first, LocalDate last) =>
        Between(first.AtStartOfDayInZone(DateTimeZone.Utc).ToInstant() - Duration.FromHours(14),
            last.PlusDays(1).AtStartOfDayInZone(DateTimeZone.Utc).ToInstant() + Duration.FromHours(14));

    /// <summary>The events a party takes part in, hosts or chairs.</summary>
    public static Scope OfParty(long partyId) =>
        new($"""
            SELECT id FROM event WHERE {EventLifecycle.Occupies()}
            AND (host_party_id = @scopeA OR chair_party_id = @scopeA OR id IN (SELECT event_id FROM participation WHERE party_id = @scopeA))
            """, partyId, 0);

    public static Scope Between(Instant from, Instant to) =>
        new($"SELECT id FROM event WHERE end_at > @scopeA AND start_at < @scopeB AND {EventLifecycle.Occupies()}", Data.Sql.Seconds(from), Data.Sql.Seconds(to));

    internal DynamicParameters Parameters(object? more = null)
    {
        var p = new DynamicParameters(more);
        p.Add("scopeA", A);
        p.Add("scopeB", B);
        p.Add("reach", (long)Events.EventService.MaxLength.TotalSeconds);
        return p;
    }
}

/// <summary>
/// Finds every clash of the events in a <see cref="Scope"/> against all other events: one set of
/// rules, each an indexed query from the events in scope outwards, so checking one event costs
/// the same whether the database holds a thousand bookings or a million. People are checked
/// by <see cref="PersonClashes"/>, which also has a sweep for whole periods.
/// </summary>
public static class ConflictFinder
{
    private sealed class Pair
    {
        public long A { get; init; }

        public long B { get; init; }

        public long Other { get; init; }
    }

    private sealed class StandingRow
    {
        public long Event { get; init; }

        public long Party { get; init; }

        public string Day { get; init; } = "";

        public string? Status { get; init; }
    }

    public static async Task<IReadOnlyList<Conflict>> FindAsync(DbConnection c, DbTransaction? tx, Scope scope, bool sweepPeople = false)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var found = new List<Found>();
        var with = $"WITH scope(id) AS ({scope.Sql}) ";

        foreach (var p in await c.QueryAsync<Pair>(with +
            $"""
            SELECT a.id AS A, b.id AS B, a.venue_id AS Other FROM event a
            JOIN event b ON b.venue_id = a.venue_id AND b.id <> a.id AND {EventLifecycle.Occupies("b")}
                        AND b.start_at < a.end_at AND b.start_at > a.start_at - @reach AND b.end_at > a.start_at
            WHERE a.id IN (SELECT id FROM scope)
            """, scope.Parameters(), tx))
        {
            found.Add(new("venue.doubleBooked", Severity.Error, [("venue", p.Other), ("event", p.A), ("event", p.B)],
                l => l.Say("venue.doubleBooked", ("venue", l.Venue(p.Other)), ("a", l.Event(p.A)), ("b", l.Event(p.B)))));
        }

        foreach (var p in await c.QueryAsync<Pair>(with +
            $"""
            SELECT s1.id AS A, s2.id AS B, e1.venue_id AS Other FROM agenda_session s1
            JOIN event e1 ON e1.id = s1.event_id
            JOIN event e2 ON e2.venue_id = e1.venue_id AND {EventLifecycle.Occupies("e2")} AND e2.start_at < s1.end_at
                         AND e2.start_at > s1.start_at - @reach AND e2.end_at > s1.start_at
            JOIN agenda_session s2 ON s2.event_id = e2.id AND s2.id <> s1.id AND s2.room_en = s1.room_en
                                  AND s2.start_at < s1.end_at AND s2.end_at > s1.start_at
            WHERE s1.event_id IN (SELECT id FROM scope) AND s1.room_en <> ''
            """, scope.Parameters(), tx))
        {
            found.Add(new("room.doubleBooked", Severity.Error, [("venue", p.Other), ("session", p.A), ("session", p.B)],
                l => l.Say("room.doubleBooked", ("room", l.Room(p.A)), ("venue", l.Venue(p.Other)), ("a", l.Session(p.A)), ("b", l.Session(p.B)))));
        }

        foreach (var p in await c.QueryAsync<Pair>(with +
            """
            SELECT s.id AS A, s.event_id AS B, e.id AS Other FROM agenda_session s JOIN event e ON e.id = s.event_id
            WHERE s.event_id IN (SELECT id FROM scope) AND (s.start_at < e.start_at OR s.end_at > e.end_at)
            """, scope.Parameters(), tx))
        {
            found.Add(new("session.outsideEvent", Severity.Error, [("session", p.A), ("event", p.B)],
                l => l.Say("session.outsideEvent", ("session", l.Session(p.A)), ("event", l.Event(p.B)))));
        }

        foreach (var p in await c.QueryAsync<Pair>(with +
            $"""
            SELECT pa.event_id AS A, pb.event_id AS B, pa.party_id AS Other FROM participation pa
            JOIN event a ON a.id = pa.event_id
            JOIN event b ON b.id <> a.id AND {EventLifecycle.Occupies("b")} AND b.start_at < a.end_at AND b.start_at > a.start_at - @reach
                        AND b.end_at > a.start_at
            JOIN participation pb ON pb.event_id = b.id AND pb.party_id = pa.party_id AND pb.role <> 'secretariat'
            WHERE pa.event_id IN (SELECT id FROM scope) AND pa.role <> 'secretariat'
            """, scope.Parameters(), tx))
        {
            found.Add(new("party.overlap", Severity.Warning, [("party", p.Other), ("event", p.A), ("event", p.B)],
                l => l.Say("party.overlap", ("party", l.Party(p.Other)), ("a", l.Event(p.A)), ("b", l.Event(p.B)))));
        }

        const string StandingOnDay =
            "(SELECT s.status FROM party_status s WHERE s.party_id = {0} AND s.valid_from <= substr(e.start_local, 1, 10) " +
            "AND (s.valid_to IS NULL OR s.valid_to > substr(e.start_local, 1, 10)))";
        foreach (var r in await c.QueryAsync<StandingRow>(with + $"""
            SELECT e.id AS Event, e.chair_party_id AS Party, substr(e.start_local, 1, 10) AS Day, {string.Format(null, StandingOnDay, "e.chair_party_id")} AS Status
            FROM event e WHERE e.id IN (SELECT id FROM scope) AND e.chair_party_id IS NOT NULL
            """, scope.Parameters(), tx))
        {
            if (r.Status != "member")
            {
                found.Add(new("chair.notMember", Severity.Error, [("party", r.Party), ("event", r.Event)],
                    l => l.Say("chair.notMember", ("party", l.Party(r.Party)), ("event", l.Event(r.Event)), ("day", r.Day), ("standing", l.Standing(r.Status)))));
            }
        }

        foreach (var r in await c.QueryAsync<StandingRow>(with + $"""
            SELECT e.id AS Event, x.party_id AS Party, substr(e.start_local, 1, 10) AS Day, {string.Format(null, StandingOnDay, "x.party_id")} AS Status
            FROM participation x JOIN event e ON e.id = x.event_id WHERE x.event_id IN (SELECT id FROM scope) AND x.role = 'member'
            """, scope.Parameters(), tx))
        {
            if (r.Status != "member")
            {
                found.Add(new("participant.notMember", Severity.Error, [("party", r.Party), ("event", r.Event)],
                    l => l.Say("participant.notMember", ("party", l.Party(r.Party)), ("event", l.Event(r.Event)), ("day", r.Day), ("standing", l.Standing(r.Status)))));
            }
        }

        foreach (var p in await c.QueryAsync<Pair>(with +
            """
            SELECT e.id AS A, b.id AS B, e.id AS Other FROM event e
            JOIN blackout b ON b.first_day || 'T00:00' < e.end_local AND b.last_day >= substr(e.start_local, 1, 10)
                           AND (b.party_id IS NULL OR b.party_id = e.host_party_id)
            WHERE e.id IN (SELECT id FROM scope)
            """, scope.Parameters(), tx))
        {
            found.Add(new("blackout", Severity.Error, [("event", p.A), ("blackout", p.B)],
                l => l.Say("blackout", ("event", l.Event(p.A)), ("blackout", l.Blackout(p.B)))));
        }

        found.AddRange(sweepPeople
            ? await PersonClashes.SweepAsync(c, tx, scope)
            : await PersonClashes.FromScopeAsync(c, tx, scope));

        return await ResolveAsync(c, tx, found);
    }

    /// <summary>Names the records of the found clashes (one query per kind of record and language) and writes their sentences in every language.</summary>
    private static async Task<IReadOnlyList<Conflict>> ResolveAsync(DbConnection c, DbTransaction? tx, List<Found> found)
    {
        var unique = found.GroupBy(f => f.Key).Select(g => g.First()).ToList();
        var records = unique.SelectMany(f => f.Records).ToList();
        var labels = new Dictionary<Language, Labels>();
        foreach (var language in Language.All)
            labels[language] = await Labels.LoadAsync(c, tx, records, language);
        var english = labels[Language.English];
        return unique
            .Select(f => new Conflict(f.Code, f.Severity, f.Message(english),
                f.Records.Select(r => new ConflictRecord(r.Type, r.Id, english.Of(r.Type, r.Id))).ToList())
            {
                Said = new LocalizedText(f.Message(english), f.Message(labels[Language.Russian]), f.Message(labels[Language.Chinese])),
            })
            .OrderBy(f => f.Severity).ThenBy(f => f.Code, StringComparer.Ordinal).ThenBy(f => f.Key, StringComparer.Ordinal)
            .ToList();
    }
}

/// <summary>A clash before its records are named.</summary>
internal sealed record Found(string Code, Severity Severity, IReadOnlyList<(string Type, long Id)> Records, Func<Labels, string> Message)
{
    public string Key => Code + ":" + string.Join(",", Records.Select(r => $"{r.Type}{r.Id}").Order(StringComparer.Ordinal));
}
