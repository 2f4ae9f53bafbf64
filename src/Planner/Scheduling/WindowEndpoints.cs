using NodaTime;
using Planner.Data;
using Planner.Events;
using Planner.Http;
using Planner.Parties;
using Planner.Time;

namespace Planner.Scheduling;

/// <summary>Free windows, the multi-year programme and proposals from series rules.</summary>
internal static class WindowEndpoints
{
    public static void Map(RouteGroupBuilder api, string[] tags)
    {
        api.MapGet("/scheduling/windows", (Db db, SecretariatClock clock, int? days, string? from, string? to, long? venue, long? host,
            string? parties, string? people, int? count, bool? holidays, CancellationToken ct) =>
        {
            var first = Query.Date("from", from, clock.Today);
            var last = Query.Date("to", to, first.PlusYears(1));
            if (days is null)
                throw PlannerException.Malformed("days", "days is the number of consecutive working days wanted, 1 to 60.", ErrorCode.QueryDays);
            if (venue is null)
                throw PlannerException.Malformed("venue", "venue is the id of the venue the meeting would be held at.", ErrorCode.QueryVenue);
            var query = new WindowQuery(days.Value, first, last, venue.Value, host, Query.Ids("parties", parties), Query.Ids("people", people),
                Math.Clamp(count ?? 5, 1, 100), holidays ?? true);
            WindowSearch.Check(query);
            return db.ReadAsync(c => FreeWindows.FindAsync(c, query), ct);
        }).WithTags(tags);

        api.MapGet("/programme", (Db db, Precedence precedence, Chairmanship chairmanship, SecretariatClock clock, int? year, int? to, CancellationToken ct) =>
        {
            var first = year ?? clock.Today.Year;
            var last = to ?? first;
            if (first is < 1990 or > 2200 || last < first || last - first > 20)
                throw PlannerException.Malformed("year", "year (and to) are years from 1990, at most 20 years apart.", ErrorCode.QueryYears);
            return db.ReadAsync(c => Programme.ReadAsync(c, chairmanship, first, last), ct);
        }).WithTags(tags);

        api.MapGet("/series/{id:long}/proposals", (long id, Db db, SecretariatClock clock, int? year, CancellationToken ct) =>
            db.ReadAsync(c => Programme.ProposeAsync(c, null, id, year ?? clock.Today.Year + 1), ct)).WithTags(tags);

        api.MapPost("/series/{id:long}/proposals", async (long id, EventService events, SecretariatClock clock, int? year, bool? acceptConflicts, CancellationToken ct) =>
        {
            var created = await events.CreateAllAsync(async (c, tx) => await Programme.ProposeAsync(c, tx, id, year ?? clock.Today.Year + 1), acceptConflicts ?? false, ct);
            return Results.Json(created, statusCode: created.Count > 0 ? 201 : 200);
        }).WithTags(tags);
    }
}
