using Dapper;
using System.Data.Common;
using NodaTime;
using Planner.Data;
using Planner.Http;
using Planner.Scheduling;
using Planner.Venues;

namespace Planner.Events;

/// <summary>
/// Makes every change to events: checks, local times fixed as instants at the venue, numbering in a
/// series, the chair of a Council meeting, the conflict check, and — in the same transaction — what the
/// change means to others (an update or cancellation announced to the invited parties).
/// </summary>
public sealed class EventService(Db db, ChangeGuard guard, EventObservers observers, AgendaService agenda)
{
    /// <summary>The longest event Planner accepts; a longer one is almost certainly a typing error.</summary>
    public static readonly Duration MaxLength = Duration.FromDays(60);

    /// <summary>Creates an event; refused with its conflicts when it causes an error-level one, unless <paramref name="acceptConflicts"/>.</summary>
    public async Task<Event> CreateAsync(EventInput input, bool acceptConflicts, CancellationToken cancellationToken = default) =>
        await db.WriteAsync((c, tx) => SaveAsync(c, tx, null, input, acceptConflicts, cancellationToken), cancellationToken);

    /// <summary>Changes an event; the version must be current.</summary>
    public async Task<Event> UpdateAsync(long id, EventInput input, bool acceptConflicts, CancellationToken cancellationToken = default)
    {
        var saved = await db.WriteAsync((c, tx) => SaveAsync(c, tx, id, input, acceptConflicts, cancellationToken), cancellationToken);
        await observers.CommittedAsync(id, cancellationToken);
        return saved;
    }

    /// <summary>Creates (<paramref name="id"/> null) or changes an event; <see cref="UpdateAsync"/> when <paramref name="id"/> is given.</summary>
    public Task<Event> SaveAsync(long? id, EventInput input, bool acceptConflicts, CancellationToken cancellationToken = default) =>
        id is { } existing ? UpdateAsync(existing, input, acceptConflicts, cancellationToken) : CreateAsync(input, acceptConflicts, cancellationToken);

    /// <summary>
    /// Creates the events <paramref name="propose"/> gives, as one change: all of them or (on a refusal) none.
    /// The proposals are made inside the same transaction, so they see what it has created so far.
    /// </summary>
    public Task<List<Event>> CreateAllAsync(Func<DbConnection, DbTransaction, Task<IReadOnlyList<EventInput>>> propose, bool acceptConflicts,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(propose);
        return db.WriteAsync(async (c, tx) =>
        {
            var created = new List<Event>();
            foreach (var input in await propose(c, tx))
                created.Add(await SaveAsync(c, tx, null, input, acceptConflicts, cancellationToken));
            return created;
        }, cancellationToken);
    }

    /// <summary>
    /// Creates or changes an event as the event form does: a change of dates moves the agenda with the event when
    /// <paramref name="moveAgenda"/> (10:00 stays 10:00), and is refused, naming them, while sessions would lie outside.
    /// </summary>
    public async Task<Event> SaveAsync(long? id, EventInput input, bool acceptConflicts, bool moveAgenda, CancellationToken cancellationToken = default)
    {
        var saved = await db.WriteAsync(async (c, tx) =>
        {
            var before = id is { } existing ? await EventStore.GetAsync(c, existing, tx) : null;
            var after = await SaveAsync(c, tx, id, input, acceptConflicts, cancellationToken);
            if (before is not null && moveAgenda)
                await AgendaShift.ShiftAsync(c, tx, agenda, after.Id, AgendaShift.Between(before.Start, after.Start), acceptConflicts);
            var outside = await AgendaShift.OutsideAsync(c, tx, after);
            if (outside.Count > 0)
            {
                throw PlannerException.Of(ErrorKind.Invalid, "start", ErrorCode.EventAgendaOutside,
                    "These agenda sessions would lie outside the event's new times; move the agenda with it or change them first: "
                    + string.Join("; ", outside.Select(o => $"{o.Title.En} ({o.Start:uuuu-MM-dd HH:mm})")),
                    ("sessions", new SessionList(outside.Select(o => (o.Title, o.Start)).ToList())));
            }

            return after;
        }, cancellationToken);
        if (id is { } changed)
            await observers.CommittedAsync(changed, cancellationToken);
        return saved;
    }

    /// <summary>
    /// Deletes an event with everything under it; the version, when given, must be current. Refused once anything
    /// was sent for it (code <c>event.sent</c>): such an event is cancelled instead.
    /// </summary>
    public Task DeleteAsync(long id, long? version, CancellationToken cancellationToken = default) =>
        db.DeleteAsync(Table.Event, id, version, cancellationToken, async (c, tx) =>
        {
            await Locks.TakeAsync(c, tx, WriteLock.Event(id));
            await EventLifecycle.EnsureNothingSentAsync(c, tx, id);
        });

    /// <summary>
    /// Cancels the event (a cancelled event occupies no one and clashes with nothing) and, in the same transaction,
    /// announces the cancellation to every invited party. Cancelling a cancelled event changes nothing.
    /// </summary>
    public async Task CancelAsync(long id, long version, CancellationToken cancellationToken = default)
    {
        await db.WriteAsync(WriteLock.Event(id), async (c, tx) =>
        {
            var before = await EventStore.GetAsync(c, id, tx);
            if (before.Version != version)
                throw PlannerException.Stale("event", id, version);
            await EventLifecycle.SetAsync(c, tx, id, EventStatus.Cancelled);
            await observers.ChangedAsync(c, tx, before, await EventStore.GetAsync(c, id, tx), cancellationToken);
            return 0;
        }, cancellationToken);
        await observers.CommittedAsync(id, cancellationToken);
    }

    /// <summary>
    /// Creates (<paramref name="id"/> null) or changes an event inside the caller's transaction:
    /// checks the input, fixes its local times as instants in the venue's zone, numbers it in its
    /// series, gives a Council meeting the chair of its date, and refuses new error-level conflicts
    /// unless <paramref name="acceptConflicts"/>.
    /// </summary>
    internal async Task<Event> SaveAsync(DbConnection c, DbTransaction tx, long? id, EventInput input, bool acceptConflicts, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var check = new Check();
        var kind = check.Required("kind", input.Kind);
        var title = LocalizedTextInput.Check(check, "title", input.Title);
        var venueId = check.Required("venueId", input.VenueId);
        var start = check.Required("start", input.Start);
        var end = check.Required("end", input.End);
        if (input.Number is <= 0)
            check.Fail("number", "number is a positive whole number (40 for the 40th meeting).", ErrorCode.EventNumberNotPositive);
        if (input.Number is not null && input.SeriesId is null)
            check.Fail("number", "Only an event in a series has a number; give seriesId too.", ErrorCode.EventNumberWithoutSeries);
        if (id is not null)
            check.Required("version", input.Version);

        // What needs the database is checked too, even when a field above failed, so one answer names every fault.
        var venue = input.VenueId is { } v ? await VenueStore.FindAsync(c, v, tx) : null;
        if (input.VenueId is not null && venue is null)
            check.Fail("venueId", $"There is no venue with id {venueId}.", ErrorCode.VenueNotFound, ("id", venueId));
        var startAt = venue is not null && input.Start is not null ? VenueTime.ToInstant(check, venue, start, "start") : null;
        var endAt = venue is not null && input.End is not null ? VenueTime.ToInstant(check, venue, end, "end") : null;
        if (input.Start is not null && input.End is not null && (startAt is { } a && endAt is { } b ? b <= a : end <= start))
        {
            check.Fail("end", $"The event ends ({end:uuuu-MM-dd HH:mm}) before or when it starts ({start:uuuu-MM-dd HH:mm}).", ErrorCode.EventEndsBeforeStart,
                ("end", end), ("start", start));
        }
        else if (startAt is { } from && endAt is { } to && to - from > MaxLength)
        {
            check.Fail("end", $"An event lasts at most {MaxLength.Days} days.", ErrorCode.EventTooLong, ("days", MaxLength.Days));
        }

        foreach (var (field, party) in new[] { ("hostPartyId", input.HostPartyId), ("chairPartyId", input.ChairPartyId) })
        {
            if (party is { } p && !await c.ExistsAsync(tx, Table.Party, p))
                check.Fail(field, $"There is no party with id {p}.", ErrorCode.PartyNotFound, ("id", p));
        }

        if (input.SeriesId is { } series && !await c.ExistsAsync(tx, Table.Series, series))
            check.Fail("seriesId", $"There is no series with id {series}.", ErrorCode.SeriesNotFound, ("id", series));
        check.ThrowIfFailed();

        var number = input.Number;
        if (input.SeriesId is { } seriesId)
        {
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
            startAt = Sql.Seconds(startAt!.Value),
            endAt = Sql.Seconds(endAt!.Value),
            input.HostPartyId,
            chair,
            status = Enums.Name(input.Status ?? EventStatus.Draft),
            input.Version,
        };

        var before = id is { } existing ? await EventStore.FindAsync(c, existing, tx) : null;
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
                        version = version + 1
                    WHERE id = @id AND version = @Version
                    """, values);
                if (input.Status is { } status)
                    await EventLifecycle.SetAsync(c, tx, id.Value, status);
            }

            return eventId;
        }, acceptConflicts);

        var after = await EventStore.GetAsync(c, eventId, tx);
        if (before is not null)
            await observers.ChangedAsync(c, tx, before, after, cancellationToken);
        return after;
    }
}

/// <summary>Agenda sessions named with their start ("Plenary (15 April 2027, 10:00); …") in each language.</summary>
internal sealed record SessionList(IReadOnlyList<(LocalizedText Title, LocalDateTime Start)> Sessions) : IPhrase
{
    public string In(Language language, Catalogue catalogue) =>
        string.Join("; ", Sessions.Select(s => $"{s.Title.In(language)} ({DateWords.DateTime(s.Start, language, catalogue)})"));
}
