using Dapper;
using System.Data.Common;
using Planner.Data;
using Planner.Http;
using Planner.Scheduling;
using Planner.Venues;

namespace Planner.Events;

/// <summary>Makes every change to an event's programme, a session (with its items) at a time, with the conflict check.</summary>
public sealed class AgendaService(Db db, ChangeGuard guard)
{
    /// <summary>Creates (<paramref name="sessionId"/> null) or replaces a session with its items; returns its id and the agenda after the change.</summary>
    public Task<(long Session, Agenda Agenda)> SaveAsync(long eventId, long? sessionId, SessionInput input, bool acceptConflicts, CancellationToken cancellationToken = default) =>
        db.WriteAsync(WriteLock.Event(eventId), (c, tx) => SaveAsync(c, tx, eventId, sessionId, input, acceptConflicts), cancellationToken);

    /// <summary>Deletes a session of the event; the version, when given, must be current.</summary>
    public Task DeleteAsync(long eventId, long sessionId, long? version, CancellationToken cancellationToken = default) =>
        db.WriteAsync(WriteLock.Event(eventId), async (c, tx) =>
        {
            await EnsureSessionAsync(c, tx, eventId, sessionId, version);
            await guard.RunAsync(c, tx, eventId, async () =>
            {
                await c.ExecuteAsync("DELETE FROM agenda_session WHERE id = @sessionId", new { sessionId }, tx);
                return eventId;
            }, acceptConflicts: true);
            return 0;
        }, cancellationToken);

    /// <summary>Creates or replaces a session with its items; returns its id and the agenda after the change.</summary>
    /// <remarks>Runs inside the caller's transaction, so a page can save several sessions as one change.</remarks>
    public async Task<(long Session, Agenda Agenda)> SaveAsync(DbConnection c, DbTransaction tx,
        long eventId, long? sessionId, SessionInput input, bool acceptConflicts)
    {
        ArgumentNullException.ThrowIfNull(input);
        var check = new Check();
        var title = LocalizedTextInput.Check(check, "title", input.Title, required: false);
        var start = check.Required("start", input.Start);
        var end = check.Required("end", input.End);
        var room = LocalizedTextInput.Check(check, "room", input.Room, required: false);
        var items = input.Items ?? [];
        check.That(items.Count <= 100, "items", "A session has at most 100 items.", ErrorCode.SessionTooManyItems, ("max", 100));
        var cleanItems = items.Take(100).Select((item, i) => (
            Title: LocalizedTextInput.Check(check, $"items[{i}].title", item?.Title),
            Notes: check.Text($"items[{i}].notes", item?.Notes, false, 4000),
            Speakers: (item?.Speakers ?? []).ToList())).ToList();
        if (sessionId is not null)
            check.Required("version", input.Version);

        // The times against the event and the people named are checked even when a field above failed: one answer names every fault.
        var e = await EventStore.GetAsync(c, eventId, tx);
        var venue = (await VenueStore.FindAsync(c, e.VenueId, tx))!;
        var startAt = input.Start is null ? null : VenueTime.ToInstant(check, venue, start, "start");
        var endAt = input.End is null ? null : VenueTime.ToInstant(check, venue, end, "end");
        if (input.Start is not null && input.End is not null && (startAt is { } a && endAt is { } b ? b <= a : end <= start))
        {
            check.Fail("end", $"The session ends ({end:uuuu-MM-dd HH:mm}) before or when it starts ({start:uuuu-MM-dd HH:mm}).", ErrorCode.SessionEndsBeforeStart,
                ("end", end), ("start", start));
        }
        else
        {
            foreach (var (field, at, local) in new[] { ("start", startAt, start), ("end", endAt, end) })
            {
                if (at is { } t && (t < e.StartAt || t > e.EndAt || (field == "start" && t == e.EndAt)))
                {
                    check.Fail(field, $"The session's {field} ({local:uuuu-MM-dd HH:mm}) lies outside the event, which runs from {e.Start:uuuu-MM-dd HH:mm} to {e.End:uuuu-MM-dd HH:mm}.",
                        ErrorCode.SessionOutsideEvent, ("at", local), ("start", e.Start), ("end", e.End));
                }
            }
        }

        if (input.ChairPersonId is { } chairId && !await c.ExistsAsync(tx, Table.Person, chairId))
            check.Fail("chairPersonId", $"There is no person with id {chairId}.", ErrorCode.PersonNotFound, ("id", chairId));
        for (var i = 0; i < cleanItems.Count; i++)
        {
            for (var k = 0; k < cleanItems[i].Speakers.Count; k++)
            {
                var speaker = cleanItems[i].Speakers[k];
                if (!await c.ExistsAsync(tx, Table.Person, speaker))
                    check.Fail($"items[{i}].speakers[{k}]", $"There is no person with id {speaker}.", ErrorCode.PersonNotFound, ("id", speaker));
            }

            if (cleanItems[i].Speakers.Distinct().Count() != cleanItems[i].Speakers.Count)
                check.Fail($"items[{i}].speakers", "A speaker is named twice for the same item.", ErrorCode.SpeakerTwice);
        }

        check.ThrowIfFailed();
        if (sessionId is { } existing)
            await EnsureSessionAsync(c, tx, eventId, existing, input.Version);

        var id = sessionId ?? 0;
        await guard.RunAsync(c, tx, eventId, async () =>
        {
            var values = new
            {
                id, eventId, title.En, title.Ru, title.Zh, roomEn = room.En, roomRu = room.Ru, roomZh = room.Zh, input.ChairPersonId,
                startLocal = Sql.Text(start), endLocal = Sql.Text(end), startAt = Sql.Seconds(startAt!.Value), endAt = Sql.Seconds(endAt!.Value),
            };
            if (sessionId is null)
            {
                id = await c.ExecuteScalarAsync<long>(
                    """
                    INSERT INTO agenda_session (event_id, title_en, title_ru, title_zh, start_local, end_local, start_at, end_at, room_en, room_ru, room_zh, chair_person_id)
                    VALUES (@eventId, @En, @Ru, @Zh, @startLocal, @endLocal, @startAt, @endAt, @roomEn, @roomRu, @roomZh, @ChairPersonId) RETURNING id
                    """, values, tx);
            }
            else
            {
                await c.ExecuteAsync(
                    """
                    UPDATE agenda_session SET title_en = @En, title_ru = @Ru, title_zh = @Zh, start_local = @startLocal, end_local = @endLocal,
                        start_at = @startAt, end_at = @endAt, room_en = @roomEn, room_ru = @roomRu, room_zh = @roomZh, chair_person_id = @ChairPersonId, version = version + 1
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

    private static async Task EnsureSessionAsync(DbConnection c, DbTransaction tx, long eventId, long sessionId, long? version)
    {
        var owner = await c.ExecuteScalarAsync<long?>("SELECT event_id FROM agenda_session WHERE id = @sessionId", new { sessionId }, tx);
        if (owner != eventId)
            throw PlannerException.NotFound($"agenda session of event {eventId}", sessionId);
        await c.EnsureVersionAsync(tx, Table.Session, sessionId, version);
    }

    /// <summary>
    /// Changes a session's items in one step: <paramref name="change"/> edits the list (add, replace, remove), and the
    /// session is saved with it; the session's version must be current.
    /// </summary>
    public Task<long> ChangeItemsAsync(long eventId, long sessionId, long version, Action<List<ItemInput>> change, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(change);
        return db.WriteAsync(WriteLock.Event(eventId), async (c, tx) =>
        {
            var session = await SessionAsync(c, tx, eventId, sessionId);
            var items = ItemsOf(session);
            change(items);
            return await SaveItemsAsync(c, tx, eventId, session, items, version);
        }, cancellationToken);
    }

    /// <summary>Creates or changes a session's title, times, room and chair, keeping its items.</summary>
    public Task<(long Session, Agenda Agenda)> SaveSessionAsync(long eventId, long? sessionId, LocalizedTextInput title, NodaTime.LocalDateTime? start,
        NodaTime.LocalDateTime? end, LocalizedTextInput? room, long? chairPersonId, long? version, bool acceptConflicts, CancellationToken cancellationToken = default) =>
        db.WriteAsync(WriteLock.Event(eventId), async (c, tx) =>
        {
            var items = sessionId is { } id ? ItemsOf(await SessionAsync(c, tx, eventId, id)) : [];
            return await SaveAsync(c, tx, eventId, sessionId, new SessionInput(title, start, end, room, chairPersonId, items, version), acceptConflicts);
        }, cancellationToken);

    /// <summary>The index of the item at <paramref name="position"/> (1-based); refused when the session has no such item.</summary>
    public static int IndexOf(IReadOnlyList<ItemInput> items, int position)
    {
        ArgumentNullException.ThrowIfNull(items);
        return position >= 1 && position <= items.Count
            ? position - 1
            : throw PlannerException.Invalid("position", $"The session has no item {position}.", ErrorCode.AgendaNoSuchItem);
    }

    /// <summary>
    /// Moves the item at <paramref name="position"/> (1-based) of a session up, down, or to the end of another
    /// session of the same event (<paramref name="to"/> = "up", "down" or a session id).
    /// </summary>
    public Task<long> MoveItemAsync(long eventId, long sessionId, long version, int position, string? to, CancellationToken cancellationToken = default) =>
        db.WriteAsync(WriteLock.Event(eventId), async (c, tx) =>
        {
            var session = await SessionAsync(c, tx, eventId, sessionId);
            var items = ItemsOf(session).ToList();
            var item = items[IndexOf(items, position)];
            items.RemoveAt(position - 1);
            if (to is "up" or "down")
            {
                items.Insert(Math.Clamp(to == "up" ? position - 2 : position, 0, items.Count), item);
                return await SaveItemsAsync(c, tx, eventId, session, items, version);
            }

            if (!long.TryParse(to, System.Globalization.CultureInfo.InvariantCulture, out var targetId) || targetId == sessionId)
                throw PlannerException.Invalid("to", "Choose another session to move the item to.", ErrorCode.AgendaMoveTarget);
            var target = await SessionAsync(c, tx, eventId, targetId);
            await SaveItemsAsync(c, tx, eventId, session, items, version);
            return await SaveItemsAsync(c, tx, eventId, target, ItemsOf(target).Append(item).ToList(), target.Version);
        }, cancellationToken);

    /// <summary>A session as the agenda shows it, with its items, from inside a transaction.</summary>
    public static async Task<AgendaSession> SessionAsync(DbConnection c, DbTransaction tx, long eventId, long sessionId) =>
        (await AgendaStore.ReadAsync(c, await EventStore.GetAsync(c, eventId, tx), tx)).Days.SelectMany(d => d.Sessions).FirstOrDefault(s => s.Id == sessionId)
        ?? throw PlannerException.NotFound($"agenda session of event {eventId}", sessionId);

    /// <summary>The items of a session as input for saving it again.</summary>
    public static List<ItemInput> ItemsOf(AgendaSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        return session.Items.Select(i => new ItemInput(Input(i.Title), i.Notes, i.Speakers.Select(s => s.PersonId).ToList())).ToList();
    }

    private async Task<long> SaveItemsAsync(DbConnection c, DbTransaction tx, long eventId, AgendaSession session, IReadOnlyList<ItemInput> items, long version)
    {
        var input = new SessionInput(Input(session.Title), session.Start, session.End, Input(session.Room), session.ChairPersonId, items, version);
        return (await SaveAsync(c, tx, eventId, session.Id, input, acceptConflicts: false)).Session;
    }

    /// <summary>A stored text as a change sends it back.</summary>
    public static LocalizedTextInput Input(LocalizedText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new(text.En, text.Ru, text.Zh);
    }
}
