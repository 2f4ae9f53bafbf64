using Dapper;
using Ical.Net;
using System.Data.Common;
using NodaTime;
using Planner.Data;
using Planner.Http;

namespace Planner.Scheduling;

/// <summary>A national holiday of a party: its days (both inclusive) and its name as the government calls it.</summary>
public sealed record Holiday(long Id, long PartyId, string PartyCode, string Title, LocalDate FirstDay, LocalDate LastDay, long Version);

/// <summary>
/// Parties' national holidays, kept as blackouts of kind <c>holiday</c>: added one at a time, or imported
/// from an iCalendar (<c>.ics</c>) file as governments publish them (each VEVENT an all-day period; the
/// DTEND of an all-day event is exclusive). An import is all or nothing, and a holiday already known for
/// the party on the same days is not added twice.
/// </summary>
public static class Holidays
{
    /// <summary>The most holidays one import takes; a larger file is almost certainly not a holiday calendar.</summary>
    public const int MaxImport = 2000;

    private sealed record Row(long Id, long PartyId, string PartyCode, string Title, string FirstDay, string LastDay, long Version);

    /// <summary>Holidays ending on or after <paramref name="from"/>, by party code then date.</summary>
    public static async Task<IReadOnlyList<Holiday>> ListAsync(DbConnection c, LocalDate from) =>
        (await c.QueryAsync<Row>(
            """
            SELECT b.id, b.party_id AS PartyId, p.code AS PartyCode, b.title, b.first_day AS FirstDay, b.last_day AS LastDay, b.version
            FROM blackout b JOIN party p ON p.id = b.party_id
            WHERE b.kind = 'holiday' AND b.last_day >= @from
            ORDER BY p.code, b.first_day
            """, new { from = Sql.Text(from) })).Select(r => new Holiday(r.Id, r.PartyId, r.PartyCode, r.Title, Sql.Date(r.FirstDay), Sql.Date(r.LastDay), r.Version)).ToList();

    /// <summary>Adds one holiday of <paramref name="partyId"/>; refused (422, naming the field) when a value is missing or wrong.</summary>
    public static async Task<long> AddAsync(DbConnection c, DbTransaction tx, long? partyId, string? title, LocalDate? first, LocalDate? last)
    {
        var check = new Check();
        var party = check.Required("partyId", partyId);
        var name = check.Text("title", title, true, 300);
        var from = check.Required("firstDay", first);
        var to = check.Required("lastDay", last);
        if (first is not null && last is not null && to < from)
            check.Fail("lastDay", "lastDay is the last day of the holiday (inclusive), on or after firstDay.");
        check.ThrowIfFailed();
        if (!await c.ExistsAsync(tx, Table.Party, party))
            throw PlannerException.Invalid("partyId", $"There is no party with id {party}.");
        return await InsertAsync(c, tx, party, name!, from, to) ?? 0;
    }

    /// <summary>
    /// Imports every all-day VEVENT of <paramref name="ics"/> as a holiday of <paramref name="partyId"/>; returns how many
    /// were new. A file that does not parse, has no events, or has an event without a date is refused whole (422, field <c>file</c>).
    /// </summary>
    public static async Task<int> ImportAsync(DbConnection c, DbTransaction tx, long partyId, string ics)
    {
        if (!await c.ExistsAsync(tx, Table.Party, partyId))
            throw PlannerException.Invalid("partyId", $"There is no party with id {partyId}.");
        var periods = Read(ics);
        var added = 0;
        foreach (var (title, first, last) in periods)
            added += await InsertAsync(c, tx, partyId, title, first, last) is null ? 0 : 1;
        return added;
    }

    /// <summary>Deletes a holiday, checking its version.</summary>
    public static async Task DeleteAsync(DbConnection c, DbTransaction tx, long id, long version) =>
        await c.ChangeAsync(tx, Table.Blackout, id, version, "DELETE FROM blackout WHERE id = @id AND version = @version AND kind = 'holiday'", new { id, version });

    /// <summary>The periods of an iCalendar text: (summary, first day, last day inclusive).</summary>
    public static IReadOnlyList<(string Title, LocalDate First, LocalDate Last)> Read(string ics)
    {
        Calendar? calendar;
        try
        {
            calendar = Calendar.Load(ics);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw PlannerException.Coded(ErrorKind.Invalid, "file", "holiday.badFile", "The file is not an iCalendar (.ics) file: " + e.Message);
        }

        var events = calendar?.Events.ToList() ?? [];
        if (events.Count == 0)
            throw PlannerException.Coded(ErrorKind.Invalid, "file", "holiday.noEvents", "The file has no events (VEVENT); choose a calendar of holidays.");
        if (events.Count > MaxImport)
            throw PlannerException.Coded(ErrorKind.Invalid, "file", "holiday.tooMany", $"The file has {events.Count} events; at most {MaxImport} are imported at once.",
                WebInvariant(events.Count), WebInvariant(MaxImport));
        var periods = new List<(string, LocalDate, LocalDate)>();
        foreach (var e in events)
        {
            if (e.DtStart is null)
                throw PlannerException.Coded(ErrorKind.Invalid, "file", "holiday.noDate", $"The event '{e.Summary}' has no date.", e.Summary ?? "");
            var first = LocalDate.FromDateOnly(e.DtStart.Date);
            // An all-day event's DTEND is the day after its last day; a timed one ends on its DTEND's day; none means one day.
            var last = e.DtEnd is not { } end ? first
                : e.DtStart.HasTime ? LocalDate.FromDateOnly(end.Date)
                : LocalDate.FromDateOnly(end.Date).PlusDays(-1);
            if (last < first)
                last = first;
            if (!Dates.Supported(first) || !Dates.Supported(last))
                throw PlannerException.Coded(ErrorKind.Invalid, "file", "holiday.noDate", $"The event '{e.Summary}' has a date outside the supported range.", e.Summary ?? "");
            var title = string.IsNullOrWhiteSpace(e.Summary) ? "Holiday" : e.Summary.Trim();
            periods.Add((title.Length > 300 ? title[..300] : title, first, last));
        }

        return periods;
    }

    private static string WebInvariant(long n) => n.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Inserts the holiday unless the party already has one on the same days; the new id, or null.</summary>
    private static async Task<long?> InsertAsync(DbConnection c, DbTransaction tx, long partyId, string title, LocalDate first, LocalDate last) =>
        await c.ExecuteScalarAsync<long?>(
            """
            INSERT INTO blackout (title, first_day, last_day, party_id, kind)
            SELECT @title, @first, @last, @partyId, 'holiday'
            WHERE NOT EXISTS (SELECT 1 FROM blackout WHERE party_id = @partyId AND kind = 'holiday' AND first_day = @first AND last_day = @last)
            RETURNING id
            """, new { title, first = Sql.Text(first), last = Sql.Text(last), partyId }, tx);
}
