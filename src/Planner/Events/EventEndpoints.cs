using Dapper;
using Microsoft.Data.Sqlite;
using NodaTime;
using Planner.Data;
using Planner.Http;
using Planner.Scheduling;
using Planner.Venues;

namespace Planner.Events;

/// <summary><c>/api/events</c>: Council meetings, conferences, exercises and workshops.</summary>
public static class EventEndpoints
{
    /// <summary>The longest event Planner accepts; a longer one is almost certainly a typing error.</summary>
    public static readonly Duration MaxLength = Duration.FromDays(60);

    public static void MapEvents(this RouteGroupBuilder api)
    {
        var events = api.MapGroup("/events").WithTags("Events");

        events.MapGet("/", (Db db, string? from, string? to, string? kind, CancellationToken ct) =>
            db.ReadAsync(c => EventStore.ListAsync(c, Query.Date("from", from), Query.Date("to", to), Query.Enum<EventKind>("kind", kind)), ct));

        events.MapGet("/{id:long}", (long id, Db db, CancellationToken ct) => db.ReadAsync(c => EventStore.GetAsync(c, id), ct));

        events.MapPost("/", async (EventInput input, bool? acceptConflicts, Db db, ChangeGuard guard, CancellationToken ct) =>
        {
            var created = await db.WriteAsync((c, tx) => SaveAsync(c, tx, guard, null, input, acceptConflicts ?? false), ct);
            return Results.Created($"/api/events/{created.Id}", created);
        });

        events.MapPut("/{id:long}", (long id, EventInput input, bool? acceptConflicts, Db db, ChangeGuard guard, CancellationToken ct) =>
            db.WriteAsync((c, tx) => SaveAsync(c, tx, guard, id, input, acceptConflicts ?? false), ct));

        events.MapDelete("/{id:long}", (long id, long? version, Db db, CancellationToken ct) =>
            db.DeleteAsync(Table.Event, id, version, ct, (c, tx) => EventLifecycle.EnsureNothingSentAsync(c, tx, id)));
    }

    /// <summary>
    /// Creates (<paramref name="id"/> null) or changes an event inside the caller's transaction:
    /// checks the input, fixes its local times as instants in the venue's zone, numbers it in its
    /// series, gives a Council meeting the chair of its date, and refuses new error-level conflicts
    /// unless <paramref name="acceptConflicts"/>.
    /// </summary>
    public static async Task<Event> SaveAsync(SqliteConnection c, SqliteTransaction tx, ChangeGuard guard, long? id, EventInput input, bool acceptConflicts)
    {
        ArgumentNullException.ThrowIfNull(guard);
        ArgumentNullException.ThrowIfNull(input);
        var check = new Check();
        var kind = check.Required("kind", input.Kind);
        var title = LocalizedTextInput.Check(check, "title", input.Title);
        var venueId = check.Required("venueId", input.VenueId);
        var start = check.Required("start", input.Start);
        var end = check.Required("end", input.End);
        if (input.Number is <= 0)
            check.Fail("number", "number is a positive whole number (40 for the 40th meeting).");
        if (input.Number is not null && input.SeriesId is null)
            check.Fail("number", "Only an event in a series has a number; give seriesId too.");
        if (id is not null)
            check.Required("version", input.Version);
        check.ThrowIfFailed();

        var venue = await VenueEndpoints.FindAsync(c, venueId, tx)
            ?? throw ProblemException.Invalid("venueId", $"There is no venue with id {venueId}.");
        var startAt = VenueTime.ToInstant(venue, start, "start");
        var endAt = VenueTime.ToInstant(venue, end, "end");
        if (endAt <= startAt)
            throw Problems.Coded(422, "Invalid value", "end", "event.endsBeforeStart",
                $"The event ends ({end:uuuu-MM-dd HH:mm}) before or when it starts ({start:uuuu-MM-dd HH:mm}).", $"{end:uuuu-MM-dd HH:mm}", $"{start:uuuu-MM-dd HH:mm}");
        if (endAt - startAt > MaxLength)
            throw ProblemException.Invalid("end", $"An event lasts at most {MaxLength.Days} days.");

        foreach (var (field, party) in new[] { ("hostPartyId", input.HostPartyId), ("chairPartyId", input.ChairPartyId) })
        {
            if (party is { } p && !await c.ExistsAsync(tx, Table.Party, p))
                throw ProblemException.Invalid(field, $"There is no party with id {p}.");
        }

        var number = input.Number;
        if (input.SeriesId is { } seriesId)
        {
            if (!await c.ExistsAsync(tx, Table.Series, seriesId))
                throw ProblemException.Invalid("seriesId", $"There is no series with id {seriesId}.");
            number ??= await Series.NextNumberAsync(c, tx, seriesId, id);
            await Series.EnsureNumberFreeAsync(c, tx, seriesId, number.Value, id);
        }

        var chair = input.ChairPartyId;
        if (chair is null && kind == EventKind.Council)
            chair = await guard.Chairmanship.ChairOnAsync(c, tx, start.Date);

        var values = new
        {
            id,
            kind = Enums.Name(kind),
            title.En, title.Ru, title.Zh,
            input.SeriesId,
            number,
            venueId,
            startLocal = Sql.Text(start),
            endLocal = Sql.Text(end),
            startAt = Sql.Seconds(startAt),
            endAt = Sql.Seconds(endAt),
            input.HostPartyId,
            chair,
            status = Enums.Name(input.Status ?? EventStatus.Draft),
            input.Version,
        };

        var eventId = id ?? 0;
        await guard.RunAsync(c, tx, id, async () =>
        {
            if (id is null)
            {
                eventId = await c.ExecuteScalarAsync<long>(
                    """
                    INSERT INTO event (kind, title_en, title_ru, title_zh, series_id, number, venue_id, start_local, end_local,
                                       start_at, end_at, host_party_id, chair_party_id, status)
                    VALUES (@kind, @En, @Ru, @Zh, @SeriesId, @number, @venueId, @startLocal, @endLocal,
                            @startAt, @endAt, @HostPartyId, @chair, @status) RETURNING id
                    """, values, tx);
            }
            else
            {
                await c.ChangeAsync(tx, Table.Event, id.Value, input.Version!.Value,
                    """
                    UPDATE event SET kind = @kind, title_en = @En, title_ru = @Ru, title_zh = @Zh, series_id = @SeriesId,
                        number = @number, venue_id = @venueId, start_local = @startLocal, end_local = @endLocal,
                        start_at = @startAt, end_at = @endAt, host_party_id = @HostPartyId, chair_party_id = @chair,
                        status = @status, version = version + 1
                    WHERE id = @id AND version = @Version
                    """, values);
            }

            return eventId;
        }, acceptConflicts);

        return await EventStore.GetAsync(c, eventId, tx);
    }
}
