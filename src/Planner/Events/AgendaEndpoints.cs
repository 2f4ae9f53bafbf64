using Dapper;
using Microsoft.Data.Sqlite;
using Planner.Data;
using Planner.Http;
using Planner.Scheduling;
using Planner.Venues;

namespace Planner.Events;

/// <summary><c>/api/events/{id}/agenda</c>: the programme, edited a session at a time.</summary>
public static class AgendaEndpoints
{
    public static void MapAgenda(this RouteGroupBuilder api)
    {
        var agenda = api.MapGroup("/events/{id:long}/agenda").WithTags("Agenda");

        agenda.MapGet("/", (long id, Db db, CancellationToken ct) =>
            db.ReadAsync(async c => await AgendaStore.ReadAsync(c, await EventStore.GetAsync(c, id)), ct));

        agenda.MapPost("/sessions", async (long id, SessionInput input, bool? acceptConflicts, Db db, ChangeGuard guard, CancellationToken ct) =>
        {
            var (session, agendaNow) = await db.WriteAsync((c, tx) => SaveAsync(c, tx, guard, id, null, input, acceptConflicts ?? false), ct);
            return Results.Created($"/api/events/{id}/agenda/sessions/{session}", agendaNow);
        });

        agenda.MapPut("/sessions/{sessionId:long}", async (long id, long sessionId, SessionInput input, bool? acceptConflicts, Db db, ChangeGuard guard, CancellationToken ct) =>
            (await db.WriteAsync((c, tx) => SaveAsync(c, tx, guard, id, sessionId, input, acceptConflicts ?? false), ct)).Agenda);

        agenda.MapDelete("/sessions/{sessionId:long}", async (long id, long sessionId, long? version, Db db, ChangeGuard guard, CancellationToken ct) =>
        {
            await db.WriteAsync(async (c, tx) =>
            {
                await EnsureSessionAsync(c, tx, id, sessionId, version);
                await guard.RunAsync(c, tx, id, async () =>
                {
                    await c.ExecuteAsync("DELETE FROM agenda_session WHERE id = @sessionId", new { sessionId }, tx);
                    return id;
                }, acceptConflicts: true);
                return 0;
            }, ct);
            return Results.NoContent();
        });
    }

    /// <summary>Creates or replaces a session with its items; returns its id and the agenda after the change.</summary>
    public static async Task<(long Session, Agenda Agenda)> SaveAsync(SqliteConnection c, SqliteTransaction tx, ChangeGuard guard,
        long eventId, long? sessionId, SessionInput input, bool acceptConflicts)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(guard);
        var check = new Check();
        var title = LocalizedTextInput.Check(check, "title", input.Title, required: false);
        var start = check.Required("start", input.Start);
        var end = check.Required("end", input.End);
        var room = check.Text("room", input.Room, false, 200);
        var items = input.Items ?? [];
        check.That(items.Count <= 100, "items", "A session has at most 100 items.");
        var cleanItems = items.Take(100).Select((item, i) => (
            Title: LocalizedTextInput.Check(check, $"items[{i}].title", item?.Title),
            Notes: check.Text($"items[{i}].notes", item?.Notes, false, 4000),
            Speakers: (item?.Speakers ?? []).ToList())).ToList();
        if (sessionId is not null)
            check.Required("version", input.Version);
        check.ThrowIfFailed();

        var e = await EventStore.GetAsync(c, eventId, tx);
        var venue = (await VenueEndpoints.FindAsync(c, e.VenueId, tx))!;
        var startAt = VenueTime.ToInstant(venue, start, "start");
        var endAt = VenueTime.ToInstant(venue, end, "end");
        if (endAt <= startAt)
            throw PlannerException.Invalid("end", "The session ends before or when it starts.");
        if (startAt < e.StartAt || endAt > e.EndAt)
            throw PlannerException.Invalid(startAt < e.StartAt || startAt >= e.EndAt ? "start" : "end",
                $"The session ({start:uuuu-MM-dd HH:mm}–{end:HH:mm}) lies outside the event, which runs from {e.Start:uuuu-MM-dd HH:mm} to {e.End:uuuu-MM-dd HH:mm}.");

        if (input.ChairPersonId is { } chairId && !await c.ExistsAsync(tx, Table.Person, chairId))
            check.Fail("chairPersonId", $"There is no person with id {chairId}.");
        for (var i = 0; i < cleanItems.Count; i++)
        {
            for (var k = 0; k < cleanItems[i].Speakers.Count; k++)
            {
                var speaker = cleanItems[i].Speakers[k];
                if (!await c.ExistsAsync(tx, Table.Person, speaker))
                    check.Fail($"items[{i}].speakers[{k}]", $"There is no person with id {speaker}.");
            }

            if (cleanItems[i].Speakers.Distinct().Count() != cleanItems[i].Speakers.Count)
                check.Fail($"items[{i}].speakers", "A speaker is named twice for the same item.");
        }

        check.ThrowIfFailed();
        if (sessionId is { } existing)
            await EnsureSessionAsync(c, tx, eventId, existing, input.Version);

        var id = sessionId ?? 0;
        await guard.RunAsync(c, tx, eventId, async () =>
        {
            var values = new
            {
                id, eventId, title.En, title.Ru, title.Zh, room, input.ChairPersonId,
                startLocal = Sql.Text(start), endLocal = Sql.Text(end), startAt = Sql.Seconds(startAt), endAt = Sql.Seconds(endAt),
            };
            if (sessionId is null)
            {
                id = await c.ExecuteScalarAsync<long>(
                    """
                    INSERT INTO agenda_session (event_id, title_en, title_ru, title_zh, start_local, end_local, start_at, end_at, room, chair_person_id)
                    VALUES (@eventId, @En, @Ru, @Zh, @startLocal, @endLocal, @startAt, @endAt, @room, @ChairPersonId) RETURNING id
                    """, values, tx);
            }
            else
            {
                await c.ExecuteAsync(
                    """
                    UPDATE agenda_session SET title_en = @En, title_ru = @Ru, title_zh = @Zh, start_local = @startLocal, end_local = @endLocal,
                        start_at = @startAt, end_at = @endAt, room = @room, chair_person_id = @ChairPersonId, version = version + 1
                    WHERE id = @id
                    """, values, tx);
                await c.ExecuteAsync("DELETE FROM agenda_item WHERE session_id = @id", new { id }, tx);
            }

            for (var i = 0; i < cleanItems.Count; i++)
            {
                var (itemTitle, notes, speakers) = cleanItems[i];
                var itemId = await c.ExecuteScalarAsync<long>(
                    """
                    INSERT INTO agenda_item (session_id, position, title_en, title_ru, title_zh, notes)
                    VALUES (@id, @position, @En, @Ru, @Zh, @notes) RETURNING id
                    """, new { id, position = i + 1, itemTitle.En, itemTitle.Ru, itemTitle.Zh, notes }, tx);
                for (var k = 0; k < speakers.Count; k++)
                {
                    await c.ExecuteAsync("INSERT INTO agenda_item_speaker (item_id, person_id, position) VALUES (@itemId, @person, @k)",
                        new { itemId, person = speakers[k], k }, tx);
                }
            }

            return eventId;
        }, acceptConflicts);
        return (id, await AgendaStore.ReadAsync(c, e, tx));
    }

    private static async Task EnsureSessionAsync(SqliteConnection c, SqliteTransaction tx, long eventId, long sessionId, long? version)
    {
        var owner = await c.ExecuteScalarAsync<long?>("SELECT event_id FROM agenda_session WHERE id = @sessionId", new { sessionId }, tx);
        if (owner != eventId)
            throw PlannerException.NotFound($"agenda session of event {eventId}", sessionId);
        await c.EnsureVersionAsync(tx, Table.Session, sessionId, version);
    }
}
