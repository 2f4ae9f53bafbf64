using Dapper;
using System.Data.Common;
using NodaTime;
using Planner.Data;
using Planner.Http;

namespace Planner.Scheduling;

/// <summary>
/// Makes every change to blackout periods: declared ones (from the API and the date finder), checked for the conflicts
/// they would make on their own days; and parties' national holidays, added one at a time or imported from an
/// <c>.ics</c> file all or nothing, a holiday already known for the party on the same days not added twice.
/// </summary>
public sealed class BlackoutService(Db db)
{
    /// <summary>The largest <c>.ics</c> file imported, in bytes.</summary>
    public const long MaxFileBytes = 2_000_000;

    /// <summary>Declares a period (<paramref name="id"/> null) or changes one under the version read; refused when it makes an error-level conflict, unless accepted.</summary>
    public Task<Blackout> SaveAsync(long? id, BlackoutInput input, bool acceptConflicts, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        return db.WriteAsync((c, tx) => SaveAsync(c, tx, id, input, acceptConflicts), cancellationToken);
    }

    /// <summary>Declares a period (<paramref name="id"/> null) or changes one under the version read, inside the caller's transaction.</summary>
    internal static async Task<Blackout> SaveAsync(DbConnection c, DbTransaction tx, long? id, BlackoutInput input, bool acceptConflicts)
    {
        ArgumentNullException.ThrowIfNull(input);
        var check = new Check();
        var title = check.Text("title", input.Title, true, 300);
        var first = check.Required("firstDay", input.FirstDay);
        var last = check.Required("lastDay", input.LastDay);
        if (input.FirstDay is not null && input.LastDay is not null && last < first)
            check.Fail("lastDay", "lastDay is the last day of the period (inclusive), on or after firstDay.", ErrorCode.LastDayBeforeFirst, ("first", first), ("last", last));
        if (id is not null)
            check.Required("version", input.Version);
        await check.ExistsAsync(c, tx, Table.Party, "partyId", input.PartyId);
        check.ThrowIfFailed();
        var values = new { id, title, first = Sql.Text(first), last = Sql.Text(last), input.PartyId, input.Version };
        var saved = id ?? 0;
        // A period can only make clashes on its own days; those it leaves are cleared, not made.
        await ChangeGuard.RunInScopeAsync(c, tx, Scope.Days(first, last), WriteLock.Blackouts(shared: false), "firstDay", async () =>
        {
            if (id is null)
            {
                saved = await c.ExecuteScalarAsync<long>(
                    "INSERT INTO blackout (title, first_day, last_day, party_id) VALUES (@title, @first, @last, @PartyId) RETURNING id", values, tx);
            }
            else
            {
                await c.ChangeAsync(tx, Table.Blackout, id.Value, input.Version!.Value,
                    "UPDATE blackout SET title = @title, first_day = @first, last_day = @last, party_id = @PartyId, version = version + 1 WHERE id = @id AND version = @Version",
                    values);
            }
        }, acceptConflicts);

        return (await BlackoutStore.FindAsync(c, saved, tx))!;
    }

    /// <summary>Removes a blackout period (version checked when given).</summary>
    public Task DeleteAsync(long id, long? version, CancellationToken cancellationToken = default) =>
        db.DeleteAsync(Table.Blackout, id, version, cancellationToken);

    /// <summary>Adds one holiday of <paramref name="partyId"/>; refused, naming the field, when a value is missing or wrong.</summary>
    public Task<long> AddHolidayAsync(long? partyId, string? title, LocalDate? first, LocalDate? last, CancellationToken cancellationToken = default)
    {
        var check = new Check();
        var party = check.Required("partyId", partyId);
        var name = check.Text("title", title, true, 300);
        var from = check.Required("firstDay", first);
        var to = check.Required("lastDay", last);
        if (first is not null && last is not null && to < from)
            check.Fail("lastDay", "lastDay is the last day of the holiday (inclusive), on or after firstDay.", ErrorCode.LastDayBeforeFirst, ("first", from), ("last", to));
        return db.WriteAsync(WriteLock.Party(party), async (c, tx) =>
        {
            await check.ExistsAsync(c, tx, Table.Party, "partyId", partyId);
            check.ThrowIfFailed();
            return await InsertHolidayAsync(c, tx, party, name, from, to) ?? 0;
        }, cancellationToken);
    }

    /// <summary>
    /// Imports every VEVENT of the iCalendar <paramref name="file"/> (<paramref name="length"/> bytes) as a holiday of
    /// <paramref name="partyId"/>; returns how many were new. No file, one over <see cref="MaxFileBytes"/>, or one
    /// <see cref="Holidays.Read"/> refuses is refused whole (field <c>file</c>).
    /// </summary>
    public async Task<int> ImportHolidaysAsync(long? partyId, Stream? file, long length, CancellationToken cancellationToken = default)
    {
        var check = new Check();
        var party = check.Required("partyId", partyId);
        if (file is null || length == 0)
            check.Fail("file", "Choose an .ics file of holidays.", ErrorCode.HolidayNoFile);
        else if (length > MaxFileBytes)
            check.Fail("file", "The file is larger than 2 MB.", ErrorCode.HolidayBigFile);
        check.ThrowIfFailed();
        using var reader = new StreamReader(file!);
        var periods = Holidays.Read(await reader.ReadToEndAsync(cancellationToken));
        return await db.WriteAsync(WriteLock.Party(party), async (c, tx) =>
        {
            var check = new Check();
            await check.ExistsAsync(c, tx, Table.Party, "partyId", party);
            check.ThrowIfFailed();
            var added = 0;
            foreach (var (title, first, last) in periods)
                added += await InsertHolidayAsync(c, tx, party, title, first, last) is null ? 0 : 1;
            return added;
        }, cancellationToken);
    }

    /// <summary>Deletes a holiday, checking its version.</summary>
    public Task DeleteHolidayAsync(long id, long version, CancellationToken cancellationToken = default) =>
        db.WriteAsync(async (c, tx) =>
        {
            await c.ChangeAsync(tx, Table.Blackout, id, version, "DELETE FROM blackout WHERE id = @id AND version = @version AND kind = 'holiday'", new { id, version });
            return 0;
        }, cancellationToken);


    /// <summary>Inserts the holiday unless the party already has one on the same days; the new id, or null.</summary>
    private static async Task<long?> InsertHolidayAsync(DbConnection c, DbTransaction tx, long partyId, string title, LocalDate first, LocalDate last) =>
        await c.ExecuteScalarAsync<long?>(
            """
            INSERT INTO blackout (title, first_day, last_day, party_id, kind)
            SELECT @title, @first, @last, @partyId, 'holiday'
            WHERE NOT EXISTS (SELECT 1 FROM blackout WHERE party_id = @partyId AND kind = 'holiday' AND first_day = @first AND last_day = @last)
            RETURNING id
            """, new { title, first = Sql.Text(first), last = Sql.Text(last), partyId }, tx);
}
